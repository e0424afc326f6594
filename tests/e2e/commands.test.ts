import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDataDir, REPO_ROOT, runCli } from './cli.js';
import { FeedServer, rssFeed } from './feed-server.js';

const SEED = path.join(REPO_ROOT, 'tests', 'extract', 'fixtures', 'seed-article.txt');

describe('talkwatch extract', () => {
  let server: FeedServer;
  beforeAll(async () => {
    server = await FeedServer.start();
    server.feeds.set('/talks.xml', {
      body: rssFeed([
        { guid: 'a', title: 'Kyiv refuses to hold elections under martial law', body: 'Kyiv refuses to hold elections under martial law, officials said.' },
        { guid: 'b', title: 'Shakhtar Donetsk win again', body: 'Shakhtar Donetsk beat Dynamo 2-1 in a football match on Sunday.' },
      ]),
    });
  });
  afterAll(() => server.close());

  it('reads a text article and prints the documented JSON shape', async () => {
    const result = await runCli(['extract', '--json', SEED]);
    expect(result.code, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.errors).toEqual([]);
    expect(output.items).toHaveLength(1);
    const [item] = output.items;
    expect(item).toMatchObject({ id: expect.stringMatching(/^sha256:/), source: SEED, relevant: true });
    expect(item.positions).toContainEqual(
      expect.objectContaining({ party: 'russia', issue: 'territory.ukrainian-withdrawal', stance: 'support', quote: expect.stringContaining('complete withdrawal') }),
    );
  });

  it('reads a feed over HTTP and stdin, marks off-topic items, and lists a bad source without stopping', async () => {
    const feed = readFileSync(path.join(REPO_ROOT, 'data', 'demo', 'stage-2', 'wire.xml'), 'utf8');
    const result = await runCli(['extract', '--json', server.url('/talks.xml'), '-', '/nonexistent/article.txt'], { input: feed });
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout);
    expect(output.errors).toEqual([{ source: '/nonexistent/article.txt', error: 'file not found' }]);
    const byTitle = new Map(output.items.map((item: { title: string }) => [item.title, item]));
    expect(byTitle.get('Kyiv refuses to hold elections under martial law')).toMatchObject({
      relevant: true,
      positions: [expect.objectContaining({ party: 'ukraine', issue: 'process.elections', stance: 'oppose' })],
    });
    expect(byTitle.get('Shakhtar Donetsk win again')).toMatchObject({ relevant: false, positions: [] });
    expect(output.items.filter((item: { source: string }) => item.source === '-').length).toBeGreaterThan(0);
  });

  it('prints a readable listing without --json', async () => {
    const result = await runCli(['extract', SEED]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/russia support territory\.ukrainian-withdrawal/);
  });
});

describe('talkwatch demo', () => {
  it('runs the pipeline offline and says where the snapshots and e-mails went', async () => {
    const result = await runCli(['demo']);
    expect(result.code, result.stderr).toBe(0);
    const dataDir = /data folder: (.+)/.exec(result.stdout)?.[1];
    expect(dataDir).toBeDefined();
    const mails = readdirSync(path.join(dataDir!, 'outbox')).filter((file) => file.endsWith('.eml'));
    // Poll 1 restates known positions only; polls 2 and 3 find changes: an alert for each.
    const changes = [...result.stdout.matchAll(/positions: (\d+) changed/g)].reduce((sum, [, count]) => sum + Number(count), 0);
    expect(changes).toBeGreaterThan(1);
    expect(mails).toHaveLength(changes);
    expect(result.stdout).toMatch(/== poll 1 of 3 ==[\s\S]*positions: 0 changed/);
    expect(result.stdout).toMatch(/detail\s+united-states military\.army-cap: support ⇒ support/);
  });
});

describe('the installed command', () => {
  it('is executable after every build, so `npx talkwatch` runs it however often the tests rebuild', () => {
    const cli = path.join(REPO_ROOT, 'dist', 'cli', 'main.js');
    expect(statSync(cli).mode & 0o111).toBe(0o111);
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  });
});

describe('the shipped snapshots', () => {
  it('are what a new data folder starts from: the baseline report', async () => {
    const data = makeDataDir([]);
    expect((await runCli(['show', '--config', data.config])).code).toBe(0);
    for (const file of ['russia.json', 'ukraine.json', 'europe.json', 'history/russia.jsonl']) {
      expect(readFileSync(path.join(data.dir, 'snapshots', file), 'utf8'), file).toBe(readFileSync(path.join(REPO_ROOT, 'snapshots', file), 'utf8'));
    }
  });
});

describe('talkwatch run', () => {
  it('takes over the lock of a process that died', async () => {
    const data = makeDataDir([]);
    mkdirSync(path.join(data.dir, 'state'), { recursive: true });
    // A pid far above any the kernel hands out: nobody holds this lock.
    writeFileSync(path.join(data.dir, 'state', 'talkwatch.lock'), JSON.stringify({ pid: 2 ** 30, command: 'poll', since: '2025-01-01T00:00:00Z' }));
    const result = await runCli(['poll', '--config', data.config]);
    expect(result.code, result.stderr).toBe(0);
  });

  it('polls at start, refuses a second writer, then stops cleanly on SIGTERM with exit 0', async () => {
    const server = await FeedServer.start();
    server.feeds.set('/wire.xml', { body: rssFeed([]) });
    const data = makeDataDir([{ name: 'Wire', url: server.url('/wire.xml') }], { schedule: '0 0 1 1 *' });
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli', 'main.js'), 'run', '--config', data.config], { env: { ...process.env, SMTP_URL: '' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (stderr.includes('cycle done')) {
          clearInterval(poll);
          resolve();
        }
      }, 50);
    });
    const second = await runCli(['poll', '--config', data.config]);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(new RegExp(`is in use by talkwatch run \\(pid ${child.pid}`));

    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('talkwatch stopped');
    await server.close();
  });
});
