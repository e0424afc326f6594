import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, startCli } from './cli.js';
import { rssFeed } from './feed-server.js';
import { CAP_600K, mailDataDir, useFeedAndMailServers } from './mail-fixtures.js';

/**
 * The invariant: every recorded change is mailed, and none twice, however the process dies.
 * Each test kills a `poll` with SIGKILL (no handler runs) at one point of its cycle, then lets a
 * second `poll` finish, and counts what the SMTP server accepted.
 */
describe('a poll killed mid-cycle', () => {
  const servers = useFeedAndMailServers();
  beforeAll(() => {
    servers.feeds.feeds.set('/wire.xml', { body: rssFeed([CAP_600K]) });
  });

  const setUp = () => {
    servers.smtp.received.length = 0;
    servers.smtp.mode = 'accept';
    return mailDataDir([{ name: 'Wire', url: servers.feeds.url('/wire.xml') }]);
  };
  const history = (dir: string) => readFileSync(path.join(dir, 'snapshots', 'history', 'united-states.jsonl'), 'utf8').trim().split('\n');

  it('while the server holds the message in DATA: the next poll delivers it, once', async () => {
    const data = setUp();
    servers.smtp.mode = 'hang';
    const dataArrived = servers.smtp.nextData();
    const { child, result } = startCli(['poll', '--config', data.config], { env: { SMTP_URL: servers.smtp.url() } });
    await dataArrived;
    child.kill('SIGKILL');
    expect((await result).code).toBeNull();
    expect(servers.smtp.received).toHaveLength(0);

    servers.smtp.mode = 'accept';
    const again = await runCli(['poll', '--config', data.config], { env: { SMTP_URL: servers.smtp.url() } });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/positions: 0 changed/);
    expect(servers.smtp.received).toHaveLength(1);
    expect(history(data.dir)).toHaveLength(1);
  });

  for (const point of ['recorded', 'queued'] as const) {
    it(`right after the change is ${point}: the next poll delivers it, once`, async () => {
      const data = setUp();
      const killed = await runCli(['poll', '--config', data.config], { env: { SMTP_URL: servers.smtp.url(), TALKWATCH_CRASH_AT: point } });
      expect(killed.code).toBeNull();
      expect(servers.smtp.received).toHaveLength(0);

      const again = await runCli(['poll', '--config', data.config], { env: { SMTP_URL: servers.smtp.url() } });
      expect(again.code, again.stderr).toBe(0);
      expect(servers.smtp.received).toHaveLength(1);
      expect(history(data.dir)).toHaveLength(1);
      await runCli(['poll', '--config', data.config], { env: { SMTP_URL: servers.smtp.url() } });
      expect(servers.smtp.received).toHaveLength(1);
    });
  }

  it('after the server accepted, before the outbox knew: sent again with the same Message-ID (the one duplicate the README admits)', async () => {
    const data = setUp();
    const killed = await runCli(['poll', '--config', data.config], { env: { SMTP_URL: servers.smtp.url(), TALKWATCH_CRASH_AT: 'accepted' } });
    expect(killed.code).toBeNull();
    await runCli(['poll', '--config', data.config], { env: { SMTP_URL: servers.smtp.url() } });
    await runCli(['poll', '--config', data.config], { env: { SMTP_URL: servers.smtp.url() } });
    expect(servers.smtp.received).toHaveLength(2);
    expect(servers.smtp.received[1]?.parsed.messageId).toBe(servers.smtp.received[0]?.parsed.messageId);
  });
});
