import path from 'node:path';
import { wordingOf } from '../notify/describe.js';
import { mailDigest, mailWorld, type DigestOutcome } from '../notify/notify.js';
import { createMailTransport } from '../notify/transport.js';
import { SnapshotStore } from '../record/store.js';
import { readReview } from '../review/proposals.js';
import { loadFeedStates } from '../state/feed-state.js';
import { logDeliveries } from './poll-cycle.js';
import type { Runtime } from './runtime.js';

/** The digest, for `talkwatch digest` and for the daemon's digest schedule: built, queued, delivered (or only built, on a dry run). */
export async function runDigest(runtime: Runtime, dryRun: boolean): Promise<DigestOutcome> {
  const { config, dataDir, taxonomy } = runtime;
  const transport = createMailTransport(runtime.smtpUrl, path.join(dataDir, 'outbox'));
  try {
    const world = mailWorld(SnapshotStore.open(path.join(dataDir, 'snapshots'), taxonomy), config.feeds, loadFeedStates(dataDir), readReview(dataDir).proposals);
    const outcome = await mailDigest({ dataDir, email: config.email, wording: wordingOf(taxonomy), transport }, world, () => new Date(), dryRun);
    logDeliveries(runtime, outcome.report);
    return outcome;
  } finally {
    transport.close();
  }
}
