import type { EmailConfig, FeedConfig } from '../config/config.js';
import type { Change, Evidence } from '../reconcile/change.js';
import { independentSources } from '../reconcile/sources.js';
import type { PartySnapshot } from '../record/snapshot.js';
import type { Proposal } from '../review/proposals.js';
import type { FeedStates } from '../state/feed-state.js';
import { composeAlert } from './alert.js';
import type { Wording } from './describe.js';
import { composeDigest, type DigestChange } from './digest.js';
import { failingSince, feedFailingMail, feedRecoveredMail } from './feed-health.js';
import type { MailMessage } from './message.js';
import { pendingEntry, withEntries, type OutboxEntry, type OutboxState } from './outbox.js';

/** What the mail side reads: the records as they stand after a cycle. Plain data. */
export interface MailWorld {
  /** How many changes each party's history holds. */
  historyLengths: ReadonlyMap<string, number>;
  /**
   * Each party's history, oldest first: the source of truth. Read only when the changes
   * themselves are needed (something recorded since the last read, an alert held, a digest), so
   * that a cycle with nothing new does not read the whole history.
   */
  histories: () => ReadonlyMap<string, readonly Change[]>;
  snapshots: ReadonlyMap<string, PartySnapshot>;
  /** Review mode: every change proposed, in the order proposed (`state/review.json`); none otherwise. */
  proposals?: readonly Proposal[];
  feeds: readonly FeedConfig[];
  feedStates: FeedStates;
}

export interface QueueSettings {
  email: EmailConfig;
  wording: Wording;
}

/** Sent and dropped entries are kept this long, for the record; the history cursor alone keeps them from coming back. */
const KEEP_DONE_MS = 90 * 86_400_000;

/**
 * Decides the mail of what was recorded: an alert per new change (immediate and both modes),
 * held until `minSources` independent outlets back it; nothing for a wavering change, which also
 * withdraws the alert of the change it undid if that one has not gone yet; every change noted
 * for the next digest; one mail when a feed starts failing and one when it recovers. Pure: the
 * caller writes the result before it delivers anything.
 */
export function queueMail(state: OutboxState, world: MailWorld, settings: QueueSettings, now: string): OutboxState {
  const consumed = consumeHistory(state, world, settings.email.mode !== 'digest', now);
  const released = releaseHeld(consumed, world, settings);
  const withHealth = queueFeedHealth(released, world, settings.email.feedFailures, now);
  const cutoff = new Date(Date.parse(now) - KEEP_DONE_MS).toISOString();
  return { ...withHealth, entries: withHealth.entries.filter((entry) => !isDone(entry) || (entry.sentAt ?? entry.queuedAt) >= cutoff) };
}

/** The digest of every change not yet in one, or undefined when there is none. */
export function composeDigestOf(state: OutboxState, world: MailWorld, wording: Wording, now: string): MailMessage | undefined {
  const changes = changeIndex(world.histories());
  const items: DigestChange[] = state.undigested.flatMap((id) => {
    const change = changes.get(id);
    if (!change) return [];
    const evidence = reportsBehind(change, world.snapshots);
    return [{ change, evidence, sources: independentSources(evidence) }];
  });
  if (items.length === 0) return undefined;
  const enabled = world.feeds.filter((feed) => feed.enabled);
  const failing = enabled.flatMap((feed) => {
    const feedState = world.feedStates[feed.name];
    if (!feedState || feedState.consecutiveFailures === 0) return [];
    return [{ feed: feed.name, since: failingSince(feedState, now), failures: feedState.consecutiveFailures, lastError: feedState.lastError ?? 'unknown' }];
  });
  return composeDigest({ changes: items, failing, feedCount: enabled.length, at: now }, wording);
}

/** Queues a digest; the changes it covers are in no later digest, whether or not delivery succeeds at once. */
export function queueDigest(state: OutboxState, digest: MailMessage, now: string): OutboxState {
  const covered = new Set(digest.changeIds);
  return { ...state, undigested: state.undigested.filter((id) => !covered.has(id)), entries: withEntries(state.entries, [pendingEntry(digest, now)]) };
}

/**
 * The reports behind a change now: its own, and those that restated the position since, as
 * long as the position still stands where this change put it.
 */
export function reportsBehind(change: Change, snapshots: ReadonlyMap<string, PartySnapshot>): Evidence[] {
  const position = snapshots.get(change.party)?.positions[change.issue];
  const later = position?.changeId === change.id ? position.evidence : [];
  const key = (evidence: Evidence): string => JSON.stringify([evidence.feed, evidence.link, evidence.quote]);
  const reports = new Map(change.evidence.map((evidence) => [key(evidence), evidence]));
  for (const evidence of later) if (!reports.has(key(evidence))) reports.set(key(evidence), evidence);
  return [...reports.values()];
}

