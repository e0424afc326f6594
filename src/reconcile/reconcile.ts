import { createHash } from 'node:crypto';
import { applyChange, corroborate, type KnownPosition, type PartySnapshot } from '../record/snapshot.js';
import { isSameEvidence, type Change, type ChangeKind, type Evidence, type Observation, type PositionState } from './change.js';
import { detailChanged, mergeDetail } from './detail.js';
import { independentSources } from './sources.js';
import { lastChangeByPosition, positionKey, undoes } from './wavering.js';

export interface ReconcileResult {
  /** The changes, in the order they were observed. */
  changes: Change[];
  /** The snapshots with the changes and the corroborating evidence folded in. */
  snapshots: Map<string, PartySnapshot>;
  restatements: number;
}

export interface ReconcileOptions {
  /** The recorded changes, oldest first: whether a change undoes the last one depends on them. */
  history: readonly Change[];
  /** How soon a position must return to where it was for the pair to be wavering (ms). */
  waveringWindowMs: number;
}

/**
 * Compares what the reports say with what is known. Observations are taken oldest first and
 * each one against the state the previous ones left, so five outlets repeating one new demand
 * make one change and four corroborations, not five changes; the corroborations become its
 * evidence and its count of independent sources. A position that returns to where it stood
 * before its last change within the window is a `wavering` change, which points at the one it undid.
 */
export function reconcile(
  known: ReadonlyMap<string, PartySnapshot>,
  observations: Observation[],
  at: string,
  options: ReconcileOptions = { history: [], waveringWindowMs: 0 },
): ReconcileResult {
  const snapshots = new Map(known);
  const changes: Change[] = [];
  const lastChanges = lastChangeByPosition(options.history);
  let restatements = 0;
  for (const observation of [...observations].sort(byPublished)) {
    const { party, issue, stance, detail } = observation.position;
    const snapshot = snapshots.get(party) ?? { party, version: 0, updated: at, positions: {} };
    const current = snapshot.positions[issue];
    // "No longer insists on X" withdraws X where X is the known position; otherwise there is nothing to withdraw.
    if (observation.position.retracted && current?.stance !== stance) continue;
    const outcome: Outcome | undefined = observation.position.retracted ? { kind: 'withdrawn', after: null } : classify(current, { stance, detail });
    if (outcome === undefined) {
      restatements += 1;
      snapshots.set(party, corroborate(snapshot, issue, observation.evidence));
      // Repeating a change recorded in this very cycle: one more report behind that change.
      const index = changes.findIndex((change) => change.id === current?.changeId);
      const corroborated = changes[index];
      if (corroborated) changes[index] = withEvidence(corroborated, observation.evidence);
      continue;
    }
    const before = current ? { stance: current.stance, detail: current.detail } : null;
    const last = lastChanges.get(positionKey(party, issue));
    const wavering = current !== undefined && outcome.after !== null && undoes(last, outcome.after, at, options.waveringWindowMs) ? last : undefined;
    const after = wavering?.before ?? outcome.after;
    const change: Change = {
      id: changeId(party, issue, before, after, observation),
      at,
      party,
      issue,
      kind: wavering ? 'wavering' : outcome.kind,
      before,
      after,
      sources: 1,
      evidence: [observation.evidence],
      ...(wavering ? { reverts: wavering.id } : {}),
    };
    changes.push(change);
    lastChanges.set(positionKey(party, issue), change);
    snapshots.set(party, applyChange(snapshot, change));
  }
  return { changes, snapshots, restatements };
}

function withEvidence(change: Change, evidence: Evidence): Change {
  if (change.evidence.some((other) => isSameEvidence(other, evidence))) return change;
  const all = [...change.evidence, evidence];
  return { ...change, evidence: all, sources: independentSources(all) };
}

interface Outcome {
  kind: ChangeKind;
  after: PositionState | null;
}

/** What a reported position is, against the known one: a kind of change, or a restatement (undefined). */
function classify(current: KnownPosition | undefined, reported: PositionState): Outcome | undefined {
  if (!current) return { kind: 'new', after: reported };
  if (current.stance !== reported.stance) return { kind: 'flipped', after: reported };
  if (detailChanged(current.detail, reported.detail)) {
    return { kind: 'detail', after: { stance: reported.stance, detail: mergeDetail(current.detail, reported.detail) } };
  }
  return undefined;
}

function byPublished(a: Observation, b: Observation): number {
  return (a.evidence.published ?? '').localeCompare(b.evidence.published ?? '');
}

// The same report read again after a crash must give the same id, so that it is recorded and mailed once.
function changeId(
  party: string,
  issue: string,
  before: PositionState | null,
  after: PositionState | null,
  observation: Observation,
): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([party, issue, before, after, observation.evidence.link, observation.evidence.quote]))
    .digest('hex');
  return `c${hash.slice(0, 15)}`;
}
