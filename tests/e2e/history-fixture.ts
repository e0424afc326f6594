import { expect } from 'vitest';
import { makeDataDir, runCli } from './cli.js';
import { FeedServer, rssFeed, type TestItem } from './feed-server.js';

/** A data folder built the way a user builds one: real polls of a feed on 127.0.0.1 whose items change between polls. */
export interface WatchedFolder {
  server: FeedServer;
  dir: string;
  config: string;
  /** One moment after each poll (ISO), to ask what the positions were then. */
  after: string[];
}

/** Serves each stage's items in turn and polls once per stage; `extra` goes into feeds.json. */
export async function watch(stages: TestItem[][], extra: Record<string, unknown> = {}): Promise<WatchedFolder> {
  const server = await FeedServer.start();
  const { dir, config } = makeDataDir([{ name: 'Wire', url: server.url('/wire.xml') }], extra);
  const after: string[] = [];
  for (const items of stages) {
    await pollWith(server, config, items);
    after.push(new Date().toISOString());
  }
  return { server, dir, config, after };
}

/** One more poll of the folder's feed, now serving `items`. */
export async function pollWith(server: FeedServer, config: string, items: TestItem[]): Promise<string> {
  server.feeds.set('/wire.xml', { body: rssFeed(items) });
  const result = await runCli(['poll', '--config', config]);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}
