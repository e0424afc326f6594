import { existsSync } from 'node:fs';
import path from 'node:path';
import { wordingOf } from '../../notify/describe.js';
import type { Runtime } from '../../pipeline/runtime.js';
import { SnapshotStore } from '../../record/store.js';
import { defaultReportFile, writeReport } from '../../report/write-report.js';
import { accept, pendingProposals, reject, UnknownProposalError } from '../../review/decide.js';
import { readReview, writeReview, type ReviewState } from '../../review/proposals.js';
import { lockDataFolder } from '../../state/lock.js';
import { UsageError } from '../usage-error.js';
import { readableChange, useColour } from './diff.js';

/** `talkwatch review [--json]`: the proposed changes waiting for a decision, oldest first. */
export function reviewCommand(runtime: Runtime, json: boolean): number {
  requireReviewMode(runtime);
  const pending = pendingProposals(readReview(runtime.dataDir));
  if (json) {
    process.stdout.write(`${JSON.stringify({ proposals: pending }, null, 2)}\n`);
    return 0;
  }
  const wording = wordingOf(runtime.taxonomy);
  const blocks = pending.map((change) => `${readableChange(change, wording, useColour())}\n  talkwatch accept ${change.id}  |  talkwatch reject ${change.id} [--noise]`);
  process.stdout.write(blocks.length === 0 ? 'no proposed changes waiting for review\n' : `${blocks.length} proposed change(s), oldest first\n\n${blocks.join('\n\n')}\n`);
  return 0;
}

/** `talkwatch accept ID`: the proposed change goes into the history and the snapshots. */
export function acceptCommand(runtime: Runtime, id: string): number {
  requireReviewMode(runtime);
  return withReviewState(runtime, 'accept', (state, now) => {
    const store = SnapshotStore.open(path.join(runtime.dataDir, 'snapshots'), runtime.taxonomy);
    const outcome = accept(state, id, store, now);
    const change = outcome.applied;
    process.stdout.write(change === undefined ? `accepted ${id} (it was recorded already)\n` : `accepted ${id}: ${change.party} ${change.issue} is now ${change.after?.stance ?? 'no position'}\n`);
    // A report that is kept up to date (`run` writes it) follows the snapshots it shows.
    if (existsSync(defaultReportFile(runtime.dataDir))) writeReport(runtime.dataDir, runtime.taxonomy);
    return outcome.state;
  });
}

/** `talkwatch reject ID [--noise]`: the proposed change is dropped; as noise, its statements never come back. */
export function rejectCommand(runtime: Runtime, id: string, noise: boolean): number {
  requireReviewMode(runtime);
  return withReviewState(runtime, 'reject', (state, now) => {
    const next = reject(state, id, noise, now);
    process.stdout.write(`rejected ${id}${noise ? ' as noise: the same statement will not be proposed again' : ''}\n`);
    return next;
  });
}

function requireReviewMode(runtime: Runtime): void {
  if (!runtime.config.review) throw new UsageError(`review mode is off: set "review": true in ${runtime.configFile} to have changes proposed for review`);
}

// Decisions write the snapshots and the review state, so they take the data folder's lock like a poll.
function withReviewState(runtime: Runtime, command: string, decide: (state: ReviewState, now: string) => ReviewState): number {
  const unlock = lockDataFolder(runtime.dataDir, command);
  try {
    writeReview(runtime.dataDir, decide(readReview(runtime.dataDir), new Date().toISOString()));
    return 0;
  } catch (error) {
    if (error instanceof UnknownProposalError) throw new UsageError(error.message);
    throw error;
  } finally {
    unlock();
  }
}
