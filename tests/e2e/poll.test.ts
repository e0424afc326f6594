import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDataDir, runCli } from './cli.js';
import { FeedServer, rssFeed, type TestItem } from './feed-server.js';

const RESTATEMENT: TestItem = {
  guid: 'kremlin-regions',
  title: 'Kremlin repeats demand that Kyiv pull troops out of four regions',
  body: 'Kremlin spokesman Dmitry Peskov said on Monday that Russia still demands the complete withdrawal of Ukrainian forces from the Donetsk, Luhansk, Zaporizhzhia and Kherson regions.',
};
const NEW_POSITION: TestItem = {
  guid: 'us-army-cap',
  // Escaped once in the feed's HTML: the title a reader sees holds a literal <script> tag.
  title: 'US peace plan would cap Ukraine\'s army at 600,000 &lt;script&gt;alert(1)&lt;/script&gt;',
  body: 'The US plan caps the size of Ukraine\'s armed forces at 600,000 troops, according to a copy seen by reporters.',
  published: '2025-11-21T09:00:00Z',
};

/** The position alerts in the outbox (feed-health notices aside), parsed as a mail client would. */
async function positionAlerts(dir: string): Promise<ParsedMail[]> {
  const outbox = path.join(dir, 'outbox');
  const files = existsSync(outbox) ? readdirSync(outbox).filter((file) => file.endsWith('.eml')) : [];
  const mails = await Promise.all(files.map((file) => simpleParser(readFileSync(path.join(outbox, file)))));
  return mails.filter((mail) => mail.headers.has('x-talkwatch-change'));
}

