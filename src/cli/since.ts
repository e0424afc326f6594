import { parseDuration } from '../config/duration.js';
import { UsageError } from './usage-error.js';

/** `--since 7d`, `24h`, `2025-06-03` or a full ISO time: the moment from which changes are shown. */
export function parseSince(text: string, now: Date, option = '--since'): Date {
  const span = parseDuration(text);
  if (span !== undefined) return new Date(now.getTime() - span);
  const date = Date.parse(text);
  if (Number.isNaN(date)) throw new UsageError(`${option}: "${text}" is neither a date (2025-06-03) nor a span (7d, 24h)`);
  return new Date(date);
}
