import { describe, expect, it } from 'vitest';
import { runCli, startCli } from './cli.js';
import { FeedServer, rssFeed } from './feed-server.js';
import { CAP_600K, mailDataDir, useFeedAndMailServers } from './mail-fixtures.js';
import { MailServer } from './mail-server.js';

describe('feed health mail', () => {
  const servers = useFeedAndMailServers();

  it('one mail when a feed starts failing, none while it goes on, one when it recovers', async () => {
    servers.feeds.feeds.set('/flaky.xml', { status: 503 });
    servers.feeds.feeds.set('/steady.xml', { body: rssFeed([]) });
    const data = mailDataDir(
      [
        { name: 'Flaky', url: servers.feeds.url('/flaky.xml') },
        { name: 'Steady', url: servers.feeds.url('/steady.xml') },
      ],
      { feedFailures: 2 },
    );
    const poll = () => runCli(['poll', '--config', data.config], { env: { SMTP_URL: servers.smtp.url() } });
    const subjects = () => servers.smtp.received.map((mail) => mail.parsed.subject);

    await poll();
    expect(subjects()).toEqual([]);
    await poll();
    expect(subjects()).toEqual(['[talkwatch] Feed failing: Flaky']);
    const failing = servers.smtp.received[0]!.parsed;
    expect(failing.text).toMatch(/has failed 2 polls in a row, since \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(failing.text).toContain('Last error: fetch: service unavailable (503 status code)');
    await poll();
    await poll();
    expect(subjects()).toHaveLength(1);

    servers.feeds.feeds.set('/flaky.xml', { body: rssFeed([]) });
    await poll();
    expect(subjects()).toEqual(['[talkwatch] Feed failing: Flaky', '[talkwatch] Feed recovered: Flaky']);
    expect(servers.smtp.received[1]!.parsed.inReplyTo).toBe(failing.messageId);
    await poll();
    expect(subjects()).toHaveLength(2);
  });
});

describe('talkwatch run with a digest schedule', () => {
  it('sends the digest on its schedule, between cycles, and nothing when nothing is new', async () => {
    const feeds = await FeedServer.start();
    const smtp = await MailServer.start();
    feeds.feeds.set('/wire.xml', { body: rssFeed([CAP_600K]) });
    // Polls once at start (then next year); a digest every second.
    const data = mailDataDir([{ name: 'Wire', url: feeds.url('/wire.xml') }], { mode: 'digest', digestSchedule: '* * * * * *' }, { schedule: '0 0 1 1 *' });
    const { child, result } = startCli(['run', '--config', data.config], { env: { SMTP_URL: smtp.url() } });
    let stderr = '';
    const logged = (text: string) =>
      new Promise<void>((resolve) => {
        const listener = (chunk: Buffer): void => {
          stderr += chunk.toString();
          if (stderr.includes(text)) {
            child.stderr?.off('data', listener);
            resolve();
          }
        };
        child.stderr?.on('data', listener);
      });
    await logged('digest: no change since the last one');
    child.kill('SIGTERM');
    expect((await result).code).toBe(0);
    expect(smtp.received.map((mail) => mail.parsed.subject)).toEqual(['[talkwatch] Digest: 1 position change (United States)']);
    await feeds.close();
    await smtp.close();
  });
});
