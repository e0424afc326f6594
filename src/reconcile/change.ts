import type { Position, PositionDetail, Stance } from '../extract/position.js';

/** Where a position was read: the report and the sentence, kept with every change and snapshot. */
export interface Evidence {
  title: string;
  link: string | null;
  /** The configured feed (outlet) name. */
  feed: string;
  published: string | null;
  quote: string;
  /** "reportedly", "sources say", ...: kept so that a reader can weigh the claim. */
  hedge?: string;
}

/** The same report of the same outlet, read again (after a crash, or in a later item edit). */
export function isSameEvidence(a: Evidence, b: Evidence): boolean {
  return a.feed === b.feed && a.quote === b.quote && a.link === b.link;
}

/** One position read from one report, before it is compared with what is known. */
export interface Observation {
  position: Position;
  evidence: Evidence;
}

export interface PositionState {
  stance: Stance;
  detail: PositionDetail;
}

export type ChangeKind = 'new' | 'flipped' | 'detail' | 'withdrawn' | 'wavering';

export interface Change {
  /** Derived from the content, so that reading the same report again yields the same id. */
  id: string;
  at: string;
  party: string;
  issue: string;
  kind: ChangeKind;
  before: PositionState | null;
  after: PositionState | null;
  /** Independent outlets that reported it in the cycle that recorded it (a syndicated report counts once). */
  sources: number;
  evidence: Evidence[];
  /** For a wavering change: the change it undid, the position being back where it was before that one. */
  reverts?: string;
  /** The positions the monitor starts from (the baseline report): history, never alerted. */
  baseline?: true;
}
