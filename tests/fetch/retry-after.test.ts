import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS, parseRetryAfter } from '../../src/fetch/retry-after.js';

const NOW = new Date('2026-03-01T12:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('120', NOW)).toEqual(new Date('2026-03-01T12:02:00Z'));
  });

  it('reads an HTTP-date', () => {
    expect(parseRetryAfter('Sun, 01 Mar 2026 13:30:00 GMT', NOW)).toEqual(new Date('2026-03-01T13:30:00Z'));
  });

  it('treats a date already past as now', () => {
    expect(parseRetryAfter('Sat, 28 Feb 2026 00:00:00 GMT', NOW)).toEqual(NOW);
  });

  it('caps absurd values at a day', () => {
    const inADay = new Date(NOW.getTime() + MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter('999999999', NOW)).toEqual(inADay);
    expect(parseRetryAfter('Fri, 01 Jan 2100 00:00:00 GMT', NOW)).toEqual(inADay);
  });

  it.each([null, '', 'soon', '-5', '1.5'])('gives no hint for %j', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});
