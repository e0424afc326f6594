import { createHash } from 'node:crypto';
import type { Change, Evidence } from '../reconcile/change.js';
import { describeState, type Wording } from './describe.js';
import { escapeHtml, safeHref } from './html.js';
import type { MailMessage } from './message.js';
import { diffAsText, wordDiff } from './word-diff.js';

const SUBJECT_LIMIT = 200;

/** One alert for the changes of a cycle: each with before / after, a word diff and its evidence. */
export function composeAlert(changes: Change[], wording: Wording): MailMessage {
  const headline = (change: Change): string =>
    `${wording.partyName(change.party)} · ${change.issue}: ${change.before?.stance ?? 'none'} ⇒ ${change.after?.stance ?? 'none'}`;
  const first = changes[0];
  if (!first) throw new Error('an alert needs at least one change');
  const subject =
    changes.length === 1
      ? `[talkwatch] ${headline(first)}`
      : `[talkwatch] ${changes.length} position changes: ${changes.map(headline).join('; ')}`;
  const changeIds = changes.map((change) => change.id);
  return {
    id: createHash('sha256').update(changeIds.join(',')).digest('hex').slice(0, 24),
    subject: oneLine(subject, SUBJECT_LIMIT),
    text: changes.map((change) => changeText(change, wording)).join('\n\n'),
    html: `<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1a1a1a;max-width:720px">${changes
      .map((change) => changeHtml(change, wording))
      .join('<hr style="border:none;border-top:1px solid #ddd;margin:20px 0">')}</div>`,
    changeIds,
    at: first.at,
  };
}

function changeText(change: Change, wording: Wording): string {
  const diff = diffAsText(wordDiff(change.before, change.after));
  return [
    `${wording.partyName(change.party)} — ${wording.proposition(change.issue)} (${change.issue})`,
    `Change: ${change.kind}  [${change.id}]`,
    `Before: ${describeState(change.before)}`,
    `After:  ${describeState(change.after)}`,
    `Diff:   ${diff}`,
    `Sources: ${sourcesLine(change)}`,
    ...change.evidence.map(evidenceText),
  ].join('\n');
}

function evidenceText(evidence: Evidence): string {
  const hedge = evidence.hedge ? ` (${evidence.hedge})` : '';
  return [
    `  “${evidence.quote}”${hedge}`,
    `  — ${evidence.title}, ${evidence.feed}${evidence.published ? `, ${evidence.published}` : ''}`,
    ...(evidence.link ? [`    ${evidence.link}`] : []),
  ].join('\n');
}

function changeHtml(change: Change, wording: Wording): string {
  const diff = wordDiff(change.before, change.after)
    .map((part) => {
      const value = escapeHtml(part.text);
      if (part.change === 'added') return `<ins style="background:#d4f7d4;text-decoration:none">${value}</ins>`;
      if (part.change === 'removed') return `<del style="background:#fbd6d6">${value}</del>`;
      return value;
    })
    .join('');
  const row = (label: string, value: string): string =>
    `<tr><td style="padding:2px 12px 2px 0;color:#666;vertical-align:top">${label}</td><td style="padding:2px 0">${value}</td></tr>`;
  return [
    `<h2 style="font-size:17px;margin:0 0 4px">${escapeHtml(wording.partyName(change.party))} — ${escapeHtml(wording.proposition(change.issue))}</h2>`,
    `<p style="margin:0 0 8px;color:#666">${escapeHtml(change.issue)} · ${escapeHtml(change.kind)} · ${escapeHtml(change.id)}</p>`,
    '<table style="border-collapse:collapse;margin:0 0 8px">',
    row('Before', escapeHtml(describeState(change.before))),
    row('After', escapeHtml(describeState(change.after))),
    row('Diff', diff),
    row('Sources', escapeHtml(sourcesLine(change))),
    '</table>',
    ...change.evidence.map(evidenceHtml),
  ].join('\n');
}

function evidenceHtml(evidence: Evidence): string {
  const href = safeHref(evidence.link);
  const title = href ? `<a href="${escapeHtml(href)}" style="color:#0b57d0">${escapeHtml(evidence.title)}</a>` : escapeHtml(evidence.title);
  const hedge = evidence.hedge ? ` <em style="color:#a15c00">(${escapeHtml(evidence.hedge)})</em>` : '';
  return [
    `<blockquote style="margin:8px 0;padding:4px 12px;border-left:3px solid #ccc;color:#333">“${escapeHtml(evidence.quote)}”${hedge}`,
    `<br><span style="color:#666;font-size:12px">${title} — ${escapeHtml(evidence.feed)}${evidence.published ? `, ${escapeHtml(evidence.published)}` : ''}</span></blockquote>`,
  ].join('');
}

function sourcesLine(change: Change): string {
  return change.sources === 1 ? '1 outlet (single source)' : `${change.sources} outlets`;
}

// Feed text ends up in a header: no line breaks, and a length mail clients show whole.
function oneLine(text: string, limit: number): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ').replace(/\s{2,}/g, ' ').trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1)}…`;
}
