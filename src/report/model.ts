import type { PositionDetail } from '../extract/position.js';
import type { Taxonomy } from '../extract/taxonomy.js';
import type { Change } from '../reconcile/change.js';
import type { PartySnapshot } from '../record/snapshot.js';

/** A cell of the matrix: one party's stance on one issue now, and every version that led there. */
export interface ReportCell {
  party: string;
  issue: string;
  stance: 'support' | 'oppose' | 'unknown';
  /** The known position, when there is one. */
  detail?: PositionDetail;
  since?: string;
  sources: number;
  /** Changed within the report's recent window. */
  recent: boolean;
  /** Every recorded version of the position, oldest first (the baseline included). */
  history: Change[];
}

/** Everything the page shows, as plain data: what the report is built from, kept apart from how it looks. */
export interface ReportModel {
  generatedAt: string;
  recentDays: number;
  parties: { id: string; name: string }[];
  issues: { id: string; proposition: string }[];
  /** Row per issue, column per party (five columns fit a phone better than twenty-eight). */
  rows: ReportCell[][];
  /** Every change after the baseline, newest first. */
  timeline: Change[];
}

export interface ReportInput {
  taxonomy: Taxonomy;
  snapshots: ReadonlyMap<string, PartySnapshot>;
  /** Each party's history, oldest first. */
  histories: ReadonlyMap<string, readonly Change[]>;
  now: Date;
  recentDays: number;
}

export function reportModel(input: ReportInput): ReportModel {
  const { taxonomy, snapshots, histories, now, recentDays } = input;
  const recentFrom = now.getTime() - recentDays * 86_400_000;
  const rows = taxonomy.issues.map(({ id: issue }) =>
    taxonomy.parties.map(({ id: party }): ReportCell => {
      const known = snapshots.get(party)?.positions[issue];
      const history = (histories.get(party) ?? []).filter((change) => change.issue === issue);
      const last = history.at(-1);
      const base = { party, issue, sources: known?.outlets.length ?? 0, history };
      // A withdrawn position changed recently too, though nothing is known any more.
      const recent = last !== undefined && !last.baseline && Date.parse(last.at) >= recentFrom;
      return known ? { ...base, stance: known.stance, detail: known.detail, since: known.since, recent } : { ...base, stance: 'unknown', recent };
    }),
  );
  const timeline = [...histories.values()]
    .flat()
    .filter((change) => !change.baseline)
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return {
    generatedAt: now.toISOString(),
    recentDays,
    parties: taxonomy.parties.map(({ id, name }) => ({ id, name })),
    issues: taxonomy.issues.map(({ id, proposition }) => ({ id, proposition })),
    rows,
    timeline,
  };
}
