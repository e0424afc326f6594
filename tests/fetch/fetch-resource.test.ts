import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { createServer } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FetchError } from '../../src/fetch/fetch-error.js';
import { ARTICLE_ACCEPT, FETCH_DEFAULTS, fetchResource } from '../../src/fetch/fetch-resource.js';
import { PACKAGE_VERSION } from '../../src/util/package-files.js';
import type { TestServer } from './http-server.js';
import { closedPort, startServer } from './http-server.js';

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Talks</title></channel></rss>';
const ETAG = '"v1"';
const LAST_MODIFIED = 'Tue, 03 Jun 2025 09:12:00 GMT';

/** 20 MB of zeros that travel as about 20 KB. */
const gzipBomb = gzipSync(Buffer.alloc(20 * 1024 * 1024));
/** An HTTP-date has whole seconds only. */
const maintenanceEnd = new Date(Math.floor(Date.now() / 1000) * 1000 + 60 * 60 * 1000);

/** windows-1251 puts А..я (U+0410..U+044F) at 0xC0..0xFF and keeps ASCII; enough for the text used here. */
function windows1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((char) => {
      const code = char.codePointAt(0) as number;
      return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code;
    }),
  );
}

/** Whether this machine has an IPv6 loopback to test against (some containers have none). */
const hasIpv6Loopback = await new Promise<boolean>((resolve) => {
  const probe = createServer()
    .once('error', () => resolve(false))
    .listen(0, '::1', () => probe.close(() => resolve(true)));
});

type Route = (request: IncomingMessage, response: ServerResponse) => void;

/** A route that always gives the same answer. */
function answer(status: number, headers: OutgoingHttpHeaders = {}, body?: string | Buffer): Route {
  return (_request, response) => response.writeHead(status, headers).end(body);
}

const routes: Record<string, Route> = {
  '/feed': (request, response) => {
    if (request.headers['if-none-match'] === ETAG) {
      response.writeHead(304).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/rss+xml', etag: ETAG, 'last-modified': LAST_MODIFIED });
    response.end(FEED);
  },
  '/renewed-etag': answer(304, { etag: '"v2"' }),
  '/gzip': answer(200, { 'content-encoding': 'gzip' }, gzipSync(FEED)),
  '/deflate': answer(200, { 'content-encoding': 'deflate' }, deflateSync(FEED)),
  '/br': answer(200, { 'content-encoding': 'br' }, brotliCompressSync(FEED)),
  '/x-gzip': answer(200, { 'content-encoding': 'x-gzip' }, gzipSync(FEED)),
  // What some servers send as "deflate": the deflate data without its zlib wrapper.
  '/raw-deflate': answer(200, { 'content-encoding': 'deflate' }, deflateRawSync(FEED)),
  '/chunked-gzip': (_request, response) => {
    const body = gzipSync(FEED);
    response.writeHead(200, { 'content-encoding': 'gzip' });
    response.write(body.subarray(0, 10));
    setTimeout(() => response.end(body.subarray(10)), 20);
  },
  '/empty-deflate': answer(200, { 'content-encoding': 'deflate' }),
  '/not-gzip': answer(200, { 'content-encoding': 'gzip' }, FEED),
  '/not-br': answer(200, { 'content-encoding': 'br' }, FEED),
  '/compress': answer(200, { 'content-encoding': 'compress' }, FEED),
  // gzip magic bytes without Content-Encoding: decodeBody tries to gunzip them itself.
  '/undecodable': answer(200, {}, Buffer.from([0x1f, 0x8b, 0, 0, 0])),
  '/windows-1251': answer(
    200,
    { 'content-type': 'application/rss+xml; charset=windows-1251' },
    windows1251('Мирные переговоры в Стамбуле'),
  ),
  '/moved': answer(301, { location: '/feed' }),
  '/moved-twice': answer(302, { location: 'moved' }),
  '/loop': answer(302, { location: '/loop' }),
  '/to-ftp': answer(302, { location: 'ftp://127.0.0.1/feed' }),
  '/two-megabytes': answer(200, {}, Buffer.alloc(2 * 1024 * 1024, 'a')),
  '/gzip-bomb': answer(200, { 'content-encoding': 'gzip' }, gzipBomb),
  '/drip': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/xml' });
    const timer = setInterval(() => response.write('<'), 100);
    response.on('close', () => clearInterval(timer));
  },
  '/never-answers': () => {},
  '/endless': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/xml' });
    const more = (): void => {
      while (!response.destroyed && response.write(Buffer.alloc(64 * 1024, 'a')));
      if (!response.destroyed) response.once('drain', more);
    };
    more();
  },
  '/missing': answer(404, {}, 'not here'),
  '/broken': answer(500, {}, 'oops'),
  '/rate-limited': answer(429, { 'retry-after': '120' }),
  '/maintenance': answer(503, { 'retry-after': maintenanceEnd.toUTCString() }),
  '/reset': (request) => request.socket.resetAndDestroy(),
  '/hang-up': (request) => request.socket.destroy(),
  '/short-body': (request, response) => {
    response.writeHead(200, { 'content-length': 1000 });
    response.write('<rss>');
    setTimeout(() => request.socket.destroy(), 20);
  },
  '/cut-chunks': (request, response) => {
    response.writeHead(200);
    response.write('<rss>');
    setTimeout(() => request.socket.destroy(), 20);
  },
  '/huge-headers': answer(200, { 'x-padding': 'a'.repeat(64 * 1024) }, FEED),
  '/not-http': (request) => request.socket.end('SSH-2.0-OpenSSH_9.6\r\n'),
};

