import path from 'node:path';
import type { FeedConfig } from '../config/config.js';
import { fetchAll } from '../fetch/fetch-all.js';
import { FetchError } from '../fetch/fetch-error.js';
import { ARTICLE_ACCEPT, fetchResource } from '../fetch/fetch-resource.js';
import type { FeedItem } from '../parse/item.js';
import type { Change, Observation } from '../reconcile/change.js';
import { reconcile } from '../reconcile/reconcile.js';
import { SnapshotStore } from '../record/store.js';
import { holdOut, propose, readReview, writeReview } from '../review/proposals.js';
import { durationMs } from '../config/duration.js';
import { wordingOf } from '../notify/describe.js';
import { historyLengths, mailAfterCycle, mailWorld, type MailReport } from '../notify/notify.js';
import { openOutbox } from '../notify/outbox.js';
import { checkSmtpUrl, createMailTransport } from '../notify/transport.js';
import { crashPoint } from '../util/crash-point.js';
import { detached } from '../util/detached.js';
import { loadFeedStates, recordFailure, recordSuccess, saveFeedStates, type FeedState } from '../state/feed-state.js';
import { SeenItems } from '../state/seen-items.js';
import { readItem, rulesForFeed } from './read-item.js';
import type { Runtime } from './runtime.js';

export interface FeedReport {
  feed: string;
  status: 'fresh' | 'not-modified' | 'failed' | 'skipped';
  items: number;
  newItems: number;
  relevantItems: number;
  error?: string;
}

export interface CycleReport {
  startedAt: string;
  feeds: FeedReport[];
  /** The changes recorded into the history; none in review mode, where they are proposed instead. */
  changes: Change[];
  /** Review mode: the changes this cycle proposed, waiting for `talkwatch accept`. */
  proposed: Change[];
  restatements: number;
  /** The mails this cycle tried to deliver, and how many still wait. */
  mail: MailReport;
}

/** How long an item stays in the seen-item state after it left its feed. */
const SEEN_RETENTION_DAYS = 60;

/** What the seen-item state keeps of an item read: not its text, which a thousand feeds would hold in memory until the cycle ends. */
type ReadItem = Pick<FeedItem, 'id' | 'contentHash' | 'published'>;

interface FeedRead {
  report: FeedReport;
  state: FeedState;
  observations: Observation[];
  readItems: ReadItem[];
}

/**
 * One poll cycle: fetch, parse, skip what was read, judge relevance, extract, reconcile,
 * record, then mail. State is saved only after the changes are recorded, so a crash anywhere
 * makes the next cycle read the same items again, and reconciling them again changes nothing twice.
 */
