import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli.js';
import { FeedServer, rssFeed } from './feed-server.js';
import { CAP_600K, CAP_600K_CONFIRMED, mailDataDir } from './mail-fixtures.js';
import { MailServer } from './mail-server.js';

const OUTLETS = ['wire', 'daily', 'herald'];

describe('syndicated reports and minSources', () => {
  let feeds: FeedServer;
  let smtp: MailServer;
  beforeAll(async () => {
    feeds = await FeedServer.start();
    smtp = await MailServer.start();
    // One wire story, carried by three outlets under their own links.
    for (const outlet of OUTLETS) feeds.feeds.set(`/${outlet}.xml`, { body: rssFeed([{ ...CAP_600K, guid: `${outlet}-cap`, link: `https://${outlet}.example.org/cap` }]) });
  });
  afterAll(async () => {
    await feeds.close();
    await smtp.close();
  });
  const outlets = () => OUTLETS.map((outlet) => ({ name: outlet[0]!.toUpperCase() + outlet.slice(1), url: feeds.url(`/${outlet}.xml`) }));

  it('counts a report carried by three outlets once, and says the change has a single source', async () => {
    smtp.received.length = 0;
    const data = mailDataDir(outlets());
    const result = await runCli(['poll', '--config', data.config], { env: { SMTP_URL: smtp.url() } });
    expect(result.stdout).toMatch(/positions: 1 changed, 2 restated/);
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!.parsed;
    expect(mail.subject).toMatch(/· single source$/);
    expect(mail.text).toContain('Sources: 1 independent outlet (single source), 3 reports');
    const diff = JSON.parse((await runCli(['diff', '--json', '--config', data.config])).stdout);
    expect(diff.changes[0]).toMatchObject({ sources: 1, evidence: [{ feed: 'Wire' }, { feed: 'Daily' }, { feed: 'Herald' }] });
  });

  it('with minSources 2, holds the alert until an independent outlet confirms it', async () => {
    smtp.received.length = 0;
    feeds.feeds.set('/own.xml', { body: rssFeed([]) });
    const data = mailDataDir([...outlets(), { name: 'Own', url: feeds.url('/own.xml') }], { minSources: 2 });
    const poll = () => runCli(['poll', '--config', data.config], { env: { SMTP_URL: smtp.url() } });

    const held = await poll();
    expect(held.code, held.stderr).toBe(0);
    expect(held.stdout).toContain('mail: 1 waiting (for a retry, or for corroboration)');
    expect(smtp.received).toHaveLength(0);

    feeds.feeds.set('/own.xml', { body: rssFeed([CAP_600K_CONFIRMED]) });
    const confirmed = await poll();
    expect(confirmed.stdout).toMatch(/positions: 0 changed, 1 restated/);
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!.parsed;
    expect(mail.subject).toBe('[talkwatch] United States · military.army-cap: none ⇒ support');
    expect(mail.text).toContain('Sources: 2 independent outlets, 4 reports');
    expect(mail.text).toContain(CAP_600K_CONFIRMED.body);
  });
});
