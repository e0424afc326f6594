import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli.js';
import { FeedServer, rssFeed } from './feed-server.js';
import { CAP_600K, mailDataDir } from './mail-fixtures.js';
import { MailServer } from './mail-server.js';

describe('an SMTP outage', () => {
  let feeds: FeedServer;
  beforeAll(async () => {
    feeds = await FeedServer.start();
    feeds.feeds.set('/wire.xml', { body: rssFeed([CAP_600K]) });
  });
  afterAll(() => feeds.close());

  it('keeps the alert through refused connections and 4xx replies, and delivers it once when the server is back', async () => {
    // retryDelay 0s: every cycle retries, so the test needs no clock.
    const data = mailDataDir([{ name: 'Wire', url: feeds.url('/wire.xml') }], { retryDelay: '0s' });
    const down = await MailServer.start();
    const port = down.port;
    await down.close();
    const poll = () => runCli(['poll', '--config', data.config], { env: { SMTP_URL: `smtp://127.0.0.1:${port}` } });

    const refused = await poll();
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/positions: 1 changed/);
    expect(refused.stdout).toContain(`mail: not delivered: [talkwatch] United States · military.army-cap: none ⇒ support · single source: cannot connect to 127.0.0.1:${port} (connection refused)`);

    const smtp = await MailServer.start({ port });
    try {
      smtp.mode = 'defer';
      const deferred = await poll();
      expect(deferred.code).toBe(1);
      expect(deferred.stdout).toContain('refused the message after DATA: 451 Try again later');
      expect(smtp.received).toHaveLength(0);

      smtp.mode = 'accept';
      const back = await poll();
      expect(back.code, back.stdout).toBe(0);
      expect(back.stdout).toMatch(/positions: 0 changed/);
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]?.parsed.subject).toContain('military.army-cap: none ⇒ support');

      await poll();
      expect(smtp.received).toHaveLength(1);
      const outbox = JSON.parse(readFileSync(path.join(data.dir, 'state', 'outbox.json'), 'utf8'));
      expect(outbox.entries).toEqual([expect.objectContaining({ status: 'sent', attempts: 2, lastError: expect.stringContaining('451') })]);
    } finally {
      await smtp.close();
    }
  });

  it('waits out the retry delay before trying again', async () => {
    const data = mailDataDir([{ name: 'Wire', url: feeds.url('/wire.xml') }]);
    const smtp = await MailServer.start();
    smtp.mode = 'defer';
    try {
      const poll = () => runCli(['poll', '--config', data.config], { env: { SMTP_URL: smtp.url() } });
      const first = await poll();
      expect(first.code).toBe(1);
      expect(smtp.connections).toBe(1);
      const outbox = JSON.parse(readFileSync(path.join(data.dir, 'state', 'outbox.json'), 'utf8'));
      // The default first delay: 5 minutes.
      expect(Date.parse(outbox.entries[0].nextAttemptAt) - Date.now()).toBeGreaterThan(240_000);

      smtp.mode = 'accept';
      const second = await poll();
      expect(second.code, second.stdout).toBe(0);
      expect(second.stdout).toContain('mail: 1 waiting (for a retry, or for corroboration)');
      expect(smtp.connections).toBe(1);
      expect(smtp.received).toHaveLength(0);
    } finally {
      await smtp.close();
    }
  });
});
