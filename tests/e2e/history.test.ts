import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './cli.js';
import { pollWith, watch, type WatchedFolder } from './history-fixture.js';
import { CAP_600K, CAP_800K, RESTATEMENT } from './mail-fixtures.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'main.js');

/**
 * A week of monitoring in three polls: the baseline, then a US plan capping Kyiv's army at
 * 600,000, then a revised draft at 800,000. Between the polls the snapshots are committed to
 * git, as a user following them with `git diff` would.
 */
describe('show, diff and history on a folder built by real polls', () => {
  let folder: WatchedFolder;
  let gitDiff: string;
  const cli = (...args: string[]) => runCli([...args, '--config', folder.config]);
  const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@localhost', ...args], { cwd: `${folder.dir}/snapshots` }).toString();

  beforeAll(async () => {
    folder = await watch([[RESTATEMENT], [CAP_600K, RESTATEMENT]]);
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'after two polls');
    await pollWith(folder.server, folder.config, [CAP_600K, CAP_800K, RESTATEMENT]);
    gitDiff = git('diff', '-U1');
  });
  afterAll(() => folder.server.close());

  it('show: the current positions grouped by issue, with stance, detail, the day they last changed and their sources', async () => {
    const result = await cli('show', 'united-states');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^United States \(united-states\)\n {2}military\n {4}army-cap +support +since \d{4}-\d\d-\d\d {2}1 source\n +800,000\n/);
    const russia = await cli('show', 'russia');
    expect(russia.stdout).toMatch(/ukrainian-withdrawal +support +since 2025-06-02 {2}2 sources\n +regions: kherson, donetsk, zaporizhzhia, luhansk; complete/);
  });

  it('show --at: the positions as they stood after an earlier poll, and --json says the same', async () => {
    const then = JSON.parse((await cli('show', 'united-states', '--at', folder.after[1]!, '--json')).stdout);
    expect(then).toMatchObject({ at: folder.after[1], parties: [{ party: 'united-states', version: 1, positions: [{ issue: 'military.army-cap', stance: 'support', detail: { numbers: [600000] }, sources: 1 }] }] });
    const before = JSON.parse((await cli('show', 'united-states', '--at', folder.after[0]!, '--json')).stdout);
    expect(before.parties[0].positions).toEqual([]);
    const baselineDay = await cli('show', 'russia', '--at', '2025-06-02');
    expect(baselineDay.stdout).toMatch(/positions as they stood at 2025-06-02T23:59:59.999Z[\s\S]*recognize-crimea +support/);
  });

  it('diff: every change oldest first, before / after, a plain word diff when piped, the evidence and its link', async () => {
    const result = await cli('diff', 'united-states');
    expect(result.code, result.stderr).toBe(0);
    const blocks = result.stdout.trim().split('\n\n');
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatch(/ new {2}United States · military\.army-cap {2}\[c[0-9a-f]{15}\]\n {2}before: no position\n {2}after: {2}support \(600,000\)/);
    expect(blocks[1]).toContain('  diff:   support ([-600,000-]{+800,000+})');
    expect(blocks[1]).toContain(`“${CAP_800K.body}”`);
    expect(blocks[1]).toContain('https://news.example.org/cap-800k');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it.runIf(existsSync('/usr/bin/script'))('diff colours the word diff on a terminal, unless NO_COLOR is set', () => {
    // util-linux `script` gives the command a pseudo-terminal, as a person's shell would.
    const onTerminal = (noColor: string): string =>
      execFileSync('script', ['-qec', `node ${JSON.stringify(CLI)} diff united-states --config ${JSON.stringify(folder.config)}`, '/dev/null'], { env: { ...process.env, NO_COLOR: noColor } }).toString();
    expect(onTerminal('')).toContain('\u001b[32m{+800,000+}\u001b[0m');
    expect(onTerminal('1')).not.toContain('\u001b[');
  });

  it('diff --since and --json: the documented shape, filtered by time', async () => {
    const all = JSON.parse((await cli('diff', '--json')).stdout);
    expect(all.changes.map((change: { kind: string }) => change.kind)).toEqual(['new', 'detail']);
    expect(all.changes[1]).toMatchObject({
      id: expect.stringMatching(/^c[0-9a-f]{15}$/),
      party: 'united-states',
      issue: 'military.army-cap',
      kind: 'detail',
      before: { stance: 'support', detail: { numbers: [600000] } },
      after: { stance: 'support', detail: { numbers: [800000] } },
      sources: 1,
      evidence: [{ title: CAP_800K.title, link: 'https://news.example.org/cap-800k', feed: 'Wire', published: '2025-11-21T15:00:00.000Z', quote: CAP_800K.body }],
    });
    const recent = JSON.parse((await cli('diff', '--since', folder.after[1]!, '--json')).stdout);
    expect(recent.changes.map((change: { id: string }) => change.id)).toEqual([all.changes[1].id]);
    expect(JSON.parse((await cli('diff', 'russia', '--since', '7d', '--json')).stdout).changes).toEqual([]);
  });

  it('history: every version of one position, with when and which report changed it', async () => {
    const result = await cli('history', 'united-states', 'military.army-cap');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^United States · military\.army-cap: 2 version\(s\), oldest first\n\nv1 {2}\S+ {2}new/);
    expect(result.stdout).toMatch(/\nv2 {2}\S+ {2}detail [\s\S]*revised draft[\s\S]*https:\/\/news\.example\.org\/cap-800k/);
    const russia = JSON.parse((await cli('history', 'russia', '--json')).stdout);
    expect(russia.versions.length).toBeGreaterThan(5);
    expect(russia.versions[0]).toMatchObject({ version: 1, party: 'russia', kind: 'new', baseline: true, evidence: [{ published: '2025-06-02T00:00:00Z' }] });
  });

  it('answers "what did the position look like then, and what changed it" from history alone', async () => {
    const { versions } = JSON.parse((await cli('history', 'united-states', 'military.army-cap', '--json')).stdout);
    const asOf = (moment: string) => versions.filter((version: { at: string }) => version.at <= moment).at(-1);
    expect(asOf(folder.after[1]!)).toMatchObject({ after: { detail: { numbers: [600000] } }, evidence: [{ link: 'https://news.example.org/cap-600k' }] });
  });

  it('unknown parties and issues are usage errors', async () => {
    expect((await cli('history', 'atlantis')).code).toBe(2);
    const issue = await cli('history', 'russia', 'security.moon');
    expect(issue.code).toBe(2);
    expect(issue.stderr).toContain('unknown issue "security.moon"');
    expect((await cli('show', '--at', 'someday')).stderr).toContain('--at: "someday"');
    expect((await cli('diff', 'atlantis')).code).toBe(2);
  });

  it('git diff of the snapshots after a poll reads as the position that changed, and the history only grows', () => {
    expect(git('diff', '--name-only').trim().split('\n')).toEqual(['history/united-states.jsonl', 'united-states.json']);
    const history = gitDiff.split('diff --git a/united-states.json')[0]!;
    expect(history.split('\n').filter((line) => /^[-+][^-+]/.test(line))).toEqual([expect.stringMatching(/^\+\{"id":"c[0-9a-f]{15}","at":"[^"]+","party":"united-states","issue":"military.army-cap","kind":"detail"/)]);
    const snapshot = gitDiff.split('diff --git a/united-states.json')[1]!;
    const removed = snapshot.split('\n').filter((line) => line.startsWith('-') && !line.startsWith('---'));
    expect(removed).toContainEqual(expect.stringMatching(/^- +600000$/));
    expect(snapshot).toMatch(/^\+ +800000$/m);
    // Outside the position's own block, only the snapshot's version lines move (its version, and the history size that goes with it).
    expect(removed.filter((line) => !/"(version|historyBytes|updated|since|changeId|title|link|published|quote)"|600000/.test(line))).toEqual([]);
  });
});
