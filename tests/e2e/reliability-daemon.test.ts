import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../fetch/http-server.js';
import { runCli, startCli } from './cli.js';
import { rssFeed } from './feed-server.js';
import { CAP_600K, CAP_800K, emlFiles, mailDataDir } from './mail-fixtures.js';

const DAY_MS = 86_400_000;
/** An item that changes a feed's body without stating any position. */
const OFF_TOPIC = { guid: 'weather', title: 'Sunny weekend ahead', body: 'Forecasters expect a warm and sunny weekend.' };

interface SeenEntry {
  hash: string;
  lastSeen: string;
}

describe('the daemon over time', () => {
  let server: TestServer;
  let body = rssFeed([CAP_600K]);
  let holdMs = 0;
  let requestArrived: (() => void) | undefined;
  beforeAll(async () => {
    server = await startServer((_request, response) => {
      requestArrived?.();
      // A slow server keeps the cycle in its fetch while the test signals the daemon.
      setTimeout(() => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body), holdMs);
    });
  });
  afterAll(() => server.close());

  it('SIGTERM in the middle of a cycle: the cycle finishes, its change is recorded and mailed, the lock is released, exit 0', async () => {
    body = rssFeed([CAP_600K]);
    holdMs = 2_000;
    const data = mailDataDir([{ name: 'Slow', url: server.url('/slow.xml') }], {}, { schedule: '0 0 1 1 *' });
    const fetching = new Promise<void>((resolve) => (requestArrived = resolve));
    const { child, result } = startCli(['run', '--config', data.config]);
    await fetching;
    child.kill('SIGTERM');
    const { code, stderr } = await result;
    requestArrived = undefined;
    holdMs = 0;
    expect(code, stderr).toBe(0);
    expect(stderr).toContain('SIGTERM received');
    expect(stderr).toContain('talkwatch stopped');
    expect(readFileSync(path.join(data.dir, 'snapshots', 'history', 'united-states.jsonl'), 'utf8')).toContain('military.army-cap');
    expect(emlFiles(data.dir)).toHaveLength(1);
    expect(existsSync(path.join(data.dir, 'state', 'talkwatch.lock'))).toBe(false);
  }, 60_000);

  it('prunes seen items by age, and an item still in its feed is neither forgotten nor alerted again', async () => {
    body = rssFeed([CAP_600K]);
    const data = mailDataDir([{ name: 'Wire', url: server.url('/wire.xml') }]);
    expect((await runCli(['poll', '--config', data.config])).code).toBe(0);
    const seenFile = path.join(data.dir, 'state', 'seen.json');
    const longAgo = new Date(Date.now() - 90 * DAY_MS).toISOString();
    const seen = JSON.parse(readFileSync(seenFile, 'utf8')) as Record<string, SeenEntry>;
    const aged = Object.fromEntries(Object.entries(seen).map(([key, entry]) => [key, { ...entry, lastSeen: longAgo }]));
    writeFileSync(seenFile, JSON.stringify({ ...aged, 'Wire\tgone-from-the-feed': { hash: 'x', lastSeen: longAgo } }));
    const written = statSync(seenFile).mtimeMs;

    // The same body again says nothing about which items left the feed: every entry stays, and the file is not even rewritten.
    const unchanged = await runCli(['poll', '--config', data.config]);
    expect(unchanged.stdout).toContain('1 unchanged');
    expect(Object.keys(JSON.parse(readFileSync(seenFile, 'utf8')) as object)).toHaveLength(2);
    expect(statSync(seenFile).mtimeMs).toBe(written);

    // A body read in full does: the entry of the item still there is refreshed, the other dropped.
    body = rssFeed([CAP_600K, OFF_TOPIC]);
    const again = await runCli(['poll', '--config', data.config]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('items: 1 new');
    const after = JSON.parse(readFileSync(seenFile, 'utf8')) as Record<string, SeenEntry>;
    expect(Object.keys(after).sort()).toEqual([...Object.keys(seen), 'Wire\tweather'].sort());
    expect(Object.values(after).every((entry) => entry.lastSeen > longAgo)).toBe(true);
    expect(emlFiles(data.dir)).toHaveLength(1);
  });

  it('an old report that comes back after its seen entry was pruned does not undo the newer position', async () => {
    body = rssFeed([CAP_600K]);
    const data = mailDataDir([{ name: 'Wire', url: server.url('/wire.xml') }]);
    await runCli(['poll', '--config', data.config]);
    body = rssFeed([CAP_800K]);
    await runCli(['poll', '--config', data.config]);
    // The 600,000 report left the feed beyond the retention: the next poll prunes its entry, then the feed shows it again.
    const seenFile = path.join(data.dir, 'state', 'seen.json');
    const seen = JSON.parse(readFileSync(seenFile, 'utf8')) as Record<string, SeenEntry>;
    const longAgo = new Date(Date.now() - 90 * DAY_MS).toISOString();
    writeFileSync(seenFile, JSON.stringify(Object.fromEntries(Object.entries(seen).map(([key, entry]) => [key, key.endsWith(CAP_600K.guid) ? { ...entry, lastSeen: longAgo } : entry]))));
    // Pruning needs the feed read in full: its next body carries one more item.
    body = rssFeed([CAP_800K, OFF_TOPIC]);
    await runCli(['poll', '--config', data.config]);
    expect(Object.keys(JSON.parse(readFileSync(seenFile, 'utf8')) as object).some((key) => key.endsWith(CAP_600K.guid))).toBe(false);
    body = rssFeed([CAP_800K, CAP_600K, OFF_TOPIC]);
    const returned = await runCli(['poll', '--config', data.config]);
    expect(returned.code, returned.stderr).toBe(0);
    expect(returned.stdout).toMatch(/positions: 0 changed/);
    expect(emlFiles(data.dir)).toHaveLength(2);
  });
});
