import type { Evidence } from './change.js';

// Shorter texts ("Live updates", "Ukraine war") are shared by unrelated reports.
const MIN_FINGERPRINT = 24;

/**
 * How many independent outlets stand behind a set of reports. A wire story carried by five
 * outlets is one source: a report is a copy when another outlet carried it first, judged by its
 * link, its title or the very sentence the position was read from. Reports of one outlet count once.
 * Reports are looked up by those keys, not compared pairwise: a cycle that reads thousands of
 * reports of one position stays linear.
 */
export function independentSources(evidence: readonly Evidence[]): number {
  const originalFeeds = new Map<string, Set<string>>();
  const independent = new Set<string>();
  for (const report of [...evidence].sort(byPublished)) {
    const keys = reportKeys(report);
    const copied = keys.some((key) => [...(originalFeeds.get(key) ?? [])].some((feed) => feed !== report.feed));
    if (copied) continue;
    independent.add(report.feed);
    for (const key of keys) originalFeeds.set(key, (originalFeeds.get(key) ?? new Set()).add(report.feed));
  }
  return independent.size;
}

const keysOfReport = new WeakMap<Evidence, string[]>();

/** What makes two reports one text: the same page, the same title or the same sentence (cached: fingerprints are not free). */
function reportKeys(report: Evidence): string[] {
  let keys = keysOfReport.get(report);
  if (!keys) {
    const link = canonicalLink(report.link);
    const title = textFingerprint(report.title);
    const quote = textFingerprint(report.quote);
    keys = [
      ...(link === undefined ? [] : [`link ${link}`]),
      ...(title.length >= MIN_FINGERPRINT ? [`title ${title}`] : []),
      ...(quote.length >= MIN_FINGERPRINT ? [`quote ${quote}`] : []),
    ];
    keysOfReport.set(report, keys);
  }
  return keys;
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
