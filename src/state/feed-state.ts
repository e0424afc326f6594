import path from 'node:path';
import { writeJsonAtomic } from '../util/atomic-write.js';
import { readJsonFile } from '../util/read-json.js';

/** What the monitor remembers about one feed between cycles. */
export interface FeedState {
  etag?: string;
  lastModified?: string;
  /** The server asked to be left alone until then (429 / 503 with Retry-After). */
  retryAfter?: string;
  consecutiveFailures: number;
  /** The first failure of the current run of failures: what a feed-health mail reports as "since". */
  failingSince?: string;
  lastError?: string;
  lastFailureAt?: string;
  lastSuccessAt?: string;
  /** Items published up to then were read and forgotten (seen-item retention): one shown again is not news. */
  forgottenUpTo?: string;
  /** Hash of the last body read in full: many servers ignore validators, and the same body need not be parsed again. */
  bodyHash?: string;
}

export type FeedStates = Record<string, FeedState>;

export function feedStateFile(dataDir: string): string {
  return path.join(dataDir, 'state', 'feeds.json');
}

export function loadFeedStates(dataDir: string): FeedStates {
  return readJsonFile<FeedStates>(feedStateFile(dataDir), {});
}

export function saveFeedStates(dataDir: string, states: FeedStates): void {
  writeJsonAtomic(feedStateFile(dataDir), states);
}

export function recordSuccess(
  state: FeedState | undefined,
  at: string,
  validators: { etag?: string; lastModified?: string },
  bodyHash = state?.bodyHash,
): FeedState {
  return { ...validators, consecutiveFailures: 0, lastSuccessAt: at, ...keep(state, 'lastError', 'lastFailureAt', 'forgottenUpTo'), ...(bodyHash ? { bodyHash } : {}) };
}

export function recordFailure(state: FeedState | undefined, at: string, error: string, retryAfter?: Date): FeedState {
  return {
    ...state,
    consecutiveFailures: (state?.consecutiveFailures ?? 0) + 1,
    failingSince: state?.consecutiveFailures ? (state.failingSince ?? at) : at,
    lastError: error,
    lastFailureAt: at,
    retryAfter: retryAfter?.toISOString(),
  };
}

function keep<K extends keyof FeedState>(state: FeedState | undefined, ...keys: K[]): Partial<FeedState> {
  return Object.fromEntries(keys.filter((key) => state?.[key] !== undefined).map((key) => [key, state?.[key]]));
}
