import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli.js';
import { rssFeed } from './feed-server.js';
import { CAP_600K, CAP_600K_CONFIRMED, mailDataDir, useFeedAndMailServers } from './mail-fixtures.js';

const OUTLETS = ['wire', 'daily', 'herald'];

describe('syndicated reports and minSources', () => {
  const servers = useFeedAndMailServers();
  beforeAll(() => {
    // One wire story, carried by three outlets under their own links.
    for (const outlet of OUTLETS) servers.feeds.feeds.set(`/${outlet}.xml`, { body: rssFeed([{ ...CAP_600K, guid: `${outlet}-cap`, link: `https://${outlet}.example.org/cap` }]) });
  });
  const outlets = () => OUTLETS.map((outlet) => ({ name: outlet[0]!.toUpperCase() + outlet.slice(1), url: servers.feeds.url(`/${outlet}.xml`) }));

  it('counts a report carried by three outlets once, and says the change has a single source', async () => {
    servers.smtp.received.length = 0;
    const data = mailDataDir(outlets());
    const result = await runCli(['poll', '--config', data.config], { env: { SMTP_URL: servers.smtp.url() } });
    expect(result.stdout).toMatch(/positions: 1 changed, 2 restated/);
    expect(servers.smtp.received).toHaveLength(1);
    const mail = servers.smtp.received[0]!.parsed;
    expect(mail.subject).toMatch(/· single source$/);
    expect(mail.text).toContain('Sources: 1 independent outlet (single source), 3 reports');
    const diff = JSON.parse((await runCli(['diff', '--json', '--config', data.config])).stdout);
    expect(diff.changes[0]).toMatchObject({ sources: 1, evidence: [{ feed: 'Wire' }, { feed: 'Daily' }, { feed: 'Herald' }] });
  });

  it('with minSources 2, holds the alert until an independent outlet confirms it', async () => {
    servers.smtp.received.length = 0;
    servers.feeds.feeds.set('/own.xml', { body: rssFeed([]) });
    const data = mailDataDir([...outlets(), { name: 'Own', url: servers.feeds.url('/own.xml') }], { minSources: 2 });
    const poll = () => runCli(['poll', '--config', data.config], { env: { SMTP_URL: servers.smtp.url() } });

    const held = await poll();
    expect(held.code, held.stderr).toBe(0);
    expect(held.stdout).toContain('mail: 1 waiting (for a retry, or for corroboration)');
    expect(servers.smtp.received).toHaveLength(0);

    servers.feeds.feeds.set('/own.xml', { body: rssFeed([CAP_600K_CONFIRMED]) });
    const confirmed = await poll();
    expect(confirmed.stdout).toMatch(/positions: 0 changed, 1 restated/);
    expect(servers.smtp.received).toHaveLength(1);
    const mail = servers.smtp.received[0]!.parsed;
    expect(mail.subject).toBe('[talkwatch] United States · military.army-cap: none ⇒ support');
    expect(mail.text).toContain('Sources: 2 independent outlets, 4 reports');
    expect(mail.text).toContain(CAP_600K_CONFIRMED.body);
  });
});
