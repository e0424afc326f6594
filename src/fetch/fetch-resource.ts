import { createHash } from 'node:crypto';
import { once } from 'node:events';
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import http from 'node:http';
import https from 'node:https';
import type { Transform } from 'node:stream';
import { pipeline } from 'node:stream';
import { constants, createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';
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
  /**
   * SHA-256 of the body's bytes after decompression: many servers ignore validators and send the
   * same body again, and its hash tells so without reading it. Hashed before decoding, which is
   * several times cheaper than hashing the decoded text.
   */
  bodyHash: string;
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

type Downloaded = NotModified | (Omit<FreshResource, 'body' | 'bytes' | 'bodyHash'> & { raw: Uint8Array });

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * One pool of kept-alive connections per scheme for the whole process, so that the feeds of one
 * server polled in a cycle share connections instead of opening one per request. maxSockets (per
 * server) is only a backstop: fetchAll already keeps two feeds per host in flight, and each may
 * fetch one article page. Idle connections are closed after 4 s, before the usual server-side 5 s,
 * so that the daemon holds none between cycles and seldom reuses one the server is closing. Node
 * unrefs idle pooled sockets, so they never keep a finished `poll` from exiting.
 */
const AGENT_OPTIONS = { keepAlive: true, maxSockets: 8, timeout: 4_000 };
const httpAgent = new http.Agent(AGENT_OPTIONS);
const httpsAgent = new https.Agent(AGENT_OPTIONS);

/**
 * A gzip or deflate stream cut short gives the text it holds rather than an error, as with Node's
 * fetch and browsers: the feed parser reads a truncated feed as far as it goes.
 */
const LENIENT_ZLIB = { flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH };

/**
 * GETs `url` (conditionally when validators are given), following redirects, within one deadline
 * and one size cap. Resolves with the decoded body or "not modified"; any failure is a FetchError
 * with a one-line message for the user.
 */
export async function fetchResource(url: string, options: FetchOptions = {}): Promise<FetchOutcome> {
  const downloaded = await download(url, options);
  if (downloaded.kind === 'not-modified') return downloaded;
  const { raw, ...resource } = downloaded;
  const bodyHash = createHash('sha256').update(raw).digest('hex');
  return { ...resource, body: decodeText(url, raw, resource.contentType), bytes: raw.byteLength, bodyHash };
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
      const response = await send(target, headers, deadline.signal);
      const status = response.statusCode ?? 0;
      if (!REDIRECT_STATUSES.has(status)) return await settle(url, target, status, response, options);
      await discard(response);
      if (redirects === maxRedirects) {
        throw new FetchError(url, `fetch: too many redirects (more than ${maxRedirects})`);
      }
      const location = response.headers.location;
      if (!location) {
        throw new FetchError(url, `fetch: redirect without a Location header (${status} status code)`);
      }
      target = httpUrl(url, location, target);
    }
  } catch (error) {
    throw asFetchError(error, url, target, deadline, timeoutMs);
  } finally {
    deadline.dispose();
  }
}

function requestHeaders(options: FetchOptions): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {
    'user-agent': options.userAgent ?? FETCH_DEFAULTS.userAgent,
    accept: options.accept ?? FETCH_DEFAULTS.accept,
    // The codings decompressorFor() reads.
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

/**
 * Sends one GET and resolves with the response head, its body not read yet. Aborting `signal`
 * destroys the request and its socket, in whatever phase it is, body included.
 */
function send(target: URL, headers: OutgoingHttpHeaders, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const onResponse = (response: IncomingMessage): void => {
      settled = true;
      resolve(response);
    };
    const request =
      target.protocol === 'https:'
        ? https.get(target, { agent: httpsAgent, headers, signal }, onResponse)
        : http.get(target, { agent: httpAgent, headers, signal }, onResponse);
    // Listened to for good, not once: the socket may also fail after the response, mid-body (the
    // body's reader reports that), and an unlistened 'error' would crash the process.
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      // A server may close a kept-alive connection just as the request goes out on it; a GET can
      // safely go again, on another connection (Node's documentation advises the same).
      if (request.reusedSocket && error.code === 'ECONNRESET') resolve(send(target, headers, signal));
      else reject(error);
    });
  });
}

