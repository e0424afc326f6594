import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { makeDataDir } from './cli.js';
import { FeedServer } from './feed-server.js';
import { MailServer } from './mail-server.js';
import type { TestItem } from './feed-server.js';

/** Reports whose positions the extractor reads (united-states / military.army-cap), in the order a story would unfold. */
export const CAP_600K: TestItem = {
  guid: 'cap-600k',
  // Entity-encoded in the feed, so that the title a reader sees really holds a script tag.
  title: 'Peace talks: Washington\'s plan for Kyiv\'s army &lt;script&gt;alert(1)&lt;/script&gt;',
  body: 'The US plan caps the size of Ukraine\'s armed forces at 600,000 troops, according to a copy seen by reporters.',
  published: '2025-11-21T09:00:00Z',
};
export const CAP_800K: TestItem = {
  guid: 'cap-800k',
  title: 'Peace talks: a bigger army for Kyiv',
  body: 'The US plan now caps the size of Ukraine\'s armed forces at 800,000 troops, according to a revised draft.',
  published: '2025-11-21T15:00:00Z',
};
/** 600,000 again, from another report: after CAP_800K within the window, the position wavers. */
export const CAP_600K_CONFIRMED: TestItem = {
  guid: 'cap-600k-confirmed',
  title: 'Peace talks: officials confirm the ceiling',
  body: 'A US official confirmed that Washington wants Ukraine\'s army limited to 600,000 soldiers under the peace deal.',
  published: '2025-11-21T18:00:00Z',
};
/** A known position of the baseline, said again: corroboration, never mail. */
export const RESTATEMENT: TestItem = {
  guid: 'kremlin-regions',
  title: 'Kremlin repeats demand that Kyiv pull troops out of four regions',
  body: 'Kremlin spokesman Dmitry Peskov said on Monday that Russia still demands the complete withdrawal of Ukrainian forces from the Donetsk, Luhansk, Zaporizhzhia and Kherson regions.',
  published: '2025-11-20T10:00:00Z',
};

export const EMAIL = { from: 'talkwatch@example.org', to: 'analyst@example.org', mode: 'immediate' };

/**
 * The mails about the army cap. The extractor may read other positions from the same reports
 * (it is tuned apart from these tests); what the tests follow is this one position.
 */
export function aboutArmyCap<T extends { parsed: { subject?: string } }>(mails: T[]): T[] {
  return mails.filter((mail) => mail.parsed.subject?.includes('military.army-cap'));
}

/** A data folder whose config has the given feeds and e-mail settings (over EMAIL). */
export function mailDataDir(feeds: { name: string; url: string }[], email: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): { dir: string; config: string } {
  return makeDataDir(feeds, { email: { ...EMAIL, ...email }, ...extra });
}

export function emlFiles(dir: string): string[] {
  const outbox = path.join(dir, 'outbox');
  return existsSync(outbox) ? readdirSync(outbox).filter((file) => file.endsWith('.eml')) : [];
}

export interface Servers {
  feeds: FeedServer;
  smtp: MailServer;
}

/** A news site and an SMTP server on 127.0.0.1 for the tests of one describe block: started before them, closed after. */
export function useFeedAndMailServers(): Servers {
  const servers = {} as Servers;
  beforeAll(async () => {
    servers.feeds = await FeedServer.start();
    servers.smtp = await MailServer.start();
  });
  afterAll(async () => {
    await servers.feeds.close();
    await servers.smtp.close();
  });
  return servers;
}
