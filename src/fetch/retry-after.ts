/** A server asking for more than a day is capped, so that one odd header cannot silence a feed for good. */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * When a server that answered 429 or 503 wants the next request: `Retry-After` is either
 * delta-seconds ("120") or an HTTP-date ("Wed, 21 Oct 2026 07:28:00 GMT"). A date already past
 * means "now"; an unreadable value means the server gave no hint.
 */
export function parseRetryAfter(value: string | null, now: Date = new Date()): Date | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const delayMs = delayMsOf(trimmed, now);
  if (Number.isNaN(delayMs)) return undefined;
  return new Date(now.getTime() + Math.min(Math.max(delayMs, 0), MAX_RETRY_AFTER_MS));
}

function delayMsOf(value: string, now: Date): number {
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // Date.parse() alone would also read "-5" or "1.5" as dates; every HTTP-date form spells out its month.
  return /[a-z]/i.test(value) ? Date.parse(value) - now.getTime() : Number.NaN;
}
