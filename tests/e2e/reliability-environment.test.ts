import { chmodSync, chownSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliOptions } from './cli.js';
import { FeedServer, rssFeed } from './feed-server.js';
import { CAP_600K, emlFiles, mailDataDir } from './mail-fixtures.js';
import { MailServer } from './mail-server.js';

/** Root writes through any mode bits: the read-only cases run the CLI as nobody when the tests run as root. */
const AS_UNPRIVILEGED: CliOptions = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

/** Every file under `dir`, relative: to see that nothing was half-written or left behind. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

function everyJsonParses(dir: string): void {
  for (const file of filesUnder(dir).filter((name) => /\.jsonl?$/.test(name))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    for (const line of file.endsWith('.jsonl') ? text.split('\n').filter(Boolean) : [text]) expect(() => JSON.parse(line), file).not.toThrow();
  }
}

describe('a bad environment: a clear error naming the path, nothing half-written', () => {
  let feeds: FeedServer;
  beforeAll(async () => {
    feeds = await FeedServer.start();
    feeds.feeds.set('/wire.xml', { body: rssFeed([CAP_600K]) });
  });
  afterAll(() => feeds.close());
  const setUp = () => mailDataDir([{ name: 'Wire', url: feeds.url('/wire.xml') }]);

  it('a read-only data folder: exit 1, naming the folder, nothing written', async () => {
    const data = setUp();
    chmodSync(data.dir, 0o555);
    const result = await runCli(['poll', '--config', data.config], AS_UNPRIVILEGED);
    chmodSync(data.dir, 0o755);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^talkwatch: cannot lock ${data.dir}: EACCES: permission denied, mkdir '${data.dir}/state'\\n$`));
    expect(filesUnder(data.dir)).toEqual(['feeds.json']);
  });

  it('a missing data folder is created; one that cannot be created is named', async () => {
    const data = setUp();
    const missing = path.join(data.dir, 'missing', 'deeper');
    const created = await runCli(['poll', '--config', data.config, '--data-dir', missing]);
    expect(created.code, created.stderr).toBe(0);
    expect(existsSync(path.join(missing, 'snapshots', 'history', 'united-states.jsonl'))).toBe(true);

    chmodSync(data.dir, 0o555);
    const refused = await runCli(['poll', '--config', data.config, '--data-dir', path.join(data.dir, 'elsewhere')], AS_UNPRIVILEGED);
    chmodSync(data.dir, 0o755);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`talkwatch: cannot lock ${path.join(data.dir, 'elsewhere')}: EACCES`);
  });

  it('an unwritable outbox: the change is recorded, the mail waits, and goes once the folder is fixed', async () => {
    const data = mailDataDir([{ name: 'Wire', url: feeds.url('/wire.xml') }], { retryDelay: '0s' });
    // A file where the outbox folder should be: no .eml can be written there, whoever runs the poll.
    writeFileSync(path.join(data.dir, 'outbox'), '');
    const blocked = await runCli(['poll', '--config', data.config, '--log-level', 'error']);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain(`cannot write ${path.join(data.dir, 'outbox')}/`);
    expect(readFileSync(path.join(data.dir, 'snapshots', 'history', 'united-states.jsonl'), 'utf8')).toContain('military.army-cap');
    everyJsonParses(data.dir);

    rmSync(path.join(data.dir, 'outbox'));
    const fixed = await runCli(['poll', '--config', data.config, '--log-level', 'error']);
    expect(fixed.code, fixed.stdout).toBe(0);
    await runCli(['poll', '--config', data.config]);
    expect(emlFiles(data.dir)).toHaveLength(1);
  });

  it('a write that fails mid-cycle (an unwritable history file): named, no temporary file left, nothing lost or doubled', async () => {
    const data = setUp();
    feeds.feeds.set('/quiet.xml', { body: rssFeed([]) });
    const quiet = JSON.parse(readFileSync(data.config, 'utf8')) as { feeds: { url: string }[] };
    const withFeed = (route: string) => writeFileSync(data.config, JSON.stringify({ ...quiet, feeds: [{ name: 'Wire', url: feeds.url(route) }] }));
    // A first poll with nothing new writes the baseline; the folder then belongs to the user the CLI runs as.
    withFeed('/quiet.xml');
    expect((await runCli(['poll', '--config', data.config])).code).toBe(0);
    if (AS_UNPRIVILEGED.uid !== undefined) chownTree(data.dir, AS_UNPRIVILEGED.uid);
    const history = path.join(data.dir, 'snapshots', 'history');
    const unitedStates = path.join(history, 'united-states.jsonl');
    withFeed('/wire.xml');
    chmodSync(unitedStates, 0o444);
    const failed = await runCli(['poll', '--config', data.config], AS_UNPRIVILEGED);
    chmodSync(unitedStates, 0o644);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(new RegExp(`^talkwatch: cannot write ${history}/united-states\\.jsonl: EACCES`, 'm'));
    expect(filesUnder(data.dir).filter((file) => file.endsWith('.tmp'))).toEqual([]);
    everyJsonParses(data.dir);

    const again = await runCli(['poll', '--config', data.config], AS_UNPRIVILEGED);
    expect(again.code, again.stderr).toBe(0);
    await runCli(['poll', '--config', data.config], AS_UNPRIVILEGED);
    expect(readFileSync(unitedStates, 'utf8').trim().split('\n')).toHaveLength(1);
    expect(emlFiles(data.dir)).toHaveLength(1);
  });
});

function chownTree(dir: string, uid: number): void {
  chownSync(dir, uid, uid);
  for (const file of readdirSync(dir, { recursive: true })) chownSync(path.join(dir, String(file)), uid, uid);
}

describe('mail and log hygiene', () => {
  const LOGIN = { user: 'watch', pass: 's3cret-pa55' };
  let feeds: FeedServer;
  let smtp: MailServer;
  beforeAll(async () => {
    feeds = await FeedServer.start();
    smtp = await MailServer.start({ auth: LOGIN });
  });
  afterAll(async () => {
    await feeds.close();
    await smtp.close();
  });

  it('feed text cannot add a header or a recipient, and only http(s) links become links', async () => {
    const injected = {
      ...CAP_600K,
      guid: 'injection',
      // Character references, so that the CR / LF survive the XML and reach the pipeline as text.
      title: 'Peace talks&#13;&#10;Bcc: victim@example.net&#13;&#10;X-Injected: yes',
      body: `${CAP_600K.body}&#13;&#10;Bcc: victim@example.net`,
      link: 'javascript:alert(document.cookie)',
    };
    feeds.feeds.set('/injection.xml', { body: rssFeed([injected]) });
    const data = mailDataDir([{ name: 'Wire', url: feeds.url('/injection.xml') }]);
    const result = await runCli(['poll', '--config', data.config], { env: { SMTP_URL: smtp.url() } });
    expect(result.code, result.stderr).toBe(0);
    expect(smtp.received.length).toBeGreaterThan(0);
    for (const mail of smtp.received) {
      expect(mail.rcptTo).toEqual(['analyst@example.org']);
      const headerBlock = mail.raw.slice(0, mail.raw.search(/\r?\n\r?\n/));
      expect(headerBlock).not.toMatch(/^(bcc|x-injected):/im);
      expect(mail.parsed.html || '').not.toMatch(/href="(?!https?:)/i);
    }
    const report = path.join(data.dir, 'report.html');
    expect((await runCli(['report', '--config', data.config, '--out', report])).code).toBe(0);
    expect(readFileSync(report, 'utf8')).not.toMatch(/href="javascript:/i);
  });

  it('the SMTP password is in no log line or error, at trace level, whether the login succeeds or fails', async () => {
    feeds.feeds.set('/wire.xml', { body: rssFeed([CAP_600K]) });
    for (const pass of [LOGIN.pass, 'wr0ng-pa55']) {
      const data = mailDataDir([{ name: 'Wire', url: feeds.url('/wire.xml') }]);
      const result = await runCli(['poll', '--config', data.config, '--log-level', 'trace'], { env: { SMTP_URL: smtp.url({ user: LOGIN.user, pass }) } });
      expect(result.stderr.length).toBeGreaterThan(0);
      expect(`${result.stdout}${result.stderr}`).not.toContain(pass);
      expect(readFileSync(path.join(data.dir, 'state', 'outbox.json'), 'utf8')).not.toContain(pass);
    }
  });
});
