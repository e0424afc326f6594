import { createHash } from 'node:crypto';
import type { Change, Evidence } from '../reconcile/change.js';
import { diffHtml, fullRecord, transition } from './alert.js';
import { describeState, type Wording } from './describe.js';
import { evidenceHtml, evidenceText, sourcesLine } from './evidence.js';
import { escapeHtml } from './html.js';
import type { MailMessage } from './message.js';
import { formatTime, oneLine, plural } from './text.js';
import { diffAsText, wordDiff } from './word-diff.js';

/** Changes told in full in one digest; the rest are counted, with where to read them. */
const DIGEST_LIMIT = 40;
const QUOTE_LIMIT = 300;

export interface DigestChange {
  change: Change;
  /** The reports behind it now, and how many independent outlets they come from. */
  evidence: Evidence[];
  sources: number;
}

export interface FeedTrouble {
  feed: string;
  since: string;
  failures: number;
  lastError: string;
}

export interface DigestInput {
  /** Every change not yet in a digest, oldest first. */
  changes: DigestChange[];
  /** Feeds failing at their last poll. */
  failing: FeedTrouble[];
  feedCount: number;
  at: string;
}

/** One entry of the digest: a change, or a wavering note that stands for a change and the one that undid it. */
type Entry = { kind: 'change'; item: DigestChange } | { kind: 'wavering'; item: DigestChange; undone: Change | undefined };

/**
 * The digest: every change since the last one, grouped by party then issue. A change undone
 * within the wavering window and its undoing are one note, not two entries; the feed-health
 * section lists the feeds failing now. Its id derives from the changes it covers.
 */
export function composeDigest(input: DigestInput, wording: Wording): MailMessage {
  const entries = digestEntries(input.changes);
  const shown = entries.slice(0, DIGEST_LIMIT);
  const changeIds = input.changes.map(({ change }) => change.id);
  const wavering = entries.filter((entry) => entry.kind === 'wavering').length;
  const counts = [plural(entries.length - wavering, 'position change'), ...(wavering > 0 ? [`${wavering} wavering`] : [])].join(', ');
  const groups = groupByPartyAndIssue(shown, wording);
  const parties = groupByPartyAndIssue(entries, wording).map(([party]) => party);
  const hidden = entries.length - shown.length;
  const more = hidden > 0 ? `… and ${plural(hidden, 'more entry', 'more entries')}: talkwatch diff --since ${input.changes[0]?.change.at ?? ''}` : undefined;

  const text = [
    `talkwatch digest, ${formatTime(input.at)}: ${counts}`,
    ...groups.flatMap(([party, issues]) => [
      '',
      party.toUpperCase(),
      ...issues.flatMap(([issue, issueEntries]) => [`  ${issue} — ${wording.proposition(issue)}`, ...issueEntries.map(entryText)]),
    ]),
    ...(more ? ['', more] : []),
    '',
    'Feed health',
    ...healthText(input),
  ].join('\n');
  const html = [
    '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1a1a1a;max-width:720px">',
    `<p style="margin:0 0 12px;color:#666">talkwatch digest, ${escapeHtml(formatTime(input.at))}: ${escapeHtml(counts)}</p>`,
    ...groups.flatMap(([party, issues]) => [
      `<h2 style="font-size:17px;margin:16px 0 4px">${escapeHtml(party)}</h2>`,
      ...issues.flatMap(([issue, issueEntries]) => [
        `<div style="margin:8px 0 0"><strong>${escapeHtml(issue)}</strong> <span style="color:#666">— ${escapeHtml(wording.proposition(issue))}</span></div>`,
        ...issueEntries.map(entryHtml),
      ]),
    ]),
    ...(more ? [`<p style="margin:12px 0;color:#666">${escapeHtml(more)}</p>`] : []),
    '<h2 style="font-size:17px;margin:16px 0 4px">Feed health</h2>',
    ...healthText(input).map((line) => `<p style="margin:0 0 4px">${escapeHtml(line.trim())}</p>`),
    '</div>',
  ].join('\n');
  return {
    id: `digest.${createHash('sha256').update(changeIds.join(',')).digest('hex').slice(0, 16)}`,
    kind: 'digest',
    subject: oneLine(`[talkwatch] Digest: ${counts} (${parties.join(', ')})`, 200),
    text,
    html,
    changeIds,
    references: [],
    at: input.at,
  };
}

