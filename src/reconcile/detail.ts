import type { PositionDetail } from '../extract/position.js';

/**
 * Whether a restated position carries a detail that really moved. Reports restate positions
 * partially all the time ("Russia wants Donetsk" for a demand covering four oblasts), so only
 * what a reader tracks counts: a number or duration that differs from the known one, or a region
 * the known position did not cover. Conditions and qualifiers vary with wording and do not count.
 */
export function detailChanged(known: PositionDetail, reported: PositionDetail): boolean {
  return (
    differsWhenGiven(known.numbers, reported.numbers) ||
    differsWhenGiven(known.durations, reported.durations) ||
    addsMembers(known.regions, reported.regions)
  );
}

/** The detail after a change: what the report says, completed by what it did not restate. */
export function mergeDetail(known: PositionDetail, reported: PositionDetail): PositionDetail {
  return { ...known, ...withoutEmpty(reported) };
}

function differsWhenGiven<T>(known: T[] | undefined, reported: T[] | undefined): boolean {
  if (!reported || reported.length === 0) return false;
  if (!known || known.length === 0) return true;
  return reported.length !== known.length || reported.some((value) => !known.includes(value));
}

function addsMembers<T>(known: T[] | undefined, reported: T[] | undefined): boolean {
  if (!reported || reported.length === 0 || !known || known.length === 0) return false;
  return reported.some((value) => !known.includes(value));
}

function withoutEmpty(detail: PositionDetail): PositionDetail {
  return Object.fromEntries(Object.entries(detail).filter(([, values]) => Array.isArray(values) && values.length > 0));
}