export async function pollCycle(runtime: Runtime, feeds: FeedConfig[], signal?: AbortSignal): Promise<CycleReport> {
  const { config, dataDir, taxonomy, logger } = runtime;
  const startedAt = new Date().toISOString();
  const feedStates = loadFeedStates(dataDir);
  const seen = SeenItems.at(dataDir);
  if (runtime.smtpUrl) checkSmtpUrl(runtime.smtpUrl);
  const store = SnapshotStore.open(path.join(dataDir, 'snapshots'), taxonomy);
  const outbox = openOutbox(dataDir, () => historyLengths(store));

  const settled = await fetchAll(feeds, (feed) => readFeed(runtime, feed, feedStates[feed.name], seen, startedAt, signal), { signal });

  // A stop request during the fetches abandons the cycle before anything is written: the next one reads it all again.
  if (signal?.aborted) throw new Error('cycle abandoned: the monitor is stopping');
  // readFeed turns every failure into a report, so a rejection here is a bug worth its stack trace.
  const reads = settled.map((result) => {
    if (result.status === 'rejected') throw result.reason;
    return result.value;
  });
  const known = store.load();
  const observations = reads.flatMap((read) => read.observations);
  const waveringWindowMs = durationMs(config.waveringWindow);
  // Wavering looks back one window: only that end of the history is read.
  const reconciled = reconcile(known, observations, startedAt, {
    history: store.changesSince(new Date(Date.parse(startedAt) - waveringWindowMs).toISOString()),
    waveringWindowMs,
  });
  const { restatements } = reconciled;
  let changes = reconciled.changes;
  let proposed: Change[] = [];
  if (config.review) {
    // Review mode: the changes wait as proposals (written first, like the history) and the snapshots keep only the corroborations.
    const review = propose(readReview(dataDir), changes);
    writeReview(dataDir, review.state);
    store.record([], known, holdOut(reconciled.snapshots, known, changes));
    proposed = review.added;
    changes = [];
  } else {
    store.record(changes, known, reconciled.snapshots);
  }
  crashPoint('recorded');

  for (const read of reads) {
    feedStates[read.report.feed] = read.state;
    for (const item of read.readItems) seen.markRead(read.report.feed, item.id, item.contentHash, startedAt, item.published);
    logFeed(runtime, read.report);
  }
  // Feeds read in full this cycle, and feeds no longer configured, are the ones that can say an item is gone.
  const readInFull = new Set(reads.filter((read) => read.report.status === 'fresh').map((read) => read.report.feed));
  const configured = new Set(config.feeds.map((feed) => feed.name));
  const isPrunable = (feed: string): boolean => readInFull.has(feed) || !configured.has(feed);
  const forgotten = seen.prune(new Date(Date.parse(startedAt) - SEEN_RETENTION_DAYS * 86_400_000), isPrunable);
  for (const [feed, publishedUpTo] of forgotten) {
    const state = feedStates[feed];
    if (state && publishedUpTo > (state.forgottenUpTo ?? '')) feedStates[feed] = { ...state, forgottenUpTo: publishedUpTo };
  }
  seen.save();
  saveFeedStates(dataDir, feedStates);
  for (const change of proposed) {
    logger.info({ change: change.id, party: change.party, issue: change.issue, kind: change.kind }, `position change proposed for review: ${change.party} ${change.issue} ${change.before?.stance ?? 'none'} ⇒ ${change.after?.stance ?? 'none'}`);
  }
  for (const change of changes) {
    logger.info({ change: change.id, party: change.party, issue: change.issue, kind: change.kind }, `position change: ${change.party} ${change.issue} ${change.before?.stance ?? 'none'} ⇒ ${change.after?.stance ?? 'none'}`);
  }

  const transport = createMailTransport(runtime.smtpUrl, path.join(dataDir, 'outbox'));
  let mail: MailReport;
  try {
    const setup = { dataDir, email: config.email, wording: wordingOf(taxonomy), transport };
    mail = await mailAfterCycle(setup, outbox, mailWorld(store, config.feeds, feedStates, readReview(dataDir).proposals), () => new Date(), signal);
  } finally {
    transport.close();
  }
  logDeliveries(runtime, mail);
  return { startedAt, feeds: reads.map((read) => read.report), changes, proposed, restatements, mail };
}

/** One log line per mail tried: where it went, or why not and when it is tried again. */
export function logDeliveries(runtime: Runtime, mail: MailReport): void {
  for (const delivery of mail.deliveries) {
    const fields = { mail: delivery.id, kind: delivery.kind };
    if (delivery.error) runtime.logger.error({ ...fields, nextAttemptAt: delivery.nextAttemptAt }, `mail not delivered, kept for a retry after ${delivery.nextAttemptAt}: ${delivery.error}`);
    else runtime.logger.info(fields, `mail sent: ${delivery.subject} → ${delivery.deliveredTo}`);
  }
}