let server: TestServer;
beforeAll(async () => {
  server = await startServer((request, response) => {
    const route = routes[new URL(request.url ?? '/', 'http://test').pathname];
    if (route) route(request, response);
    else response.writeHead(404).end();
  });
});
afterAll(() => server.close());

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('fetchResource', () => {
  it('returns the decoded body with its type, size, hash and cache validators', async () => {
    const outcome = await fetchResource(server.url('/feed'));
    expect(outcome).toEqual({
      kind: 'fresh',
      url: server.url('/feed'),
      finalUrl: server.url('/feed'),
      status: 200,
      contentType: 'application/rss+xml',
      body: FEED,
      bytes: FEED.length,
      bodyHash: createHash('sha256').update(FEED).digest('hex'),
      validators: { etag: ETAG, lastModified: LAST_MODIFIED },
    });
  });

  it('hashes the bytes after decompression: the same feed gzipped or not has one hash', async () => {
    const plain = await fetchResource(server.url('/feed'));
    const gzipped = await fetchResource(server.url('/gzip'));
    if (plain.kind !== 'fresh' || gzipped.kind !== 'fresh') throw new Error('expected two fresh fetches');
    expect(gzipped.bodyHash).toBe(plain.bodyHash);
  });

  it('introduces itself and asks for feeds, compressed', async () => {
    await fetchResource(server.url('/feed'));
    const headers = server.requests.at(-1);
    expect(headers?.['user-agent']).toBe(`talkwatch/${PACKAGE_VERSION} (+https://github.com/talkwatch/talkwatch)`);
    expect(headers?.accept).toBe(FETCH_DEFAULTS.accept);
    expect(headers?.['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('sends the user agent and accept header it is given', async () => {
    await fetchResource(server.url('/feed'), { userAgent: 'custom/1.0', accept: ARTICLE_ACCEPT });
    expect(server.requests.at(-1)?.['user-agent']).toBe('custom/1.0');
    expect(server.requests.at(-1)?.accept).toBe(ARTICLE_ACCEPT);
  });

  describe('conditional GET', () => {
    it('sends the validators of the last fetch back and reports 304 as not modified', async () => {
      const first = await fetchResource(server.url('/feed'));
      if (first.kind !== 'fresh') throw new Error('expected a fresh first fetch');
      const second = await fetchResource(server.url('/feed'), { validators: first.validators });
      expect(server.requests.at(-1)).toMatchObject({ 'if-none-match': ETAG, 'if-modified-since': LAST_MODIFIED });
      expect(second).toEqual({
        kind: 'not-modified',
        url: server.url('/feed'),
        validators: { etag: ETAG, lastModified: LAST_MODIFIED },
      });
    });

    it('takes the validators a 304 sends over the old ones', async () => {
      const outcome = await fetchResource(server.url('/renewed-etag'), {
        validators: { etag: ETAG, lastModified: LAST_MODIFIED },
      });
      expect(outcome.validators).toEqual({ etag: '"v2"', lastModified: LAST_MODIFIED });
    });

    it('still gets a 304 from a feed that moved', async () => {
      const outcome = await fetchResource(server.url('/moved'), { validators: { etag: ETAG } });
      expect(outcome.kind).toBe('not-modified');
    });
  });

  it.each(['gzip', 'x-gzip', 'deflate', 'raw-deflate', 'br', 'chunked-gzip'])('decompresses a %s body', async (encoding) => {
    const outcome = await fetchResource(server.url(`/${encoding}`));
    expect(outcome).toMatchObject({ kind: 'fresh', body: FEED, bytes: FEED.length });
  });

  it('reads an empty deflate body (telling raw from zlib deflate waits for no first byte)', async () => {
    const outcome = await fetchResource(server.url('/empty-deflate'), { timeoutMs: 2000 });
    expect(outcome).toMatchObject({ kind: 'fresh', body: '', bytes: 0 });
  });

  it('says when a body does not match its Content-Encoding', async () => {
    const error = await failure(fetchResource(server.url('/not-gzip')));
    expect(error.message).toBe('fetch: cannot decompress body (incorrect header check)');
    const brotli = await failure(fetchResource(server.url('/not-br')));
    expect(brotli.message).toMatch(/^fetch: cannot decompress body \(.+\)$/);
  });

  it('refuses a Content-Encoding it cannot decompress, naming it', async () => {
    const error = await failure(fetchResource(server.url('/compress')));
    expect(error.message).toBe('fetch: unsupported Content-Encoding "compress"');
  });

  it('reports a body that cannot be decoded as a fetch failure of that URL', async () => {
    const error = await failure(fetchResource(server.url('/undecodable')));
    expect(error.url).toBe(server.url('/undecodable'));
    expect(error.message).toMatch(/^fetch: /);
  });

  it('decodes a body in the charset its Content-Type names', async () => {
    const outcome = await fetchResource(server.url('/windows-1251'));
    expect(outcome).toMatchObject({ kind: 'fresh', body: 'Мирные переговоры в Стамбуле' });
  });

  describe('redirects', () => {
    it('follows relative redirects and says where the body came from', async () => {
      const outcome = await fetchResource(server.url('/moved-twice'));
      expect(outcome).toMatchObject({
        kind: 'fresh',
        url: server.url('/moved-twice'),
        finalUrl: server.url('/feed'),
        body: FEED,
      });
    });

    it('refuses a redirect loop, naming the limit', async () => {
      const error = await failure(fetchResource(server.url('/loop'), { maxRedirects: 3 }));
      expect(error.message).toBe('fetch: too many redirects (more than 3)');
      expect(error.url).toBe(server.url('/loop'));
    });

    it('refuses a redirect to a scheme other than http and https', async () => {
      const error = await failure(fetchResource(server.url('/to-ftp')));
      expect(error.message).toBe('fetch: unsupported URL scheme ftp: (redirected to ftp://127.0.0.1/feed)');
    });
  });

  it.runIf(hasIpv6Loopback)('fetches from an IPv6 literal host', async () => {
    const v6 = await startServer(answer(200, { 'content-type': 'application/rss+xml' }, FEED), '::1');
    try {
      expect(v6.url('/feed')).toMatch(/^http:\/\/\[::1\]:\d+\/feed$/);
      expect(await fetchResource(v6.url('/feed'))).toMatchObject({ kind: 'fresh', body: FEED });
      expect(v6.requests[0]?.host).toBe(new URL(v6.url('/')).host);
    } finally {
      await v6.close();
    }
  });

  it('refuses a URL that is not http or https without connecting', async () => {
    const error = await failure(fetchResource('ftp://127.0.0.1/feed'));
    expect(error.message).toBe('fetch: unsupported URL scheme ftp:');
  });

  describe('size cap', () => {
    it('refuses a body larger than the cap', async () => {
      const error = await failure(fetchResource(server.url('/two-megabytes'), { maxBytes: 1024 * 1024 }));
      expect(error.message).toBe('fetch: body larger than 1 MB');
    });

    it('caps the decompressed size, so a small gzip bomb is refused', async () => {
      expect(gzipBomb.byteLength).toBeLessThan(1024 * 1024);
      const error = await failure(fetchResource(server.url('/gzip-bomb'), { maxBytes: 1024 * 1024 }));
      expect(error.message).toBe('fetch: body larger than 1 MB');
    });
  });

  describe('deadline', () => {
    it('covers the whole body: a server that drips bytes is cut off', async () => {
      const error = await failure(fetchResource(server.url('/drip'), { timeoutMs: 500 }));
      expect(error.message).toBe('fetch: timed out after 500 ms');
    });

    it('cuts off a server that never answers', async () => {
      const error = await failure(fetchResource(server.url('/never-answers'), { timeoutMs: 300 }));
      expect(error.message).toBe('fetch: timed out after 300 ms');
    });
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = fetchResource(server.url('/never-answers'), { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await failure(pending);
    expect(error.message).toBe('fetch: aborted');
  });

  describe('HTTP errors', () => {
    it.each([
      ['/missing', 404, 'fetch: resource not found (404 status code)'],
      ['/broken', 500, 'fetch: server error (500 status code)'],
    ])('%s: says what the status means', async (path, status, message) => {
      const error = await failure(fetchResource(server.url(path)));
      expect(error).toMatchObject({ message, status, url: server.url(path), retryAfter: undefined });
    });

    it('reads Retry-After in seconds from a 429', async () => {
      const before = Date.now();
      const error = await failure(fetchResource(server.url('/rate-limited')));
      const after = Date.now();
      const retryAfter = error.retryAfter?.getTime() ?? Number.NaN;
      expect(retryAfter).toBeGreaterThanOrEqual(before + 120_000);
      expect(retryAfter).toBeLessThanOrEqual(after + 120_000);
      expect(error.status).toBe(429);
      expect(error.message).toBe(
        `fetch: too many requests (429 status code), retry after ${error.retryAfter?.toISOString()}`,
      );
    });

    it('reads Retry-After as an HTTP-date from a 503', async () => {
      const error = await failure(fetchResource(server.url('/maintenance')));
      expect(error.retryAfter).toEqual(maintenanceEnd);
      expect(error.message).toBe(
        `fetch: service unavailable (503 status code), retry after ${maintenanceEnd.toISOString()}`,
      );
    });
  });

  describe('network errors', () => {
    it('names the address when the connection is refused', async () => {
      const port = await closedPort();
      const error = await failure(fetchResource(`http://127.0.0.1:${port}/feed`));
      expect(error.message).toBe(`fetch: connection refused (127.0.0.1:${port})`);
    });

    it('says when the server resets the connection', async () => {
      const error = await failure(fetchResource(server.url('/reset')));
      expect(error.message).toBe('fetch: connection reset');
    });

    it('says when the server closes the connection without answering', async () => {
      const error = await failure(fetchResource(server.url('/hang-up')));
      expect(error.message).toBe('fetch: connection closed by the server');
    });

    it.each(['/short-body', '/cut-chunks'])('%s: says when the body is cut off', async (path) => {
      const error = await failure(fetchResource(server.url(path)));
      expect(error.message).toBe('fetch: connection closed before the end of the body');
    });

    it('says when the response headers are too large', async () => {
      const error = await failure(fetchResource(server.url('/huge-headers')));
      expect(error.message).toBe('fetch: response headers too large');
    });

    it('says when the answer is not HTTP', async () => {
      const error = await failure(fetchResource(server.url('/not-http')));
      expect(error.message).toMatch(/^fetch: invalid HTTP response \(.+\)$/);
    });

    it('says when an https server does not speak TLS', async () => {
      const url = server.url('/feed').replace('http:', 'https:');
      const error = await failure(fetchResource(url));
      expect(error.message).toBe(`fetch: TLS handshake failed with ${new URL(url).host}`);
    });
  });
});

describe('connections', () => {
  let own: TestServer;
  /** Per connection, how many requests it carried. */
  const carried = new WeakMap<Socket, number>();
  let lastConnection: Socket | undefined;
  beforeAll(async () => {
    own = await startServer((request, response) => {
      lastConnection = request.socket;
      const count = (carried.get(request.socket) ?? 0) + 1;
      carried.set(request.socket, count);
      const path = new URL(request.url ?? '/', 'http://test').pathname;
      if (path !== '/one-per-connection') return void (routes[path] ?? answer(404))(request, response);
      // A server that drops a kept-alive connection, without a word, when it carries a second request.
      if (count > 1) request.socket.destroy();
      else response.writeHead(304).end();
    });
  });
  afterAll(() => own.close());

  /** How many resources of a type keep the event loop alive now (the test server's sides of connections do not). */
  function holding(type: 'TCPSocketWrap' | 'Timeout'): number {
    return process.getActiveResourcesInfo().filter((active) => active === type).length;
  }

  it('keeps a connection open between requests to one server, and reuses it', async () => {
    const before = own.connections();
    for (let round = 0; round < 3; round++) await fetchResource(own.url('/feed'), { validators: { etag: ETAG } });
    await fetchResource(own.url('/gzip'));
    expect(own.connections() - before).toBe(1);
    expect(own.openConnections()).toBe(1);
  });

  it('sends the request again on a new connection when the server dropped the kept-alive one', async () => {
    await fetchResource(own.url('/one-per-connection'));
    const before = own.connections();
    const outcome = await fetchResource(own.url('/one-per-connection'));
    expect(outcome.kind).toBe('not-modified');
    expect(own.connections() - before).toBe(1);
  });

  it('leaves nothing that keeps the process alive once done: no timer, no referenced socket', async () => {
    const sockets = holding('TCPSocketWrap');
    const timers = holding('Timeout');
    await fetchResource(own.url('/feed'));
    await failure(fetchResource(own.url('/missing')));
    await new Promise((resolve) => setImmediate(resolve));
    expect(own.openConnections()).toBeGreaterThan(0);
    expect(holding('TCPSocketWrap')).toBe(sockets);
    // Not equal: the test runner's own timers may have fired meanwhile.
    expect(holding('Timeout')).toBeLessThanOrEqual(timers);
  });

  // A body that has arrived whole (a small gzip bomb, a redirect's) leaves the connection reusable.
  it.each([
    ['the body cap', '/endless', { maxBytes: 1024 * 1024 }],
    ['the deadline', '/drip', { timeoutMs: 300 }],
    ['an unsupported encoding', '/compress', {}],
  ])('closes a connection left mid-body when stopped by %s', async (_name, path, options) => {
    await failure(fetchResource(own.url(path), options));
    await vi.waitFor(() => expect(lastConnection?.destroyed).toBe(true));
  });

  it('closes the connection when the caller aborts mid-body', async () => {
    const controller = new AbortController();
    const pending = fetchResource(own.url('/drip'), { signal: controller.signal });
    setTimeout(() => controller.abort(), 150);
    expect((await failure(pending)).message).toBe('fetch: aborted');
    await vi.waitFor(() => expect(lastConnection?.destroyed).toBe(true));
  });
});
