import { readFileSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../fetch/http-server.js';
import { makeDataDir, runCli } from './cli.js';
import { rssFeed } from './feed-server.js';
import { failedFeeds, GOOD_ITEM } from './reliability-feeds.js';

/** 200 MB of zeros that travel as about 200 KB. */
const GZIP_BOMB = gzipSync(Buffer.alloc(200 * 1024 * 1024));
const MEGABYTE = Buffer.alloc(1024 * 1024, 'a');

/** Writes `megabytes` MB, one at a time as the client takes them, until done or the client hangs up. */
function stream(response: ServerResponse, megabytes: number): void {
  response.writeHead(200, { 'content-type': 'application/rss+xml' });
  let sent = 0;
  const more = (): void => {
    while (sent < megabytes && !response.destroyed) {
      sent += 1;
      if (!response.write(MEGABYTE)) return void response.once('drain', more);
    }
    response.end();
  };
  more();
}

/**
 * A poll against every kind of hostile server beside one good feed: it ends (bounded by the fetch
 * deadline, not by the servers), within a bounded heap, with one reason per failing feed, the good
 * feed's change recorded, and the servers that asked for a pause left alone on the next run.
 */
describe('hostile servers', () => {
  let server: TestServer;
  const hits = new Map<string, number>();
  beforeAll(async () => {
    server = await startServer((request, response) => {
      const route = request.url ?? '/';
      hits.set(route, (hits.get(route) ?? 0) + 1);
      switch (route) {
        case '/good.xml':
          return void response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed([GOOD_ITEM]));
        case '/gzip-bomb.xml':
          return void response.writeHead(200, { 'content-encoding': 'gzip' }).end(GZIP_BOMB);
        case '/redirect-loop.xml':
          return void response.writeHead(302, { location: '/redirect-loop.xml' }).end();
        case '/drip.xml': {
          response.writeHead(200, { 'content-type': 'application/rss+xml' });
          const timer = setInterval(() => response.write(' '), 3_000);
          return void response.on('close', () => clearInterval(timer));
        }
        case '/never-answers.xml':
          return;
        case '/300-megabytes.xml':
          return stream(response, 300);
        case '/server-error.xml':
          return void response.writeHead(500).end('oops');
        case '/rate-limited.xml':
          return void response.writeHead(429, { 'retry-after': '3600' }).end();
        case '/maintenance.xml':
          return void response.writeHead(503, { 'retry-after': new Date(Date.now() + 7_200_000).toUTCString() }).end();
        default:
          return void response.writeHead(404).end();
      }
    });
  });
  afterAll(() => server.close());

  it('a poll finishes, records the good feed, says why each other failed, and honours Retry-After on the next run', async () => {
    const routes = ['/good.xml', '/gzip-bomb.xml', '/redirect-loop.xml', '/drip.xml', '/never-answers.xml', '/300-megabytes.xml', '/server-error.xml', '/rate-limited.xml', '/maintenance.xml'];
    const data = makeDataDir(routes.map((route) => ({ name: route.slice(1), url: server.url(route) })));
    const env = { NODE_OPTIONS: '--max-old-space-size=256' };
    const first = await runCli(['poll', '--config', data.config], { env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/new\s+united-states military\.army-cap: none ⇒ support/);
    const failed = failedFeeds(first.stdout);
    expect(failed).toMatchObject({
      'gzip-bomb.xml': 'fetch: body larger than 10 MB',
      'redirect-loop.xml': 'fetch: too many redirects (more than 5)',
      'drip.xml': 'fetch: timed out after 20 s',
      'never-answers.xml': 'fetch: timed out after 20 s',
      '300-megabytes.xml': 'fetch: body larger than 10 MB',
      'server-error.xml': 'fetch: server error (500 status code)',
    });
    expect(failed['rate-limited.xml']).toMatch(/^fetch: too many requests \(429 status code\), retry after /);
    expect(failed['maintenance.xml']).toMatch(/^fetch: service unavailable \(503 status code\), retry after /);
    expect(readFileSync(path.join(data.dir, 'snapshots', 'history', 'united-states.jsonl'), 'utf8')).toContain('military.army-cap');

    // The next run, over the feeds that asked for a pause and the good one only, so as not to wait out the deadline twice.
    const config = JSON.parse(readFileSync(data.config, 'utf8')) as { feeds: { name: string }[] };
    config.feeds = config.feeds.filter((feed) => ['good.xml', 'rate-limited.xml', 'maintenance.xml'].includes(feed.name));
    writeFileSync(data.config, JSON.stringify(config));
    const paused = ['/rate-limited.xml', '/maintenance.xml'].map((route) => hits.get(route));
    const second = await runCli(['poll', '--config', data.config], { env });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/2 skipped/);
    expect(['/rate-limited.xml', '/maintenance.xml'].map((route) => hits.get(route))).toEqual(paused);
  }, 120_000);
});
