import type { PositionDetail, Stance } from '../extract/position.js';
import { isSameEvidence, type Change, type Evidence } from '../reconcile/change.js';

/** A party's current stance on one issue, with what backs it. */
export interface KnownPosition {
  stance: Stance;
  detail: PositionDetail;
  /** When the stance or detail last changed, and by which change. */
  since: string;
  changeId: string;
  /** Outlets that reported this position since it last changed. */
  outlets: string[];
  /** The latest reports of it, newest first, at most MAX_EVIDENCE. */
  evidence: Evidence[];
}

/** One party's known positions: the content of `snapshots/<party>.json`. */
export interface PartySnapshot {
  party: string;
  /** How many history entries are folded into it: the history is the source of truth. */
  version: number;
  updated: string;
  /** The size of the history file when it held `version` entries: equal sizes tell the snapshot is up to date without reading the history. */
  historyBytes?: number;
  /** Keyed by issue id, in taxonomy order, so that files diff well. */
  positions: Record<string, KnownPosition>;
}

export const MAX_EVIDENCE = 5;

/** Folds a change into a snapshot (a new object; the input is left as it was). */
export function applyChange(snapshot: PartySnapshot, change: Change): PartySnapshot {
  const positions = Object.fromEntries(Object.entries(snapshot.positions).filter(([issue]) => issue !== change.issue));
  if (change.after !== null) {
    positions[change.issue] = {
      stance: change.after.stance,
      detail: change.after.detail,
      since: change.at,
      changeId: change.id,
      outlets: unique(change.evidence.map((evidence) => evidence.feed)),
      evidence: change.evidence.slice(0, MAX_EVIDENCE),
    };
  }
  return { ...snapshot, version: snapshot.version + 1, updated: change.at, positions };
}

/** A party's positions as they stood at `until`: its history up to that moment, folded. */
export function snapshotAt(party: string, history: readonly Change[], until: Date): PartySnapshot {
  const empty: PartySnapshot = { party, version: 0, updated: '', positions: {} };
  return history.filter((change) => Date.parse(change.at) <= until.getTime()).reduce(applyChange, empty);
}

/**
 * A restatement: the position on `issue` stands, with one more report behind it. Reading the
 * same report twice adds nothing, so that redoing a cycle after a crash counts no outlet twice.
 */
export function corroborate(snapshot: PartySnapshot, issue: string, evidence: Evidence): PartySnapshot {
  const known = snapshot.positions[issue];
  if (!known || known.evidence.some((other) => isSameEvidence(other, evidence))) return snapshot;
  const corroborated: KnownPosition = {
    ...known,
    outlets: unique([...known.outlets, evidence.feed]),
    evidence: [evidence, ...known.evidence].slice(0, MAX_EVIDENCE),
  };
  return { ...snapshot, positions: { ...snapshot.positions, [issue]: corroborated } };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
