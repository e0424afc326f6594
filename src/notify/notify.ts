import type { EmailConfig, FeedConfig } from '../config/config.js';
import { durationMs } from '../config/duration.js';
import type { Change } from '../reconcile/change.js';
import type { PartySnapshot } from '../record/snapshot.js';
import type { SnapshotStore } from '../record/store.js';
import type { Proposal } from '../review/proposals.js';
import type { FeedStates } from '../state/feed-state.js';
import { crashPoint } from '../util/crash-point.js';
import type { Wording } from './describe.js';
import { deliverDue, type Delivery } from './deliver.js';
import type { MailMessage } from './message.js';
import { openOutbox, readOutbox, startingOutbox, writeOutbox, type OutboxState } from './outbox.js';
import { composeDigestOf, queueDigest, queueMail, type MailWorld } from './queue.js';
import type { MailTransport } from './transport.js';

/** What the mail side needs from a run: plain data and one transport. */
export interface MailSetup {
  dataDir: string;
  email: EmailConfig;
  wording: Wording;
  transport: MailTransport;
}

export interface MailReport {
  deliveries: Delivery[];
  /** Mails still waiting after this round: for a retry, or alerts for corroboration. */
  waiting: number;
}

/** The records as the mail side reads them, from the snapshot store and the feed states. */
export function mailWorld(store: SnapshotStore, feeds: readonly FeedConfig[], feedStates: FeedStates, proposals: readonly Proposal[]): MailWorld {
  const snapshots = store.load();
  let histories: Map<string, Change[]> | undefined;
  return {
    historyLengths: lengthsOf(snapshots),
    histories: () => (histories ??= new Map([...snapshots.keys()].map((party) => [party, store.history(party)]))),
    snapshots,
    proposals,
    feeds,
    feedStates,
  };
}

/** How long each party's history is: where a new outbox starts reading. */
export function historyLengths(store: SnapshotStore): Record<string, number> {
  return Object.fromEntries(lengthsOf(store.load()));
}

// A loaded snapshot is caught up with its history: its version is the history's length.
function lengthsOf(snapshots: ReadonlyMap<string, PartySnapshot>): Map<string, number> {
  return new Map([...snapshots].map(([party, snapshot]) => [party, snapshot.version]));
}

/**
 * After a cycle recorded its changes: decide their mail and write it down (from here a crash
 * loses nothing), then deliver what is due. `outbox` is the state opened before the cycle
 * recorded anything (`openOutbox`), so that a first cycle's changes are not taken for old ones.
 */
export async function mailAfterCycle(setup: MailSetup, outbox: OutboxState, world: MailWorld, now: () => Date, signal?: AbortSignal): Promise<MailReport> {
  const state = queueMail(outbox, world, setup, now().toISOString());
  writeOutbox(setup.dataDir, state);
  crashPoint('queued');
  return deliver(setup, now, signal);
}

export interface DigestOutcome {
  /** The digest built, or undefined when there was nothing new. */
  digest: MailMessage | undefined;
  report: MailReport;
}

/**
 * The digest of every change not yet in one: queued (the changes it covers are then in no later
 * digest), then delivered with whatever else is due. A dry run builds it from the same state and
 * writes nothing, sends nothing.
 */
export async function mailDigest(setup: MailSetup, world: MailWorld, now: () => Date, dryRun: boolean): Promise<DigestOutcome> {
  const at = now().toISOString();
  const lengths = (): Record<string, number> => Object.fromEntries(world.historyLengths);
  const stored = dryRun ? (readOutbox(setup.dataDir) ?? startingOutbox(lengths())) : openOutbox(setup.dataDir, lengths);
  // Changes recorded just before a crash are read from the history first, so the digest has them too.
  const state: OutboxState = queueMail(stored, world, setup, at);
  const digest = composeDigestOf(state, world, setup.wording, at);
  if (dryRun) return { digest, report: { deliveries: [], waiting: 0 } };
  writeOutbox(setup.dataDir, digest ? queueDigest(state, digest, at) : state);
  return { digest, report: await deliver(setup, now) };
}

async function deliver(setup: MailSetup, now: () => Date, signal?: AbortSignal): Promise<MailReport> {
  const envelope = { from: setup.email.from, to: setup.email.to };
  const deliveries = await deliverDue(setup.dataDir, setup.transport, envelope, durationMs(setup.email.retryDelay), now, signal);
  const waiting = readOutbox(setup.dataDir)?.entries.filter((entry) => entry.status === 'pending' || entry.status === 'held').length ?? 0;
  return { deliveries, waiting };
}

/** Whether a mail could not be delivered in this round (it waits for a retry). */
export function mailFailed(report: MailReport): boolean {
  return report.deliveries.some((delivery) => delivery.error !== undefined);
}

/** The lines `poll` and `digest` print about mail. */
export function describeMail(report: MailReport): string[] {
  return [
    ...report.deliveries.map((delivery) =>
      delivery.error
        ? `mail: not delivered: ${delivery.subject}: ${delivery.error} (kept; next attempt after ${delivery.nextAttemptAt ?? 'the next cycle'})`
        : `mail: sent: ${delivery.subject} → ${delivery.deliveredTo ?? ''}`,
    ),
    ...(report.waiting > 0 ? [`mail: ${report.waiting} waiting (for a retry, or for corroboration)`] : []),
  ];
}