async function readFeed(
  runtime: Runtime,
  feed: FeedConfig,
  previous: FeedState | undefined,
  seen: SeenItems,
  now: string,
  signal: AbortSignal | undefined,
): Promise<FeedRead> {
  const base = { feed: feed.name, items: 0, newItems: 0, relevantItems: 0 };
  if (previous?.retryAfter && previous.retryAfter > now) {
    return { report: { ...base, status: 'skipped', error: `server asked to wait until ${previous.retryAfter}` }, state: previous, observations: [], readItems: [] };
  }
  try {
    const outcome = await fetchResource(feed.url, { validators: previous, signal });
    const unchanged: FeedRead = { report: { ...base, status: 'not-modified' }, state: recordSuccess(previous, now, outcome.validators), observations: [], readItems: [] };
    if (outcome.kind === 'not-modified') return unchanged;
    // The body a server sends again without honouring the validators holds nothing new: it is not parsed.
    if (outcome.bodyHash === previous?.bodyHash) return unchanged;
    // Loaded here, not up front: a cycle where every feed answers 304 or sends the same body never needs the parser.
    const { parseFeed } = await import('../parse/parse-feed.js');
    const parsed = await parseFeed(outcome.body);
    const forgottenUpTo = previous?.forgottenUpTo;
    const isForgotten = (item: FeedItem): boolean => forgottenUpTo !== undefined && item.published !== undefined && item.published <= forgottenUpTo;
    const fresh = parsed.items.filter((item) => !seen.isKnown(feed.name, item.id, item.contentHash, now) && !isForgotten(item));
    const rules = rulesForFeed(runtime.config.match, feed);
    const observations: Observation[] = [];
    let relevantItems = 0;
    for (const item of fresh) {
      let reading = readItem(item, rules, runtime.taxonomy);
      if (!reading.relevance.relevant) continue;
      if (feed.fullText) reading = readItem(await withFullText(runtime, item, signal), rules, runtime.taxonomy);
      relevantItems += 1;
      for (const position of reading.positions) {
        observations.push({
          position,
          // Kept until the cycle ends, unlike the feed body these strings may be cut from.
          evidence: {
            title: detached(item.title),
            link: item.link === undefined ? null : detached(item.link),
            feed: feed.name,
            published: item.published ?? null,
            quote: detached(position.quote),
            ...(position.hedge ? { hedge: position.hedge } : {}),
          },
        });
      }
    }
    return {
      report: { ...base, status: 'fresh', items: parsed.items.length, newItems: fresh.length, relevantItems },
      state: recordSuccess(previous, now, outcome.validators, outcome.bodyHash),
      observations,
      readItems: fresh.map(({ id, contentHash, published }) => ({ id: detached(id), contentHash, published })),
    };
  } catch (error) {
    const message = (error as Error).message;
    const retryAfter = error instanceof FetchError ? error.retryAfter : undefined;
    return { report: { ...base, status: 'failed', error: message }, state: recordFailure(previous, now, message, retryAfter), observations: [], readItems: [] };
  }
}

// The feed's summary is often a teaser; the linked page holds the positions. A page that
// cannot be fetched leaves the summary, which is still worth reading.
async function withFullText(runtime: Runtime, item: FeedItem, signal: AbortSignal | undefined): Promise<FeedItem> {
  if (!item.link) return item;
  try {
    const page = await fetchResource(item.link, { signal, accept: ARTICLE_ACCEPT });
    if (page.kind !== 'fresh') return item;
    const { articleText } = await import('../parse/html-text.js');
    const text = articleText(page.body);
    return text.length > item.body.length ? { ...item, body: text } : item;
  } catch (error) {
    runtime.logger.warn({ link: item.link }, `full text of "${item.title}" not read, using the summary: ${(error as Error).message}`);
    return item;
  }
}

// A feed with nothing new is logged at debug level: at a thousand feeds, a line each would be most of the log and of a quiet cycle's time.
function logFeed(runtime: Runtime, report: FeedReport): void {
  const { feed, status } = report;
  if (status === 'failed') runtime.logger.warn({ feed, error: report.error }, `feed "${feed}" failed: ${report.error}`);
  else if (status === 'skipped') runtime.logger.info({ feed }, `feed "${feed}" skipped: ${report.error}`);
  else {
    const level = report.newItems > 0 ? 'info' : 'debug';
    runtime.logger[level]({ feed, status, items: report.items, new: report.newItems, relevant: report.relevantItems }, `feed "${feed}": ${status}, ${report.newItems} new of ${report.items}, ${report.relevantItems} about the talks`);
  }
}
