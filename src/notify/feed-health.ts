import { createHash } from 'node:crypto';
import type { FeedConfig } from '../config/config.js';
import type { FeedState } from '../state/feed-state.js';
import { escapeHtml } from './html.js';
import type { MailMessage } from './message.js';
import { formatTime, oneLine, plural } from './text.js';

/** A feed reported failing and not yet reported recovered. */
export interface FailingFeed {
  /** The id of the failing mail, which the recovery mail answers. */
  mailId: string;
  since: string;
}

export function feedFailingMail(feed: FeedConfig, state: FeedState, at: string): MailMessage {
  const since = failingSince(state, at);
  const lines = [
    `The feed "${feed.name}" has failed ${plural(state.consecutiveFailures, 'poll')} in a row, since ${formatTime(since)}.`,
    `URL: ${feed.url}`,
    `Last error: ${oneLine(state.lastError ?? 'unknown', 500)}`,
    '',
    'Its reports are missing from the monitor until it answers again; one more mail will say when it does.',
  ];
  return healthMail('feed-failing', feed, `[talkwatch] Feed failing: ${feed.name}`, lines, [], at, since);
}

export function feedRecoveredMail(feed: FeedConfig, state: FeedState, failing: FailingFeed, at: string): MailMessage {
  const lines = [
    `The feed "${feed.name}" answers again (${formatTime(state.lastSuccessAt ?? at)}), after failing since ${formatTime(failing.since)}.`,
    `URL: ${feed.url}`,
    ...(state.lastError ? [`The last error was: ${oneLine(state.lastError, 500)}`] : []),
  ];
  return healthMail('feed-recovered', feed, `[talkwatch] Feed recovered: ${feed.name}`, lines, [failing.mailId], at, failing.since);
}

/** When the current run of failures began; older states only know the last failure. */
export function failingSince(state: FeedState, fallback: string): string {
  return state.failingSince ?? state.lastFailureAt ?? fallback;
}

function healthMail(
  kind: 'feed-failing' | 'feed-recovered',
  feed: FeedConfig,
  subject: string,
  lines: string[],
  references: string[],
  at: string,
  since: string,
): MailMessage {
  // One failing and one recovery mail per run of failures, whatever the cycle that builds them.
  const id = `${kind}.${createHash('sha256').update(JSON.stringify([feed.name, since])).digest('hex').slice(0, 16)}`;
  const paragraphs = lines.filter((line) => line !== '').map((line) => `<p style="margin:0 0 8px">${escapeHtml(line)}</p>`);
  return {
    id,
    kind,
    subject: oneLine(subject, 200),
    text: lines.join('\n'),
    html: `<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1a1a1a;max-width:720px">${paragraphs.join('')}</div>`,
    changeIds: [],
    references,
    at,
  };
}