async function settle(
  url: string,
  target: URL,
  status: number,
  response: IncomingMessage,
  options: FetchOptions,
): Promise<Downloaded> {
  if (status === 304) {
    await discard(response);
    return { kind: 'not-modified', url, validators: { ...options.validators, ...validatorsOf(response.headers) } };
  }
  if (status < 200 || status > 299) {
    await discard(response);
    const retryAfter =
      status === 429 || status === 503 ? parseRetryAfter(response.headers['retry-after'] ?? null) : undefined;
    throw new FetchError(url, statusMessage(status, retryAfter), { status, retryAfter });
  }
  return {
    kind: 'fresh',
    url,
    finalUrl: target.href,
    status,
    contentType: response.headers['content-type'],
    raw: await readBody(response, options.maxBytes ?? FETCH_DEFAULTS.maxBytes, url),
    validators: validatorsOf(response.headers),
  };
}

function validatorsOf(headers: IncomingHttpHeaders): Validators {
  const validators: Validators = {};
  if (headers.etag) validators.etag = headers.etag;
  if (headers['last-modified']) validators.lastModified = headers['last-modified'];
  return validators;
}

/**
 * Lets go of a response whose body is not wanted (304, redirect, error status). A body already
 * received is drained, and its end waited for: that hands the connection back to the pool before
 * the next request asks for one. A body still coming is not waited for: the connection is closed.
 */
async function discard(response: IncomingMessage): Promise<void> {
  if (!response.complete) return void response.destroy();
  response.resume();
  await once(response, 'end');
}

/**
 * Reads the body through its decompressor, counting decompressed bytes: a gzip bomb is stopped
 * after `maxBytes`. Leaving the loop early destroys the decompressor, pipeline() then the response;
 * on any failure the response is destroyed, which closes the connection rather than leaving it half read.
 */
async function readBody(response: IncomingMessage, maxBytes: number, url: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    const decompressor = await decompressorFor(response, url);
    // pipeline() passes a failure of either stream on to the other; the loop sees it as its own.
    const body: AsyncIterable<Buffer> = decompressor ? pipeline(response, decompressor, () => {}) : response;
    for await (const chunk of body) {
      total += chunk.byteLength;
      if (total > maxBytes) throw new FetchError(url, tooLargeMessage(maxBytes));
      chunks.push(chunk);
    }
  } catch (error) {
    response.destroy();
    throw error;
  }
  return Buffer.concat(chunks, total);
}

async function decompressorFor(response: IncomingMessage, url: string): Promise<Transform | undefined> {
  const encoding = response.headers['content-encoding']?.trim().toLowerCase() || 'identity';
  switch (encoding) {
    case 'identity':
      return undefined;
    case 'gzip':
    case 'x-gzip':
      return createGunzip(LENIENT_ZLIB);
    case 'deflate':
      return isRawDeflate(await peek(response)) ? createInflateRaw(LENIENT_ZLIB) : createInflate(LENIENT_ZLIB);
    case 'br':
      return createBrotliDecompress();
    default:
      throw new FetchError(url, `fetch: unsupported Content-Encoding "${encoding}"`);
  }
}

/**
 * "deflate" means a zlib stream (RFC 9110), but some servers send raw deflate data instead. A zlib
 * stream opens with two bytes naming method 8 whose big-endian value is a multiple of 31.
 */
function isRawDeflate(head: Buffer): boolean {
  if (head.byteLength < 2) return false;
  return ((head[0] as number) & 0x0f) !== 8 || head.readUInt16BE(0) % 31 !== 0;
}

/** The first bytes of the body, waited for and put back for the reader. */
async function peek(response: IncomingMessage): Promise<Buffer> {
  // An empty body that has already ended would never be 'readable'.
  if (response.complete && response.readableLength === 0) return Buffer.alloc(0);
  await once(response, 'readable');
  const head = response.read() as Buffer | null;
  if (!head) return Buffer.alloc(0);
  response.unshift(head);
  return head;
}

function asFetchError(error: unknown, url: string, target: URL, deadline: Deadline, timeoutMs: number): FetchError {
  if (error instanceof FetchError) return error;
  if (deadline.timedOut()) return new FetchError(url, timeoutMessage(timeoutMs), { cause: error });
  if (deadline.signal.aborted) return new FetchError(url, 'fetch: aborted', { cause: error });
  return new FetchError(url, networkErrorMessage(error, target), { cause: error });
}
