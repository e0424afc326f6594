import { BodyDecodeError, decodeBody } from '../encoding/decode.js';
import { PACKAGE_VERSION } from '../util/package-files.js';
import type { Deadline } from './deadline.js';
import { startDeadline } from './deadline.js';
import { FetchError } from './fetch-error.js';
import { networkErrorMessage, statusMessage, timeoutMessage, tooLargeMessage } from './messages.js';
import { parseRetryAfter } from './retry-after.js';

/** A resource's cache validators, sent back as If-None-Match / If-Modified-Since on the next fetch. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** Feeds first, then XML served under a generic type (common on older sites), then anything. */
export const FEED_ACCEPT = [
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml;q=0.9',
  'application/xml;q=0.8',
  'text/xml;q=0.8',
  '*/*;q=0.5',
].join(', ');
/** For the article pages whose full text is read. */
export const ARTICLE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

export interface FetchOptions {
  /** From the previous fresh (or not-modified) outcome of the same URL. */
  validators?: Validators;
  /** Deadline for the whole request: every redirect and the full body. */
  timeoutMs?: number;
  /** Cap on the decompressed body. */
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  accept?: string;
  /** Aborts the request, e.g. on daemon shutdown. */
  signal?: AbortSignal;
}

export const FETCH_DEFAULTS = {
  // A feed that needs more than 20 s is not going to answer; waiting longer only stalls the cycle.
  timeoutMs: 20_000,
  // Large feeds (full-content, hundreds of items) stay well under 10 MB; more is a mistake or an attack.
  maxBytes: 10 * 1024 * 1024,
  // Real moves take one or two hops (http → https, old path → new); five leaves room without feeding loops.
  maxRedirects: 5,
  // Names the software and where to read about it, so that site operators know who is polling.
  userAgent: `talkwatch/${PACKAGE_VERSION} (+https://github.com/talkwatch/talkwatch)`,
  accept: FEED_ACCEPT,
} satisfies Required<Omit<FetchOptions, 'validators' | 'signal'>>;

export interface FreshResource {
  kind: 'fresh';
  /** The URL asked for. */
  url: string;
  /** Where the body came from after redirects. */
  finalUrl: string;
  status: number;
  contentType?: string;
  /** The decoded text. */
  body: string;
  /** Size of the body after decompression. */
  bytes: number;
  /** To send on the next fetch; empty when the server sends none. */
  validators: Validators;
}

export interface NotModified {
  kind: 'not-modified';
  url: string;
  /** The validators sent, updated with any the 304 carried. */
  validators: Validators;
}

export type FetchOutcome = FreshResource | NotModified;

type Downloaded = NotModified | (Omit<FreshResource, 'body' | 'bytes'> & { raw: Uint8Array });

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * GETs `url` (conditionally when validators are given), following redirects, within one deadline
 * and one size cap. Resolves with the decoded body or "not modified"; any failure is a FetchError
 * with a one-line message for the user.
 */
export async function fetchResource(url: string, options: FetchOptions = {}): Promise<FetchOutcome> {
  const downloaded = await download(url, options);
  if (downloaded.kind === 'not-modified') return downloaded;
  const { raw, ...resource } = downloaded;
  return { ...resource, body: decodeText(url, raw, resource.contentType), bytes: raw.byteLength };
}

/** Outside download(), so that a body that cannot be decoded is never reported as a network failure. */
function decodeText(url: string, raw: Uint8Array, contentType: string | undefined): string {
  try {
    return decodeBody(raw, contentType);
  } catch (error) {
    if (!(error instanceof BodyDecodeError)) throw error;
    throw new FetchError(url, `fetch: ${error.message}`, { cause: error });
  }
}

async function download(url: string, options: FetchOptions): Promise<Downloaded> {
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const headers = requestHeaders(options);
  let target = httpUrl(url, url);
  const deadline = startDeadline(timeoutMs, options.signal);
  try {
    // Redirects are followed by hand to count them and to keep the validators on every hop:
    // a feed that moved permanently still answers 304 at its new address.
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(target, { headers, redirect: 'manual', signal: deadline.signal });
      if (!REDIRECT_STATUSES.has(response.status)) return await settle(url, target, response, options);
      await response.body?.cancel();
      if (redirects === maxRedirects) {
        throw new FetchError(url, `fetch: too many redirects (more than ${maxRedirects})`);
      }
      const location = response.headers.get('location');
      if (!location) {
        throw new FetchError(url, `fetch: redirect without a Location header (${response.status} status code)`);
      }
      target = httpUrl(url, location, target);
    }
  } catch (error) {
    throw asFetchError(error, url, target, deadline, timeoutMs);
  } finally {
    deadline.dispose();
  }
}

function requestHeaders(options: FetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? FETCH_DEFAULTS.userAgent,
    accept: options.accept ?? FETCH_DEFAULTS.accept,
    // undici decompresses all three; saying so explicitly also gets brotli, which it does not ask for.
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.validators?.etag) headers['if-none-match'] = options.validators.etag;
  if (options.validators?.lastModified) headers['if-modified-since'] = options.validators.lastModified;
  return headers;
}

/** `location` parsed (against `base` for a redirect) and checked to be something we fetch. */
function httpUrl(requestedUrl: string, location: string, base?: URL): URL {
  let parsed: URL;
  try {
    parsed = new URL(location, base);
  } catch {
    throw new FetchError(requestedUrl, `fetch: invalid URL "${location}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    const redirected = base ? ` (redirected to ${parsed.href})` : '';
    throw new FetchError(requestedUrl, `fetch: unsupported URL scheme ${parsed.protocol}${redirected}`);
  }
  if (parsed.username || parsed.password) {
    throw new FetchError(requestedUrl, 'fetch: user name or password in the URL is not supported');
  }
  return parsed;
}

async function settle(url: string, target: URL, response: Response, options: FetchOptions): Promise<Downloaded> {
  if (response.status === 304) {
    await response.body?.cancel();
    return { kind: 'not-modified', url, validators: { ...options.validators, ...validatorsOf(response.headers) } };
  }
  if (!response.ok) {
    await response.body?.cancel();
    const status = response.status;
    const retryAfter =
      status === 429 || status === 503 ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
    throw new FetchError(url, statusMessage(status, retryAfter), { status, retryAfter });
  }
  return {
    kind: 'fresh',
    url,
    finalUrl: target.href,
    status: response.status,
    contentType: response.headers.get('content-type') ?? undefined,
    raw: await readCapped(response.body, options.maxBytes ?? FETCH_DEFAULTS.maxBytes, url),
    validators: validatorsOf(response.headers),
  };
}

function validatorsOf(headers: Headers): Validators {
  const validators: Validators = {};
  const etag = headers.get('etag');
  const lastModified = headers.get('last-modified');
  if (etag) validators.etag = etag;
  if (lastModified) validators.lastModified = lastModified;
  return validators;
}

/**
 * undici hands over the body already decompressed, so counting here caps the decompressed size:
 * a gzip bomb is stopped after `maxBytes`, and cancelling the stream closes the connection.
 */
async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number, url: string): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FetchError(url, tooLargeMessage(maxBytes));
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks, total);
}

function asFetchError(error: unknown, url: string, target: URL, deadline: Deadline, timeoutMs: number): FetchError {
  if (error instanceof FetchError) return error;
  if (deadline.timedOut()) return new FetchError(url, timeoutMessage(timeoutMs), { cause: error });
  if (deadline.signal.aborted) return new FetchError(url, 'fetch: aborted', { cause: error });
  return new FetchError(url, networkErrorMessage(error, target), { cause: error });
}
