import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, browserAvailable, launchBrowser } from '../report/browser.js';
import { makeDataDir, REPO_ROOT, runCli } from './cli.js';
import { FeedServer, rssFeed } from './feed-server.js';
import { watch, type WatchedFolder } from './history-fixture.js';
import { CAP_600K, CAP_800K, RESTATEMENT } from './mail-fixtures.js';

const ARMY_CAP = 'a.cell[data-party="united-states"][data-issue="military.army-cap"]';

describe('talkwatch report', () => {
  let folder: WatchedFolder;
  let html: string;
  let file: string;

  beforeAll(async () => {
    folder = await watch([[RESTATEMENT], [CAP_600K, RESTATEMENT], [CAP_600K, CAP_800K, RESTATEMENT]]);
    const result = await runCli(['report', '--config', folder.config]);
    expect(result.code, result.stderr).toBe(0);
    file = path.join(folder.dir, 'snapshots', 'report.html');
    expect(result.stdout).toBe(`report written: ${file}\n`);
    html = readFileSync(file, 'utf8');
  });
  afterAll(() => folder.server.close());

  it('is one self-contained page: nothing to load, every feed value escaped, only http(s) links', () => {
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b|\bsrc=|@import|url\(/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"`);
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).toContain('Washington&#39;s plan for Kyiv&#39;s army &lt;script&gt;alert(1)&lt;/script&gt;');
    for (const [, href] of html.matchAll(/href="([^"#][^"]*)"/g)) expect(href).toMatch(/^https?:\/\//);
  });

  it('writes where --out says', async () => {
    const out = path.join(folder.dir, 'elsewhere', 'positions.html');
    const result = await runCli(['report', '--out', out, '--config', folder.config]);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<h1>Positions in the Russia–Ukraine peace talks</h1>');
  });

  it.runIf(browserAvailable())('opens from file:// in chromium: matrix, marked change, a cell\'s history on click, phone width and print', async () => {
    const desktop = await launchBrowser({ width: 1280, height: 900 });
    try {
      const page = await desktop.newPage();
      const requests: string[] = [];
      const dialogs: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(pathToFileURL(file).href);

      const cell = page.locator(ARMY_CAP);
      await expect.poll(() => cell.innerText()).toMatch(/support\s*● changed\s*800,000/);
      expect(await page.locator(`td:has(${ARMY_CAP})`).getAttribute('class')).toBe('support recent');
      expect(await page.locator('a.cell[data-party="russia"][data-issue="territory.ukrainian-withdrawal"]').innerText()).toMatch(/^support\n/);
      expect(await page.locator('#timeline li.change').count()).toBe(2);
      await expect.poll(() => page.locator('#histories').isVisible()).toBe(false);

      await cell.click();
      const history = page.locator('[id="history-united-states--military.army-cap"]');
      await expect.poll(() => history.isVisible()).toBe(true);
      const versions = history.locator('li.change');
      expect(await versions.count()).toBe(2);
      expect(await versions.nth(0).innerText()).toContain('no position ⇒ support (600,000)');
      expect(await versions.nth(1).innerText()).toContain('support (600,000) ⇒ support (800,000)');
      expect(await versions.nth(1).locator('a').getAttribute('href')).toBe('https://news.example.org/cap-800k');
      expect(await page.locator('.position-history:visible').count()).toBe(1);
      await page.screenshot({ path: path.join(ARTIFACTS, 'report-history.png'), fullPage: false });

      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('#histories').isVisible()).toBe(false);

      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#matrix').isVisible()).toBe(true);
      expect(await page.locator('#timeline').isVisible()).toBe(true);
      await page.pdf({ path: path.join(ARTIFACTS, 'report.pdf') });

      expect(dialogs).toEqual([]);
      expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    } finally {
      await desktop.close();
    }

    const phone = await launchBrowser({ width: 375, height: 740 });
    try {
      const page = await phone.newPage();
      await page.goto(pathToFileURL(file).href);
      // The matrix scrolls in its own box: the page itself is never wider than the screen.
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
      await page.locator(ARMY_CAP).click();
      await expect.poll(() => page.locator('[id="history-united-states--military.army-cap"]').isVisible()).toBe(true);
      const panel = await page.locator('#histories').boundingBox();
      expect(panel?.width).toBeLessThanOrEqual(375);
      await page.screenshot({ path: path.join(ARTIFACTS, 'report-phone.png') });
    } finally {
      await phone.close();
    }
  });
});

describe('talkwatch run', () => {
  it('refreshes the report after a cycle that changed a position', async () => {
    const server = await FeedServer.start();
    server.feeds.set('/wire.xml', { body: rssFeed([CAP_600K]) });
    const data = makeDataDir([{ name: 'Wire', url: server.url('/wire.xml') }], { schedule: '0 0 1 1 *' });
    const report = path.join(data.dir, 'snapshots', 'report.html');
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli', 'main.js'), 'run', '--config', data.config], { env: { ...process.env, SMTP_URL: '' } });
    let stderr = '';
    const refreshed = new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('report refreshed')) resolve();
      });
    });
    await refreshed;
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await server.close();
    expect(stderr).toContain('report refreshed');
    expect(existsSync(report)).toBe(true);
    expect(readFileSync(report, 'utf8')).toContain('United States · military.army-cap');
  });
});
