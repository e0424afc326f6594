import { describe, expect, it } from 'vitest';
import { networkErrorMessage, statusMessage, timeoutMessage, tooLargeMessage } from '../../src/fetch/messages.js';

/** How Node reports a failure below HTTP: an Error with the system (or TLS, or HTTP parser) code. */
function nodeError(message: string, fields: object = {}): Error {
  return Object.assign(new Error(message), fields);
}

const url = new URL('https://news.example.invalid/feed.xml');

// These failures cannot be produced against a local server without outside DNS or certificates,
// so their wording is pinned on errors shaped like the ones Node raises.
describe('networkErrorMessage', () => {
  it.each([
    [{ code: 'ENOTFOUND', hostname: 'news.example.invalid' }, 'fetch: DNS lookup failed for news.example.invalid'],
    [{ code: 'EAI_AGAIN' }, 'fetch: DNS lookup failed for news.example.invalid (temporary failure)'],
    [{ code: 'ECONNREFUSED', address: '192.0.2.7', port: 443 }, 'fetch: connection refused (192.0.2.7:443)'],
    [{ code: 'ETIMEDOUT', address: '192.0.2.7', port: 443 }, 'fetch: connection timed out (192.0.2.7:443)'],
    [{ code: 'EHOSTUNREACH' }, 'fetch: host unreachable (news.example.invalid)'],
    [{ code: 'CERT_HAS_EXPIRED' }, 'fetch: TLS certificate rejected for news.example.invalid (CERT_HAS_EXPIRED)'],
    [
      { code: 'ERR_TLS_CERT_ALTNAME_INVALID' },
      'fetch: TLS certificate rejected for news.example.invalid (ERR_TLS_CERT_ALTNAME_INVALID)',
    ],
  ])('%j', (fields, message) => {
    expect(networkErrorMessage(nodeError('system error', fields), url)).toBe(message);
  });

  it('looks inside the AggregateError of a host with several addresses', () => {
    const refused = (address: string): Error =>
      nodeError(`connect ECONNREFUSED ${address}:443`, { code: 'ECONNREFUSED', address, port: 443 });
    // Node puts the first attempt's code on the AggregateError itself, but not its address.
    const error = Object.assign(new AggregateError([refused('192.0.2.7'), refused('2001:db8::7')]), {
      code: 'ECONNREFUSED',
    });
    expect(networkErrorMessage(error, url)).toBe('fetch: connection refused (192.0.2.7:443)');
  });

  it('falls back to the message', () => {
    expect(networkErrorMessage(new Error('something odd'), url)).toBe('fetch: network error (something odd)');
    expect(networkErrorMessage('not an error', url)).toBe('fetch: network error (not an error)');
  });
});

describe('wording', () => {
  it.each([
    [401, 'fetch: access unauthorized (401 status code)'],
    [403, 'fetch: access forbidden (403 status code)'],
    [410, 'fetch: resource gone (410 status code)'],
    [418, 'fetch: unexpected status (418 status code)'],
    [502, 'fetch: bad gateway (502 status code)'],
    [599, 'fetch: server error (599 status code)'],
  ])('status %i', (status, message) => {
    expect(statusMessage(status)).toBe(message);
  });

  it('gives durations in seconds when whole, else in milliseconds', () => {
    expect(timeoutMessage(20_000)).toBe('fetch: timed out after 20 s');
    expect(timeoutMessage(1500)).toBe('fetch: timed out after 1500 ms');
  });

  it('gives sizes in the largest whole unit', () => {
    expect(tooLargeMessage(10 * 1024 * 1024)).toBe('fetch: body larger than 10 MB');
    expect(tooLargeMessage(512 * 1024)).toBe('fetch: body larger than 512 KB');
    expect(tooLargeMessage(1000)).toBe('fetch: body larger than 1000 bytes');
  });
});
