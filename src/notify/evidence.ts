import type { Evidence } from '../reconcile/change.js';
import { escapeHtml, safeHref } from './html.js';
import { formatTime, oneLine, plural } from './text.js';

const TITLE_LIMIT = 200;

/** A report as a mail shows it: the quote (cut at `quoteLimit`), the hedge, outlet, title, time and link. */
export function evidenceText(evidence: Evidence, quoteLimit: number): string {
  const hedge = evidence.hedge ? ` (${oneLine(evidence.hedge, 60)})` : '';
  return [
    `  “${oneLine(evidence.quote, quoteLimit)}”${hedge}`,
    `  — ${oneLine(evidence.title, TITLE_LIMIT)}, ${oneLine(evidence.feed, 100)}${evidence.published ? `, ${formatTime(evidence.published)}` : ''}`,
    ...(evidence.link ? [`    ${oneLine(evidence.link, 500)}`] : []),
  ].join('\n');
}

export function evidenceHtml(evidence: Evidence, quoteLimit: number): string {
  const href = safeHref(evidence.link);
  const title = escapeHtml(oneLine(evidence.title, TITLE_LIMIT));
  const linked = href ? `<a href="${escapeHtml(href)}" style="color:#0b57d0">${title}</a>` : title;
  const hedge = evidence.hedge ? ` <em style="color:#a15c00">(${escapeHtml(oneLine(evidence.hedge, 60))})</em>` : '';
  const published = evidence.published ? `, ${escapeHtml(formatTime(evidence.published))}` : '';
  return (
    `<blockquote style="margin:8px 0;padding:4px 12px;border-left:3px solid #ccc;color:#333">“${escapeHtml(oneLine(evidence.quote, quoteLimit))}”${hedge}` +
    `<br><span style="color:#666;font-size:12px">${linked} — ${escapeHtml(oneLine(evidence.feed, 100))}${published}</span></blockquote>`
  );
}

/** "2 independent outlets" / "1 independent outlet (single source), 3 reports". */
export function sourcesLine(sources: number, reports: number): string {
  const outlets = `${plural(sources, 'independent outlet')}${sources === 1 ? ' (single source)' : ''}`;
  return reports > sources ? `${outlets}, ${plural(reports, 'report')}` : outlets;
}
