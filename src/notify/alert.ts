import type { Change, Evidence } from '../reconcile/change.js';
import { describeDetail, describeState, type Wording } from './describe.js';
import { evidenceHtml, evidenceText, sourcesLine } from './evidence.js';
import { escapeHtml } from './html.js';
import type { MailMessage } from './message.js';
import { formatTime, oneLine, plural } from './text.js';
import { diffAsText, wordDiff } from './word-diff.js';

const SUBJECT_LIMIT = 200;
/** Reports shown in an alert; the history keeps every one. */
const SHOWN_EVIDENCE = 5;
const QUOTE_LIMIT = 600;
/** Earlier alerts named in References: enough for any client to thread, short enough for any server. */
const THREAD_DEPTH = 10;

export interface AlertInput {
  change: Change;
  /** Every report behind the change now: its own and the corroborations recorded since. */
  evidence: Evidence[];
  /** Independent outlets among them (a syndicated report counts once). */
  sources: number;
  /** Ids of the earlier changes of the same position, oldest first: the alert joins their thread. */
  earlier: string[];
  /** Review mode: the change waits for `talkwatch accept` and is not in the snapshots yet. */
  proposed?: boolean;
}

/** The alert for one change: its id is the change's, so that building it again gives the same mail. */
export function composeAlert(input: AlertInput, wording: Wording): MailMessage {
  const { change } = input;
  return {
    id: change.id,
    kind: 'alert',
    subject: oneLine(`[talkwatch] ${input.proposed ? 'proposed: ' : ''}${headline(change, wording)}${input.sources === 1 ? ' · single source' : ''}`, SUBJECT_LIMIT),
    text: alertText(input, wording),
    html: alertHtml(input, wording),
    changeIds: [change.id],
    // A root id per position that no mail carries: clients that thread on References group every
    // alert about the position under it, the first one included.
    references: [`position.${change.party}.${change.issue}`, ...input.earlier.slice(-THREAD_DEPTH)],
    at: change.at,
  };
}

/** "Russia · security.nato-membership: oppose ⇒ support": party, issue, old ⇒ new. */
export function headline(change: Change, wording: Wording): string {
  return `${wording.partyName(change.party)} · ${change.issue}: ${transition(change)}`;
}

/** "oppose ⇒ support"; when only the detail moved, "support: 600,000 ⇒ 800,000". */
export function transition(change: Change): string {
  const { before, after } = change;
  if (before && after && before.stance === after.stance) {
    return `${after.stance}: ${describeDetail(before.detail) || 'no detail'} ⇒ ${describeDetail(after.detail) || 'no detail'}`;
  }
  return `${before?.stance ?? 'none'} ⇒ ${after?.stance ?? 'none'}`;
}

/** What a reviewer does with a proposed change. */
export function proposalNote(change: Change): string {
  return `Proposed: not in the snapshots until accepted (talkwatch accept ${change.id}, or talkwatch reject ${change.id} [--noise]).`;
}

/** Where the whole change lives, for a mail that shows only part of it. */
export function fullRecord(change: Change): string {
  return `change ${change.id} in snapshots/history/${change.party}.jsonl (talkwatch diff ${change.party})`;
}

function alertText(input: AlertInput, wording: Wording): string {
  const { change, evidence } = input;
  const hidden = evidence.length - SHOWN_EVIDENCE;
  return [
    `${wording.partyName(change.party)} — ${wording.proposition(change.issue)}`,
    `${change.issue} · ${change.kind} · recorded ${formatTime(change.at)}`,
    ...(input.proposed ? ['', proposalNote(change)] : []),
    '',
    `Before:  ${describeState(change.before)}`,
    `After:   ${describeState(change.after)}`,
    `Diff:    ${diffAsText(wordDiff(change.before, change.after))}`,
    `Sources: ${sourcesLine(input.sources, evidence.length)}`,
    '',
    'Evidence:',
    ...evidence.slice(0, SHOWN_EVIDENCE).map((report) => evidenceText(report, QUOTE_LIMIT)),
    ...(hidden > 0 ? [`  … and ${plural(hidden, 'more report')}.`] : []),
    '',
    `Full record: ${fullRecord(change)}`,
  ].join('\n');
}

function alertHtml(input: AlertInput, wording: Wording): string {
  const { change, evidence } = input;
  const hidden = evidence.length - SHOWN_EVIDENCE;
  const row = (label: string, value: string): string =>
    `<tr><td style="padding:2px 12px 2px 0;color:#666;vertical-align:top">${label}</td><td style="padding:2px 0">${value}</td></tr>`;
  return [
    '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1a1a1a;max-width:720px">',
    `<h2 style="font-size:17px;margin:0 0 4px">${escapeHtml(wording.partyName(change.party))} — ${escapeHtml(wording.proposition(change.issue))}</h2>`,
    `<p style="margin:0 0 8px;color:#666">${escapeHtml(change.issue)} · ${escapeHtml(change.kind)} · recorded ${escapeHtml(formatTime(change.at))}</p>`,
    ...(input.proposed ? [`<p style="margin:0 0 8px;padding:4px 8px;background:#fff4d6">${escapeHtml(proposalNote(change))}</p>`] : []),
    '<table style="border-collapse:collapse;margin:0 0 8px">',
    row('Before', escapeHtml(describeState(change.before))),
    row('After', escapeHtml(describeState(change.after))),
    row('Diff', diffHtml(change)),
    row('Sources', escapeHtml(sourcesLine(input.sources, evidence.length))),
    '</table>',
    ...evidence.slice(0, SHOWN_EVIDENCE).map((report) => evidenceHtml(report, QUOTE_LIMIT)),
    ...(hidden > 0 ? [`<p style="margin:8px 0;color:#666">… and ${escapeHtml(plural(hidden, 'more report'))}.</p>`] : []),
    `<p style="margin:12px 0 0;color:#666;font-size:12px">Full record: ${escapeHtml(fullRecord(change))}</p>`,
    '</div>',
  ].join('\n');
}

/** The word diff with insertions and deletions marked by inline styles, the only styles mail clients keep. */
export function diffHtml(change: Change): string {
  return wordDiff(change.before, change.after)
    .map((part) => {
      const value = escapeHtml(part.text);
      if (part.change === 'added') return `<ins style="background:#d4f7d4;text-decoration:none">${value}</ins>`;
      if (part.change === 'removed') return `<del style="background:#fbd6d6">${value}</del>`;
      return value;
    })
    .join('');
}
