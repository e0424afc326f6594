import type { Change, PositionState } from './change.js';
import { detailChanged } from './detail.js';

/** The latest change of each position (`party/issue`), from a history kept oldest first. */
export function lastChangeByPosition(history: readonly Change[]): Map<string, Change> {
  const last = new Map<string, Change>();
  for (const change of history) last.set(positionKey(change.party, change.issue), change);
  return last;
}

export function positionKey(party: string, issue: string): string {
  return `${party}/${issue}`;
}

/**
 * Whether a reported position takes one back to where it stood before its last change, soon
 * enough after it (A ⇒ B ⇒ A within the window): the party is wavering, and a second alert
 * would only undo the first. A report that restores the stance without moving the detail away
 * from it counts as the way back, as it would count as a restatement of it.
 */
export function undoes(
  last: Change | undefined,
  reported: PositionState,
  at: string,
  windowMs: number,
): last is Change & { before: PositionState } {
  if (!last || last.baseline || last.before === null) return false;
  if (Date.parse(at) - Date.parse(last.at) > windowMs) return false;
  return reported.stance === last.before.stance && !detailChanged(last.before.detail, reported.detail);
}
