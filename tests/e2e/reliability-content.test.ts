import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDataDir, runCli } from './cli.js';
import { FeedServer, rssFeed } from './feed-server.js';
import * as hostile from './reliability-feeds.js';

// A hostile feed must not be able to take the process's memory: past this heap the child dies.
const BOUNDED_HEAP = { NODE_OPTIONS: '--max-old-space-size=256' };

interface ExtractOutput {
  items: { source: string; id: string; title: string }[];
  errors?: { source: string; error: string }[];
}

/**
 * Hostile feed content, served on 127.0.0.1 and read through the real CLI: each feed is read or
 * refused with a one-line reason, no entity is resolved or expanded, and the good feed beside them
 * still has its change recorded. Only a generous test timeout bounds the time.
 */
describe('hostile feed content', () => {
  let server: FeedServer;
  const routes: Record<string, string | Buffer> = {};
  beforeAll(async () => {
    server = await FeedServer.start();
    Object.assign(routes, {
      '/xxe.xml': hostile.externalEntityFeed(server.url('/xxe-probe')),
      '/laughs.xml': hostile.billionLaughsFeed(),
      '/deep.xml': hostile.deepNestingFeed(50_000, true),
      '/deep-unclosed.xml': hostile.deepNestingFeed(50_000, false),
      '/huge-description.xml': hostile.hugeDescriptionFeed(2 * 1024 * 1024),
      '/many-items.xml': hostile.manyItemsFeed(20_000),
      '/duplicate-guids.xml': hostile.duplicateGuidFeed(),
      '/truncated.xml': hostile.truncatedFeed(),
      '/empty.xml': '',
      '/html.xml': hostile.HTML_PAGE,
      '/gzipped.xml': hostile.gzippedFeed(),
      '/good.xml': rssFeed([hostile.GOOD_ITEM]),
    });
    for (const [route, body] of Object.entries(routes)) server.feeds.set(route, { body });
    server.feeds.set('/xxe-probe', { body: 'root:x:0:0:leaked' });
  });
  afterAll(() => server.close());

  it('poll reads or refuses each, in one line, resolves no entity, and records the good feed\'s change', async () => {
    const data = makeDataDir(Object.keys(routes).map((route) => ({ name: route.slice(1), url: server.url(route) })));
    const result = await runCli(['poll', '--config', data.config], { env: BOUNDED_HEAP });
    expect(result.code, result.stderr).toBe(0);
    const failed = hostile.failedFeeds(result.stdout);
    expect(failed).toEqual({
      'deep.xml': 'not a feed: elements nested deeper than 256 levels',
      'deep-unclosed.xml': 'not a feed: elements nested deeper than 256 levels',
      'empty.xml': 'not a feed: empty body',
      'html.xml': 'not a feed: an HTML page',
    });
    expect(result.stdout).toMatch(/new\s+united-states military\.army-cap: none ⇒ support/);
    const history = readFileSync(path.join(data.dir, 'snapshots', 'history', 'united-states.jsonl'), 'utf8');
    expect(history).not.toContain('root:x:0');
    expect(server.requests.filter((request) => request.path === '/xxe-probe')).toHaveLength(0);
  }, 120_000);

  it('extract lists what each source holds, entities left as written, and one-line errors', async () => {
    const result = await runCli(['extract', '--json', ...Object.keys(routes).map((route) => server.url(route))], { env: BOUNDED_HEAP });
    const output = JSON.parse(result.stdout) as ExtractOutput;
    const from = (route: string) => output.items.filter((item) => item.source === server.url(route));
    expect(from('/xxe.xml')[0]?.title).toBe('Entities: [&file;] [&net;]');
    expect(from('/laughs.xml')[0]?.title).toBe('Laughs &lol9;');
    expect(from('/many-items.xml')).toHaveLength(20_000);
    expect(from('/duplicate-guids.xml').map((item) => item.id)).toEqual(['same', 'same', 'other']);
    expect(from('/truncated.xml').map((item) => item.id)).toContain(hostile.GOOD_ITEM.guid);
    expect(from('/gzipped.xml')[0]?.title).toBe('Gzipped feed item');
    expect(from('/huge-description.xml')).toHaveLength(1);
    for (const error of output.errors ?? []) expect(error.error).toMatch(/^[^\n]+$/);
    expect(output.errors?.map((error) => error.source).sort()).toEqual([server.url('/deep-unclosed.xml'), server.url('/deep.xml')]);
    expect(server.requests.filter((request) => request.path === '/xxe-probe')).toHaveLength(0);
  }, 120_000);

  it('decodes legacy charsets: windows-1251, koi8-r, UTF-16 with BOM, windows-1252 with 0x80–0x9F', async () => {
    const routesByCharset = Object.entries(hostile.LEGACY_CHARSETS).map(([name, feed], index) => {
      server.feeds.set(`/charset-${index}.xml`, { body: feed.body, contentType: feed.contentType });
      return [name, `/charset-${index}.xml`, feed.title] as const;
    });
    const result = await runCli(['extract', '--json', ...routesByCharset.map(([, route]) => server.url(route))]);
    expect(result.code, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout) as ExtractOutput;
    for (const [name, route, title] of routesByCharset) {
      expect(output.items.find((item) => item.source === server.url(route))?.title, name).toBe(title);
    }
  });
});
