import path from 'node:path';
import { isSameEvidence, type Change } from '../reconcile/change.js';
import { detailChanged } from '../reconcile/detail.js';
import { independentSources, textFingerprint } from '../reconcile/sources.js';
import type { PartySnapshot } from '../record/snapshot.js';
import { writeJsonAtomic } from '../util/atomic-write.js';
import { readJsonFile } from '../util/read-json.js';

export type ProposalStatus = 'pending' | 'accepted' | 'rejected';

/** A change found in review mode: held out of the snapshots until a person accepts it. */
export interface Proposal {
  /** The change as reconciled against the accepted snapshots when it was found; its id is the alert's. */
  change: Change;
  status: ProposalStatus;
  decidedAt?: string;
  /** Rejected as noise: the statements behind it are never proposed again. */
  noise?: true;
}

/**
 * `state/review.json`. Proposals are only appended (a decision changes a status), so a change
 * read again after a crash, or one already decided, is recognised by its id and not proposed twice,
 * and the outbox can read the list from where it stopped, as it reads the history.
 */
export interface ReviewState {
  proposals: Proposal[];
  /** Statements (party, issue, sentence) rejected as noise. */
  noise: string[];
}

export function readReview(dataDir: string): ReviewState {
  return readJsonFile<ReviewState>(reviewFile(dataDir), { proposals: [], noise: [] });
}

export function writeReview(dataDir: string, state: ReviewState): void {
  writeJsonAtomic(reviewFile(dataDir), state);
}

/** The same sentence about the same position, whoever reports it and however they punctuate it. */
export function statementKey(change: Pick<Change, 'party' | 'issue'>, quote: string): string {
  return `${change.party}/${change.issue}/${textFingerprint(quote)}`;
}

/**
 * Adds a cycle's changes as proposals. A change already proposed (same id, whatever became of
 * it) is skipped; reports whose statement was rejected as noise are left out, and a change left
 * with none is dropped; a change to where a pending proposal already leads is more evidence for
 * that proposal, not a second one. Returns the new state and the proposals it added.
 */
export function propose(state: ReviewState, changes: readonly Change[]): { state: ReviewState; added: Change[] } {
  const proposals = [...state.proposals];
  const added: Change[] = [];
  for (const change of changes) {
    if (proposals.some((proposal) => proposal.change.id === change.id)) continue;
    const evidence = change.evidence.filter((report) => !state.noise.includes(statementKey(change, report.quote)));
    if (evidence.length === 0) continue;
    const index = proposals.findIndex((proposal) => proposal.status === 'pending' && sameDestination(proposal.change, change));
    const pending = proposals[index];
    if (pending) {
      const all = [...pending.change.evidence, ...evidence.filter((report) => !pending.change.evidence.some((known) => isSameEvidence(known, report)))];
      proposals[index] = { ...pending, change: { ...pending.change, evidence: all, sources: independentSources(all) } };
      continue;
    }
    const proposed = { ...change, evidence, sources: independentSources(evidence) };
    proposals.push({ change: proposed, status: 'pending' });
    added.push(proposed);
  }
  return { state: { ...state, proposals }, added };
}

/**
 * The snapshots a cycle leaves in review mode: corroborations of known positions are kept, the
 * positions its changes touched stay as they were (and so does the version, which counts history entries).
 */
export function holdOut(after: ReadonlyMap<string, PartySnapshot>, before: ReadonlyMap<string, PartySnapshot>, changes: readonly Change[]): Map<string, PartySnapshot> {
  const held = new Map(after);
  for (const party of new Set(changes.map((change) => change.party))) {
    const previous = before.get(party);
    const snapshot = after.get(party);
    if (!previous || !snapshot) continue;
    const touched = new Set(changes.filter((change) => change.party === party).map((change) => change.issue));
    const kept = Object.entries(snapshot.positions).filter(([issue]) => !touched.has(issue));
    const restored = Object.entries(previous.positions).filter(([issue]) => touched.has(issue));
    held.set(party, { ...snapshot, version: previous.version, updated: previous.updated, positions: Object.fromEntries([...kept, ...restored]) });
  }
  return held;
}

function sameDestination(a: Change, b: Change): boolean {
  if (a.party !== b.party || a.issue !== b.issue) return false;
  if (a.after === null || b.after === null) return a.after === b.after;
  return a.after.stance === b.after.stance && !detailChanged(a.after.detail, b.after.detail);
}

function reviewFile(dataDir: string): string {
  return path.join(dataDir, 'state', 'review.json');
}
