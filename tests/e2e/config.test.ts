import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDataDir, runCli } from './cli.js';

function configWith(content: string): string {
  const { config } = makeDataDir([]);
  writeFileSync(config, content);
  return config;
}

describe('a bad config is refused with exit 2 and a message naming the file and the field', () => {
  it('invalid JSON: the line and column', async () => {
    const config = configWith('{\n  "feeds": [\n    { "name": "x", }\n  ]\n}\n');
    const result = await runCli(['poll', '--config', config]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(config);
    expect(result.stderr).toMatch(/invalid JSON: .*line 3/);
  });

  it('schema violations: every one of them, each with its field path', async () => {
    const config = configWith(
      JSON.stringify({
        email: { from: 'talkwatch@localhost', to: 'analyst@localhost', mode: 'hourly' },
        feeds: [{ name: 'A', url: 'ftp://example.org/feed', colour: 'red' }],
      }),
    );
    const result = await runCli(['poll', '--config', config]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${config}: /email/mode: must be one of "immediate", "digest", "both"`);
    expect(result.stderr).toContain(`${config}: /feeds/0/url: must be an http(s) URL`);
    expect(result.stderr).toContain(`${config}: /feeds/0: unknown key "colour"`);
  });

  it('what a schema cannot check: cron syntax, time zone, duplicate names, patterns', async () => {
    const config = configWith(
      JSON.stringify({
        schedule: 'every five minutes',
        timezone: 'Mars/Olympus',
        match: { include: ['/unclosed(/'] },
        email: { from: 'talkwatch@localhost', to: ['analyst@localhost'] },
        feeds: [
          { name: 'A', url: 'https://example.org/a.xml' },
          { name: 'A', url: 'https://example.org/b.xml' },
        ],
      }),
    );
    const result = await runCli(['check', '--config', config]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\/schedule: invalid cron expression "every five minutes"/);
    expect(result.stderr).toMatch(/\/timezone: unknown time zone "Mars\/Olympus"/);
    expect(result.stderr).toMatch(/\/match\/include\/0: invalid pattern/);
    expect(result.stderr).toMatch(/\/feeds\/1\/name: duplicate feed name "A"/);
  });

  it('a missing config file', async () => {
    const result = await runCli(['poll', '--config', '/nonexistent/feeds.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('/nonexistent/feeds.json: cannot read the config: file not found');
  });

  it('the shipped feeds.json is valid', async () => {
    // `show` loads and validates the config without touching the network.
    const data = makeDataDir([]);
    const result = await runCli(['show', 'russia', '--config', 'feeds.json', '--data-dir', data.dir]);
    expect(result.code, result.stderr).toBe(0);
  });

  it('bad usage exits 2', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(2);
    expect((await runCli(['diff', '--since', 'last tuesday', '--config', 'feeds.json'])).code).toBe(2);
  });
});
