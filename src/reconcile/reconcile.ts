import { createHash } from 'node:crypto';
import { applyChange, corroborate, type KnownPosition, type PartySnapshot } from '../record/snapshot.js';
import type { Change, ChangeKind, Observation, PositionState } from './change.js';
import { detailChanged, mergeDetail } from './detail.js';

export interface ReconcileResult {
  /** The changes, in the order they were observed. */
  changes: Change[];
  /** The snapshots with the changes and the corroborating evidence folded in. */
  snapshots: Map<string, PartySnapshot>;
  restatements: number;
}

/**
 * Compares what the reports say with what is known. Observations are taken oldest first and
 * each one against the state the previous ones left, so five outlets repeating one new demand
 * make one change and four corroborations, not five changes.
 */
export function reconcile(
  known: ReadonlyMap<string, PartySnapshot>,
  observations: Observation[],
  at: string,
): ReconcileResult {
  const snapshots = new Map(known);
  const changes: Change[] = [];
  let restatements = 0;
  for (const observation of [...observations].sort(byPublished)) {
    const { party, issue, stance, detail } = observation.position;
    const snapshot = snapshots.get(party) ?? { party, version: 0, updated: at, positions: {} };
    const current = snapshot.positions[issue];
    const outcome = classify(current, { stance, detail });
    if (outcome === undefined) {
      restatements += 1;
      snapshots.set(party, corroborate(snapshot, issue, observation.evidence));
      continue;
    }
    const { kind, after } = outcome;
    const before = current ? { stance: current.stance, detail: current.detail } : null;
    const change: Change = {
      id: changeId(party, issue, before, after, observation),
      at,
      party,
      issue,
      kind,
      before,
      after,
      sources: 1,
      evidence: [observation.evidence],
    };
    changes.push(change);
    snapshots.set(party, applyChange(snapshot, change));
  }
  return { changes, snapshots, restatements };
}

/** What a reported position is, against the known one: a kind of change, or a restatement (undefined). */
function classify(current: KnownPosition | undefined, reported: PositionState): { kind: ChangeKind; after: PositionState } | undefined {
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
  after: PositionState,
  observation: Observation,
): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([party, issue, before, after, observation.evidence.link, observation.evidence.quote]))
    .digest('hex');
  return `c${hash.slice(0, 15)}`;
}
