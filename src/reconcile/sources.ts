import type { Evidence } from './change.js';

// Shorter texts ("Live updates", "Ukraine war") are shared by unrelated reports.
const MIN_FINGERPRINT = 24;

/**
 * How many independent outlets stand behind a set of reports. A wire story carried by five
 * outlets is one source: a report is a copy when another outlet carried it first, judged by its
 * link, its title or the very sentence the position was read from. Reports of one outlet count once.
 */
export function independentSources(evidence: readonly Evidence[]): number {
  const originals: Evidence[] = [];
  for (const report of [...evidence].sort(byPublished)) {
    if (!originals.some((original) => original.feed !== report.feed && sameReport(original, report))) originals.push(report);
  }
  return new Set(originals.map((report) => report.feed)).size;
}

/** Whether two reports are one text, wherever they were published. */
function sameReport(a: Evidence, b: Evidence): boolean {
  const link = canonicalLink(a.link);
  if (link !== undefined && link === canonicalLink(b.link)) return true;
  return sameText(a.title, b.title) || sameText(a.quote, b.quote);
}

function sameText(a: string, b: string): boolean {
  const fingerprint = textFingerprint(a);
  return fingerprint.length >= MIN_FINGERPRINT && fingerprint === textFingerprint(b);
}

// Outlets restyle quotes, dashes and spacing when they copy a wire story; the words stay.
export function textFingerprint(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Tracking parameters, fragments, `www.` and a trailing slash do not make another report.
function canonicalLink(link: string | null): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link);
    const page = url.pathname.replace(/\/+$/, '');
    // A link to a home page names no report.
    return page === '' ? undefined : `${url.hostname.replace(/^www\./, '')}${page}`;
  } catch {
    return undefined;
  }
}

function byPublished(a: Evidence, b: Evidence): number {
  return (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff');
}
