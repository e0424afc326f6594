import type { Change, ChangeKind, PositionState } from '../reconcile/change.js';
import { applyChange } from '../record/snapshot.js';
import type { SnapshotStore } from '../record/store.js';
import { statementKey, type Proposal, type ReviewState } from './proposals.js';

/** An id that names no pending proposal: bad usage, which the CLI reports with exit 2. */
export class UnknownProposalError extends Error {
  override name = 'UnknownProposalError';
}

/** A change as accepted into the history: when it was applied, and when it was first proposed. */
export type AcceptedChange = Change & { proposedAt: string };

/**
 * Applies a pending proposal to the snapshots. Its before is taken from the snapshot as it is
 * now (another accepted change may have moved the position since it was proposed), and it keeps
 * its id, so that its alert, sent when it was proposed, is not sent again. The history is written
 * before the review state: a crash in between leaves a proposal whose change is recorded
 * already, and accepting it again only marks it.
 */
export function accept(state: ReviewState, id: string, store: SnapshotStore, now: string): { state: ReviewState; applied: AcceptedChange | undefined } {
  const proposal = pendingProposal(state, id);
  const { change } = proposal;
  let applied: AcceptedChange | undefined;
  if (!store.history(change.party).some((recorded) => recorded.id === id)) {
    const known = store.load();
    const current = known.get(change.party)?.positions[change.issue];
    const before: PositionState | null = current ? { stance: current.stance, detail: current.detail } : null;
    applied = { ...change, at: now, proposedAt: change.at, before, kind: kindOf(before, change.after, change.kind) };
    const snapshot = known.get(change.party);
    if (snapshot) store.record([applied], known, new Map([[change.party, applyChange(snapshot, applied)]]));
  }
  return { state: decide(state, proposal, { status: 'accepted', decidedAt: now }), applied };
}

/** Drops a pending proposal; as noise, its statements are never proposed again. */
export function reject(state: ReviewState, id: string, noise: boolean, now: string): ReviewState {
  const proposal = pendingProposal(state, id);
  const decided = decide(state, proposal, { status: 'rejected', decidedAt: now, ...(noise ? { noise: true as const } : {}) });
  if (!noise) return decided;
  const keys = proposal.change.evidence.map((report) => statementKey(proposal.change, report.quote));
  return { ...decided, noise: [...new Set([...decided.noise, ...keys])] };
}

export function pendingProposals(state: ReviewState): Change[] {
  return state.proposals.filter((proposal) => proposal.status === 'pending').map((proposal) => proposal.change);
}

function pendingProposal(state: ReviewState, id: string): Proposal {
  const proposal = state.proposals.find((candidate) => candidate.change.id === id);
  if (!proposal) throw new UnknownProposalError(`no proposed change "${id}" (talkwatch review lists them)`);
  if (proposal.status !== 'pending') throw new UnknownProposalError(`change "${id}" was ${proposal.status} already (${proposal.decidedAt ?? ''})`);
  return proposal;
}

function decide(state: ReviewState, proposal: Proposal, decision: Omit<Proposal, 'change'>): ReviewState {
  return { ...state, proposals: state.proposals.map((candidate) => (candidate === proposal ? { change: candidate.change, ...decision } : candidate)) };
}

// What the change is against the position as it stands now, which may differ from when it was proposed.
function kindOf(before: PositionState | null, after: PositionState | null, proposed: ChangeKind): ChangeKind {
  if (after === null) return 'withdrawn';
  if (before === null) return 'new';
  if (before.stance !== after.stance) return 'flipped';
  return proposed === 'wavering' ? 'wavering' : 'detail';
}
