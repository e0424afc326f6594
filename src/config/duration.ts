const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** The form durations take in the config and on the command line: a whole number and a unit. */
export const DURATION_PATTERN = '^\\d+\\s*[smhdw]$';

/** "90s", "30m", "48h", "7d", "2w" in milliseconds; undefined for anything else. */
export function parseDuration(text: string): number | undefined {
  const [, amount, unit] = /^(\d+)\s*([smhdw])$/i.exec(text.trim()) ?? [];
  if (amount === undefined || unit === undefined) return undefined;
  return Number(amount) * (UNITS[unit.toLowerCase()] ?? 0);
}

/** A duration of the loaded config, which the schema has checked already. */
export function durationMs(text: string): number {
  const duration = parseDuration(text);
  if (duration === undefined) throw new Error(`not a duration: "${text}"`);
  return duration;
}
