import type { PositionDetail } from '../extract/position.js';
import type { Taxonomy } from '../extract/taxonomy.js';
import type { PositionState } from '../reconcile/change.js';

/** Names and wording shared by mails and terminal output. */
export interface Wording {
  partyName(party: string): string;
  proposition(issue: string): string;
}

export function wordingOf(taxonomy: Taxonomy): Wording {
  const parties = new Map(taxonomy.parties.map((party) => [party.id, party.name]));
  const issues = new Map(taxonomy.issues.map((issue) => [issue.id, issue.proposition]));
  return {
    partyName: (party) => parties.get(party) ?? party,
    proposition: (issue) => issues.get(issue) ?? issue,
  };
}

/** "600,000; regions: donetsk, luhansk; if a ceasefire is achieved" */
export function describeDetail(detail: PositionDetail): string {
  const parts: string[] = [];
  if (detail.numbers?.length) parts.push(detail.numbers.map((n) => n.toLocaleString('en-US')).join(', '));
  if (detail.regions?.length) parts.push(`regions: ${detail.regions.join(', ')}`);
  if (detail.durations?.length) parts.push(`duration: ${detail.durations.join(', ')}`);
  if (detail.conditions?.length) parts.push(detail.conditions.join('; '));
  if (detail.qualifiers?.length) parts.push(detail.qualifiers.join(', '));
  return parts.join('; ');
}

/** One line a reader can diff word by word: "support (600,000; regions: donetsk)". */
export function describeState(state: PositionState | null): string {
  if (state === null) return 'no position';
  const detail = describeDetail(state.detail);
  return detail === '' ? state.stance : `${state.stance} (${detail})`;
}
