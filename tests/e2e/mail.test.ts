import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli.js';
import { FeedServer, rssFeed } from './feed-server.js';
import { aboutArmyCap, CAP_600K, CAP_800K, mailDataDir, RESTATEMENT } from './mail-fixtures.js';
import { MailServer } from './mail-server.js';

const LOGIN = { user: 'watch', pass: 's3cret-pa55' };

describe('alerts through a real SMTP server', () => {
  let feeds: FeedServer;
  let smtp: MailServer;
  let data: { dir: string; config: string };
  const poll = () => runCli(['poll', '--config', data.config], { env: { SMTP_URL: smtp.url() } });

  beforeAll(async () => {
    feeds = await FeedServer.start();
    smtp = await MailServer.start({ auth: LOGIN });
    data = mailDataDir([{ name: 'Wire', url: feeds.url('/wire.xml') }]);
  });
  afterAll(async () => {
    await feeds.close();
    await smtp.close();
  });

  it('mails nothing for a restatement, and does not even connect', async () => {
    feeds.feeds.set('/wire.xml', { body: rssFeed([RESTATEMENT]) });
    const result = await poll();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/0 changed, 1 restated/);
    expect(smtp.connections).toBe(0);
  });

  it('mails a new position once, with subject, both parts, threading headers and every feed value escaped', async () => {
    feeds.feeds.set('/wire.xml', { body: rssFeed([CAP_600K, RESTATEMENT]) });
    const result = await poll();
    expect(result.code, result.stderr).toBe(0);
    expect(smtp.received).toHaveLength(1);
    const [{ parsed: mail, rcptTo, raw }] = smtp.received as [(typeof smtp.received)[number]];

    expect(rcptTo).toEqual(['analyst@example.org']);
    expect(mail.subject).toBe('[talkwatch] United States · military.army-cap: none ⇒ support · single source');
    const changeId = mail.headers.get('x-talkwatch-change') as string;
    expect(changeId).toMatch(/^c[0-9a-f]{15}$/);
    expect(mail.messageId).toBe(`<${changeId}@example.org>`);
    expect(mail.inReplyTo).toBe('<position.united-states.military.army-cap@example.org>');
    expect(mail.text).toContain('Before:  no position');
    expect(mail.text).toContain('After:   support (600,000)');
    expect(mail.text).toContain('{+support (600,000)+}');
    expect(mail.text).toContain(CAP_600K.body);
    expect(mail.text).toContain('Sources: 1 independent outlet (single source)');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).not.toMatch(/<script|<style/i);
    expect(mail.bcc).toBeUndefined();
    expect(raw).not.toMatch(/^bcc:/im);
    expect(`${result.stdout}${result.stderr}`).not.toContain(LOGIN.pass);
    expect(result.stdout).toContain('mail: sent: [talkwatch] United States · military.army-cap: none ⇒ support');
  });

  it('threads the next change of the same position under the first alert, and never mails one twice', async () => {
    feeds.feeds.set('/wire.xml', { body: rssFeed([CAP_800K, CAP_600K, RESTATEMENT]) });
    const result = await poll();
    expect(result.code, result.stderr).toBe(0);
    const capMails = aboutArmyCap(smtp.received);
    expect(capMails).toHaveLength(2);
    const [first, second] = capMails.map((received) => received.parsed);
    expect(second?.subject).toBe('[talkwatch] United States · military.army-cap: support: 600,000 ⇒ 800,000 · single source');
    expect(second?.inReplyTo).toBe(first?.messageId);
    expect(second?.references).toEqual(['<position.united-states.military.army-cap@example.org>', first?.messageId]);
    expect(second?.text).toContain('[-600,000-]{+800,000+}');

    const received = smtp.received.length;
    await poll();
    expect(smtp.received).toHaveLength(received);
  });
});

describe('talkwatch check with SMTP_URL', () => {
  let smtp: MailServer;
  let tls: MailServer;
  const data = mailDataDir([]);
  const check = (url: string) => runCli(['check', '--config', data.config], { env: { SMTP_URL: url } });

  beforeAll(async () => {
    smtp = await MailServer.start({ auth: LOGIN });
    tls = await MailServer.start({ auth: LOGIN, secure: true });
  });
  afterAll(async () => {
    await smtp.close();
    await tls.close();
  });

  it('connects, says EHLO and logs in, over smtp:// and smtps://', async () => {
    const plain = await check(smtp.url());
    expect(plain.code, plain.stdout).toBe(0);
    expect(plain.stdout).toContain(`ok       mail: SMTP smtp://watch:***@127.0.0.1:${smtp.port} (connected, EHLO answered, login accepted)`);
    const secure = await check(tls.url());
    expect(secure.code, secure.stdout).toBe(0);
    expect(secure.stdout).toMatch(/ok {7}mail: SMTP smtps:\/\/watch:\*\*\*@127\.0\.0\.1:\d+\/\?tls\.rejectUnauthorized=false \(connected/);
  });

  it('says what failed, without the password', async () => {
    const wrong = await check(smtp.url({ user: 'watch', pass: 'wrong-pa55word' }));
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain(`failing  mail (SMTP smtp://watch:***@127.0.0.1:${smtp.port}): 127.0.0.1:${smtp.port} refused the login: 535 Invalid username or password`);
    expect(`${wrong.stdout}${wrong.stderr}`).not.toContain('wrong-pa55word');

    const closed = await MailServer.start();
    const port = closed.port;
    await closed.close();
    const refused = await check(`smtp://127.0.0.1:${port}`);
    expect(refused.stdout).toContain(`cannot connect to 127.0.0.1:${port} (connection refused)`);
  });

  it('refuses mail settings that make no sense, naming the field', async () => {
    const bad = mailDataDir([], { minSources: 0, retryDelay: 'soon' }, { waveringWindow: 'two days' });
    const result = await runCli(['poll', '--config', bad.config]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${bad.config}: /email/minSources: must be >= 1`);
    expect(result.stderr).toContain(`${bad.config}: /email/retryDelay: must be a duration: a whole number and a unit (90s, 30m, 48h, 7d, 2w)`);
    expect(result.stderr).toContain(`${bad.config}: /waveringWindow: must be a duration`);
  });

  it('refuses an SMTP_URL that is not smtp:// or smtps:// as a configuration error', async () => {
    const result = await runCli(['poll', '--config', data.config], { env: { SMTP_URL: 'https://watch:hunter2@mail.example.org' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('SMTP_URL: https://watch:***@mail.example.org/: the scheme must be smtp://');
    expect(result.stderr).not.toContain('hunter2');
  });
});