function digestEntries(changes: DigestChange[]): Entry[] {
  const byId = new Map(changes.map((item) => [item.change.id, item.change]));
  const undoneHere = new Set(changes.flatMap(({ change }) => (change.kind === 'wavering' && change.reverts && byId.has(change.reverts) ? [change.reverts] : [])));
  return changes
    .filter(({ change }) => !undoneHere.has(change.id))
    .map((item) =>
      item.change.kind === 'wavering' ? { kind: 'wavering', item, undone: item.change.reverts ? byId.get(item.change.reverts) : undefined } : { kind: 'change', item },
    );
}

/** Parties in alphabetical order of their names; in each, its issues in alphabetical order; in each, the entries oldest first. */
function groupByPartyAndIssue(entries: Entry[], wording: Wording): [string, [string, Entry[]][]][] {
  const parties = new Map<string, Map<string, Entry[]>>();
  for (const entry of entries) {
    const { party, issue } = entry.item.change;
    const issues = parties.get(wording.partyName(party)) ?? new Map<string, Entry[]>();
    issues.set(issue, [...(issues.get(issue) ?? []), entry]);
    parties.set(wording.partyName(party), issues);
  }
  const alphabetical = <T>([a]: [string, T], [b]: [string, T]): number => a.localeCompare(b);
  return [...parties].sort(alphabetical).map(([party, issues]) => [party, [...issues].sort(alphabetical)]);
}

function waveringLine(entry: Extract<Entry, { kind: 'wavering' }>): string {
  const { change } = entry.item;
  const back = describeState(change.after);
  if (entry.undone) {
    return `Wavering: ${back} ⇒ ${describeState(change.before)} ⇒ ${back}, back between ${formatTime(entry.undone.at)} and ${formatTime(change.at)}`;
  }
  return `Wavering: back to ${back} at ${formatTime(change.at)}, undoing the move to ${describeState(change.before)} (${change.reverts ?? 'an earlier change'})`;
}

function entryText(entry: Entry): string {
  const { change, evidence, sources } = entry.item;
  const first = evidence[0];
  return [
    entry.kind === 'wavering' ? `    ${waveringLine(entry)}` : `    ${change.kind} · ${formatTime(change.at)} · ${transition(change)}`,
    ...(entry.kind === 'change' ? [`    Diff: ${diffAsText(wordDiff(change.before, change.after))}`] : []),
    `    Sources: ${sourcesLine(sources, evidence.length)}`,
    ...(first ? [evidenceText(first, QUOTE_LIMIT).replace(/^/gm, '  ')] : []),
    `    Record: ${recordLine(entry)}`,
  ].join('\n');
}

function entryHtml(entry: Entry): string {
  const { change, evidence, sources } = entry.item;
  const first = evidence[0];
  const what = entry.kind === 'wavering' ? escapeHtml(waveringLine(entry)) : `${escapeHtml(change.kind)} · ${escapeHtml(formatTime(change.at))} · ${diffHtml(change)}`;
  return [
    '<div style="margin:4px 0 12px 16px">',
    `<div>${what}</div>`,
    `<div style="color:#666">Sources: ${escapeHtml(sourcesLine(sources, evidence.length))}</div>`,
    ...(first ? [evidenceHtml(first, QUOTE_LIMIT)] : []),
    `<div style="color:#999;font-size:12px">Record: ${escapeHtml(recordLine(entry))}</div>`,
    '</div>',
  ].join('\n');
}

function recordLine(entry: Entry): string {
  return `${fullRecord(entry.item.change)}${entry.kind === 'wavering' && entry.undone ? `; it undid ${entry.undone.id}` : ''}`;
}

function healthText(input: DigestInput): string[] {
  if (input.failing.length === 0) return [`  All ${plural(input.feedCount, 'feed')} answered at their last poll.`];
  return [
    `  ${input.failing.length} of ${plural(input.feedCount, 'feed')} failing:`,
    ...input.failing.map(
      (trouble) => `  ${oneLine(trouble.feed, 100)}: failing since ${formatTime(trouble.since)} (${plural(trouble.failures, 'poll')} in a row): ${oneLine(trouble.lastError, 300)}`,
    ),
  ];
}
