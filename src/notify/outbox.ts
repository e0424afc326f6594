import path from 'node:path';
import { writeJsonAtomic } from '../util/atomic-write.js';
import { readJsonFile } from '../util/read-json.js';
import type { FailingFeed } from './feed-health.js';
import type { MailKind, MailMessage } from './message.js';

/**
 * held: an alert waiting for corroboration (`email.minSources`); pending: waiting to be
 * delivered or retried; sent: accepted by the transport; dropped: will not go (why in `note`).
 */
export type EntryStatus = 'held' | 'pending' | 'sent' | 'dropped';

/** One mail of the outbox, from the moment it is decided until well after it went. */
export interface OutboxEntry {
  /** The mail's id: one entry per id, which is what keeps a mail from being queued twice. */
  id: string;
  kind: MailKind;
  status: EntryStatus;
  queuedAt: string;
  changeIds: string[];
  /** The mail while it waits; once sent, the id is all that is kept. */
  mail?: MailMessage;
  /** Why it is held, or why it was dropped. */
  note?: string;
  attempts: number;
  nextAttemptAt?: string;
  lastError?: string;
  sentAt?: string;
  deliveredTo?: string;
}

/** `state/outbox.json`: everything the mail side remembers between cycles. */
export interface OutboxState {
  /**
   * Per party, how many entries of its history have been turned into mail. The outbox reads the
   * history (the source of truth) like a log from there, so a change recorded just before a crash
   * is queued by the next cycle, and one queued already is never read again.
   */
  consumed: Record<string, number>;
  /** Review mode: how many proposals (`state/review.json`) have been turned into mail; absent before the first. */
  proposalsConsumed?: number;
  /** Changes not yet in a queued digest, oldest first. */
  undigested: string[];
  /** Feeds reported failing and not yet reported recovered. */
  failingFeeds: Record<string, FailingFeed>;
  entries: OutboxEntry[];
}

export function readOutbox(dataDir: string): OutboxState | undefined {
  return readJsonFile<OutboxState | undefined>(outboxFile(dataDir), undefined);
}

export function writeOutbox(dataDir: string, state: OutboxState): void {
  writeJsonAtomic(outboxFile(dataDir), state);
}

/**
 * The outbox of a folder that has none starts at the end of the history as it is: what was
 * recorded before mail was sent from this folder (snapshots copied from elsewhere, say) is not news.
 * Called before a cycle records anything, so that nothing it records can fall before the start.
 */
export function openOutbox(dataDir: string, historyLengths: () => Record<string, number>): OutboxState {
  const existing = readOutbox(dataDir);
  if (existing) return existing;
  const state = startingOutbox(historyLengths());
  writeOutbox(dataDir, state);
  return state;
}

export function startingOutbox(historyLengths: Record<string, number>): OutboxState {
  return { consumed: { ...historyLengths }, undigested: [], failingFeeds: {}, entries: [] };
}

/** A mail ready to go, as an outbox entry. */
export function pendingEntry(mail: MailMessage, at: string): OutboxEntry {
  return { id: mail.id, kind: mail.kind, status: 'pending', queuedAt: at, changeIds: mail.changeIds, mail, attempts: 0 };
}

/** Adds entries whose id the outbox does not hold yet: queuing the same mail twice queues it once. */
export function withEntries(entries: readonly OutboxEntry[], added: readonly OutboxEntry[]): OutboxEntry[] {
  const ids = new Set(entries.map((entry) => entry.id));
  const fresh: OutboxEntry[] = [];
  for (const entry of added) {
    if (ids.has(entry.id)) continue;
    ids.add(entry.id);
    fresh.push(entry);
  }
  return [...entries, ...fresh];
}

function outboxFile(dataDir: string): string {
  return path.join(dataDir, 'state', 'outbox.json');
}