describe('talkwatch poll against a real HTTP server', () => {
  let server: FeedServer;
  let data: { dir: string; config: string };

  beforeAll(async () => {
    server = await FeedServer.start();
    server.feeds.set('/wire.xml', { body: rssFeed([RESTATEMENT]) });
    data = makeDataDir([
      { name: 'Wire', url: server.url('/wire.xml') },
      { name: 'Gone', url: server.url('/gone.xml') },
    ]);
  });
  afterAll(() => server.close());

  it('polls, keeps going past a 404 feed, and mails nothing for a restatement', async () => {
    const result = await runCli(['poll', '--config', data.config]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/1 failed/);
    expect(result.stdout).toMatch(/Gone: fetch: resource not found \(404 status code\)/);
    expect(result.stdout).toMatch(/0 changed, 1 restated/);
    expect(await positionAlerts(data.dir)).toEqual([]);

    const health = JSON.parse(readFileSync(path.join(data.dir, 'state', 'feeds.json'), 'utf8'));
    expect(health.Gone).toMatchObject({ consecutiveFailures: 1, lastError: expect.stringContaining('404') });
    expect(health.Wire).toMatchObject({ consecutiveFailures: 0, etag: expect.any(String) });
  });

  it('sends the stored validators on the next poll and reads nothing twice', async () => {
    const before = server.requests.length;
    const result = await runCli(['poll', '--config', data.config]);
    expect(result.code, result.stderr).toBe(0);
    const wireRequest = server.requests.slice(before).find((request) => request.path === '/wire.xml');
    expect(wireRequest?.headers['if-none-match']).toMatch(/^"/);
    expect(result.stdout).toMatch(/1 unchanged/);
    expect(await positionAlerts(data.dir)).toEqual([]);
  });

  it('records a new position and mails one alert for it, with the evidence and escaped feed text', async () => {
    server.feeds.set('/wire.xml', { body: rssFeed([NEW_POSITION, RESTATEMENT]) });
    const result = await runCli(['poll', '--config', data.config]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/new\s+united-states military\.army-cap: none ⇒ support/);

    const mails = await positionAlerts(data.dir);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toContain('military.army-cap');
    expect(mail.subject).toContain('none ⇒ support');
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toContain('analyst@localhost');
    expect(mail.headers.get('x-talkwatch-change')).toMatch(/^c[0-9a-f]{15}$/);
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).not.toContain('<script>');

    const diff = JSON.parse((await runCli(['diff', '--json', '--config', data.config])).stdout);
    expect(mail.text).toContain('600,000');
    expect(mail.text).toContain(diff.changes[0].evidence[0].quote);
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({
      party: 'united-states',
      issue: 'military.army-cap',
      kind: 'new',
      before: null,
      after: { stance: 'support', detail: { numbers: [600000] } },
      evidence: [{ feed: 'Wire', link: 'https://news.example.org/us-army-cap', quote: expect.stringContaining('600,000') }],
    });
  });

  it('does not mail the same change again on later polls', async () => {
    server.feeds.set('/wire.xml', { body: rssFeed([NEW_POSITION, RESTATEMENT, { ...RESTATEMENT, guid: 'kremlin-regions-2' }]) });
    const result = await runCli(['poll', '--config', data.config]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/0 changed/);
    expect(await positionAlerts(data.dir)).toHaveLength(1);
  });

  it('fails the run only when every feed fails', async () => {
    const broken = makeDataDir([{ name: 'Gone', url: server.url('/gone.xml') }]);
    const result = await runCli(['poll', '--config', broken.config]);
    expect(result.code).toBe(1);
  });

  it('leaves a feed alone until its Retry-After, across runs', async () => {
    server.feeds.set('/busy.xml', { status: 429, headers: { 'Retry-After': '3600' } });
    const busy = makeDataDir([
      { name: 'Busy', url: server.url('/busy.xml') },
      { name: 'Wire', url: server.url('/wire.xml') },
    ]);
    const first = await runCli(['poll', '--config', busy.config]);
    expect(first.stdout).toMatch(/Busy: fetch: too many requests \(429 status code\)/);
    const retryAfter = JSON.parse(readFileSync(path.join(busy.dir, 'state', 'feeds.json'), 'utf8')).Busy.retryAfter;
    expect(Date.parse(retryAfter) - Date.now()).toBeGreaterThan(3_000_000);

    const before = server.requests.filter((request) => request.path === '/busy.xml').length;
    const second = await runCli(['poll', '--config', busy.config]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/1 skipped/);
    expect(server.requests.filter((request) => request.path === '/busy.xml')).toHaveLength(before);
  });

  it('reads the linked article when the feed is set to fetch full text', async () => {
    server.feeds.set('/teasers.xml', {
      body: rssFeed([{ guid: 'teaser', link: server.url('/article.html'), title: 'Peace talks: what the Kremlin now wants', body: 'Read the full story on our site.' }]),
    });
    server.feeds.set('/article.html', {
      contentType: 'text/html; charset=utf-8',
      body: '<html><body><nav>Home | World</nav><article><h1>Peace talks</h1><p>Kremlin spokesman Dmitry Peskov said Moscow demands that sanctions against Russia be lifted before any ceasefire.</p></article><footer>© Outlet</footer></body></html>',
    });
    const full = makeDataDir([{ name: 'Teasers', url: server.url('/teasers.xml'), fullText: true }]);
    const result = await runCli(['poll', '--config', full.config]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/new\s+russia economy\.sanctions-relief: none ⇒ support/);
  });

  it('does not read a body again that a server ignoring validators sends unchanged', async () => {
    server.feeds.set('/plain.xml', { body: rssFeed([RESTATEMENT]), ignoreValidators: true });
    const plain = makeDataDir([{ name: 'Plain', url: server.url('/plain.xml') }]);
    const first = await runCli(['poll', '--config', plain.config]);
    expect(first.stdout).toMatch(/1 fetched/);
    expect(first.stdout).toMatch(/items: 1 new/);
    const second = await runCli(['poll', '--config', plain.config]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/1 unchanged/);

    server.feeds.set('/plain.xml', { body: rssFeed([NEW_POSITION, RESTATEMENT]), ignoreValidators: true });
    const third = await runCli(['poll', '--config', plain.config]);
    expect(third.stdout).toMatch(/1 fetched/);
    expect(third.stdout).toMatch(/items: 1 new/);
    expect(third.stdout).toMatch(/new\s+united-states military\.army-cap/);
  });
});
