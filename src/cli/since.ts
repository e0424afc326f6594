import { UsageError } from './usage-error.js';

const SPAN_UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `--since 7d`, `24h`, `2025-06-03` or a full ISO time: the moment from which changes are shown. */
export function parseSince(text: string, now: Date): Date {
  const [, amount, unit] = /^(\d+)\s*([mhdw])$/i.exec(text.trim()) ?? [];
  if (amount && unit) return new Date(now.getTime() - Number(amount) * (SPAN_UNITS[unit.toLowerCase()] ?? 0));
  const date = Date.parse(text);
  if (Number.isNaN(date)) throw new UsageError(`--since: "${text}" is neither a date (2025-06-03) nor a span (7d, 24h)`);
  return new Date(date);
}