function consumeHistory(state: OutboxState, world: MailWorld, alerts: boolean, now: string): OutboxState {
  const consumed = { ...state.consumed };
  const fresh: Change[] = [];
  let undigested = [...state.undigested];
  if ([...world.historyLengths].some(([party, length]) => (consumed[party] ?? 0) !== length)) {
    const histories = world.histories();
    for (const [party, history] of histories) {
      // A history shorter than what was read was replaced (the snapshots folder deleted, say): go on from its end.
      fresh.push(...history.slice(Math.min(consumed[party] ?? 0, history.length)));
      consumed[party] = history.length;
    }
    const changes = changeIndex(histories);
    undigested = undigested.filter((id) => changes.has(id));
  }
  // A proposed change is alerted when proposed, and digested once accepted into the history.
  const allProposals = world.proposals ?? [];
  const proposed = allProposals.slice(Math.min(state.proposalsConsumed ?? 0, allProposals.length)).map((proposal) => proposal.change);
  const wasProposed = new Set(allProposals.map((proposal) => proposal.change.id));
  let entries = state.entries;
  for (const change of fresh.filter((candidate) => !candidate.baseline).sort((a, b) => a.at.localeCompare(b.at))) {
    if (!undigested.includes(change.id)) undigested.push(change.id);
    if (!alerts || wasProposed.has(change.id)) continue;
    if (change.kind === 'wavering') {
      const undone = (entry: OutboxEntry): boolean => entry.id === change.reverts && (entry.status === 'held' || entry.status === 'pending');
      entries = entries.map((entry) => (undone(entry) ? drop(entry, `undone by ${change.id} within the wavering window: the digest tells both`) : entry));
      continue;
    }
    entries = withEntries(entries, [heldAlert(change, now)]);
  }
  if (alerts) entries = withEntries(entries, proposed.map((change) => heldAlert(change, now)));
  return { ...state, consumed, proposalsConsumed: allProposals.length, undigested, entries };
}

function heldAlert(change: Change, now: string): OutboxEntry {
  return { id: change.id, kind: 'alert', status: 'held', queuedAt: now, changeIds: [change.id], attempts: 0 };
}

/** Held alerts go once enough independent outlets back their change; one superseded before that is left to the digest. */
function releaseHeld(state: OutboxState, world: MailWorld, settings: QueueSettings): OutboxState {
  const { minSources } = settings.email;
  // Read once, and only if an alert is held: most cycles have none.
  let changes: Map<string, Change> | undefined;
  const recorded = (id: string): Change | undefined => (changes ??= changeIndex(world.histories())).get(id);
  const proposals = new Map((world.proposals ?? []).map((proposal) => [proposal.change.id, proposal]));
  const entries = state.entries.map((entry): OutboxEntry => {
    const proposal = proposals.get(entry.id);
    if ((entry.status === 'held' || entry.status === 'pending') && proposal?.status === 'rejected') return drop(entry, 'rejected in review');
    if (entry.status !== 'held') return entry;
    // A pending proposal is not in the history yet: its own reports are all that stand behind it.
    const pending = proposal?.status === 'pending' ? proposal.change : undefined;
    const change = recorded(entry.id) ?? pending;
    if (!change) return drop(entry, 'its change is no longer in the history');
    const evidence = pending ? pending.evidence : reportsBehind(change, world.snapshots);
    const sources = independentSources(evidence);
    if (sources >= minSources) {
      const history = world.histories().get(change.party) ?? [];
      const recorded = history.indexOf(change);
      const earlier = (recorded === -1 ? history : history.slice(0, recorded)).filter((other) => other.issue === change.issue && !other.baseline);
      const input = { change, evidence, sources, earlier: earlier.map((other) => other.id), proposed: pending !== undefined };
      return { ...entry, status: 'pending', note: undefined, mail: composeAlert(input, settings.wording) };
    }
    if (!pending && world.snapshots.get(change.party)?.positions[change.issue]?.changeId !== change.id) {
      return drop(entry, `superseded before ${minSources} independent sources confirmed it: the digest tells it`);
    }
    return { ...entry, note: `waiting for ${minSources} independent sources (${sources} so far)` };
  });
  return { ...state, entries };
}

/** One mail when a feed reaches `threshold` failures in a row, one when it answers again; none in between. */
function queueFeedHealth(state: OutboxState, world: MailWorld, threshold: number, now: string): OutboxState {
  const enabled = world.feeds.filter((feed) => feed.enabled);
  // A feed taken out of the config will not recover: it is forgotten, silently.
  const failingFeeds = new Map(Object.entries(state.failingFeeds).filter(([name]) => enabled.some((feed) => feed.name === name)));
  const mails: MailMessage[] = [];
  for (const feed of enabled) {
    const feedState = world.feedStates[feed.name];
    const failing = failingFeeds.get(feed.name);
    if (!feedState) continue;
    if (!failing && feedState.consecutiveFailures >= threshold) {
      const mail = feedFailingMail(feed, feedState, now);
      failingFeeds.set(feed.name, { mailId: mail.id, since: failingSince(feedState, now) });
      mails.push(mail);
    } else if (failing && feedState.consecutiveFailures === 0) {
      mails.push(feedRecoveredMail(feed, feedState, failing, now));
      failingFeeds.delete(feed.name);
    }
  }
  return { ...state, failingFeeds: Object.fromEntries(failingFeeds), entries: withEntries(state.entries, mails.map((mail) => pendingEntry(mail, now))) };
}

function changeIndex(histories: ReadonlyMap<string, readonly Change[]>): Map<string, Change> {
  return new Map([...histories.values()].flatMap((history) => history.map((change): [string, Change] => [change.id, change])));
}

// Undefined keys are left out of the JSON file: a dropped entry keeps no mail and no retry time.
function drop(entry: OutboxEntry, note: string): OutboxEntry {
  return { ...entry, status: 'dropped', note, mail: undefined, nextAttemptAt: undefined };
}

function isDone(entry: OutboxEntry): boolean {
  return entry.status === 'sent' || entry.status === 'dropped';
}
