import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.js';
import { rssFeed } from './feed-server.js';
import { aboutArmyCap, CAP_600K, CAP_600K_CONFIRMED, CAP_800K, emlFiles, mailDataDir, useFeedAndMailServers } from './mail-fixtures.js';

const CHURCH = {
  guid: 'church',
  title: 'Peace talks: Moscow on the church',
  body: 'Kremlin spokesman Dmitry Peskov said Moscow demands that Kyiv repeal its law banning the Russian Orthodox Church.',
  published: '2025-11-21T11:00:00Z',
};

describe('talkwatch digest', () => {
  const servers = useFeedAndMailServers();

  it('in digest mode: no alerts; --dry-run prints and marks nothing; the digest covers each change once; nothing new, no mail', async () => {
    servers.feeds.feeds.set('/digest-wire.xml', { body: rssFeed([CAP_600K, CHURCH]) });
    const data = mailDataDir([{ name: 'Wire', url: servers.feeds.url('/digest-wire.xml') }, { name: 'Gone', url: servers.feeds.url('/gone.xml') }], { mode: 'digest' });
    const env = { SMTP_URL: servers.smtp.url() };
    const run = (...args: string[]) => runCli([...args, '--config', data.config], { env });

    const polled = await run('poll');
    expect(polled.stdout).toMatch(/positions: 2 changed/);
    expect(servers.smtp.received).toHaveLength(0);

    const outbox = path.join(data.dir, 'state', 'outbox.json');
    const before = readFileSync(outbox, 'utf8');
    const dry = await run('digest', '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('Subject: [talkwatch] Digest: 2 position changes (Russia, United States)');
    expect(dry.stdout).toContain('(dry run: nothing sent, nothing marked)');
    expect(servers.smtp.connections).toBe(0);
    expect(readFileSync(outbox, 'utf8')).toBe(before);

    const sent = await run('digest');
    expect(sent.code, sent.stdout).toBe(0);
    expect(servers.smtp.received).toHaveLength(1);
    const digest = servers.smtp.received[0]!.parsed;
    expect(digest.subject).toBe('[talkwatch] Digest: 2 position changes (Russia, United States)');
    expect(digest.headers.get('x-talkwatch-kind')).toBe('digest');
    const text = digest.text ?? '';
    expect(text.indexOf('RUSSIA')).toBeLessThan(text.indexOf('UNITED STATES'));
    expect(text).toContain('society.church');
    expect(text).toContain('military.army-cap');
    expect(text).toContain('Feed health');
    expect(text).toMatch(/Gone: failing since .* \(1 poll in a row\): fetch: resource not found \(404 status code\)/);
    expect(digest.html).toContain('Feed health');

    const again = await run('digest');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('no change since the last digest: nothing to send');
    expect(servers.smtp.received).toHaveLength(1);

    servers.feeds.feeds.set('/digest-wire.xml', { body: rssFeed([CAP_600K, CHURCH, CAP_800K]) });
    await run('poll');
    await run('digest');
    expect(servers.smtp.received).toHaveLength(2);
    const second = servers.smtp.received[1]!.parsed;
    expect(second.subject).toMatch(/^\[talkwatch\] Digest: \d+ position changes? \(United States\)$/);
    expect(second.text).toContain('support: 600,000 ⇒ 800,000');
    expect(second.text).not.toContain('society.church');
  });

  it('A ⇒ B ⇒ A within the window: one wavering note in the digest, not a pair of alerts', async () => {
    servers.smtp.received.length = 0;
    servers.feeds.feeds.set('/waver.xml', { body: rssFeed([CAP_600K]) });
    const data = mailDataDir([{ name: 'Wire', url: servers.feeds.url('/waver.xml') }], { mode: 'both' });
    const run = (...args: string[]) => runCli([...args, '--config', data.config], { env: { SMTP_URL: servers.smtp.url() } });

    await run('poll');
    expect(servers.smtp.received.map((mail) => mail.parsed.subject)).toEqual(['[talkwatch] United States · military.army-cap: none ⇒ support · single source']);

    // 800,000, then 600,000 again from another report: one cycle, two changes, no alert.
    servers.feeds.feeds.set('/waver.xml', { body: rssFeed([CAP_600K, CAP_800K, CAP_600K_CONFIRMED]) });
    const polled = await run('poll');
    expect(polled.stdout).toMatch(/detail\s+united-states military\.army-cap/);
    expect(polled.stdout).toMatch(/wavering united-states military\.army-cap/);
    expect(aboutArmyCap(servers.smtp.received)).toHaveLength(1);

    const sent = servers.smtp.received.length;
    await run('digest');
    expect(servers.smtp.received).toHaveLength(sent + 1);
    const digest = servers.smtp.received[sent]!.parsed;
    expect(digest.subject).toMatch(/^\[talkwatch\] Digest: \d+ position changes?, 1 wavering \(United States\)$/);
    expect(digest.text).toMatch(/Wavering: support \(600,000\) ⇒ support \(800,000\) ⇒ support \(600,000\), back between/);
    expect(digest.text?.match(/\[-600,000-\]\{\+800,000\+\}/g) ?? []).toHaveLength(0);

    const diff = JSON.parse((await run('diff', 'united-states', '--json')).stdout);
    const capChanges = diff.changes.filter((change: { issue: string }) => change.issue === 'military.army-cap');
    expect(capChanges.map((change: { kind: string }) => change.kind)).toEqual(['new', 'detail', 'wavering']);
    expect(capChanges[2].reverts).toBe(capChanges[1].id);
  });

  it('writes .eml files like alerts when no SMTP_URL is set', async () => {
    servers.feeds.feeds.set('/eml.xml', { body: rssFeed([CHURCH]) });
    const data = mailDataDir([{ name: 'Wire', url: servers.feeds.url('/eml.xml') }], { mode: 'digest' });
    await runCli(['poll', '--config', data.config]);
    expect(emlFiles(data.dir)).toEqual([]);
    const result = await runCli(['digest', '--config', data.config]);
    expect(result.code, result.stderr).toBe(0);
    expect(emlFiles(data.dir)).toEqual([expect.stringMatching(/-digest\.[0-9a-f]{16}\.eml$/)]);
  });
});
