/**
 * `npm run bench:poll [-- --feeds N] [--items N] [--history N] [--hosts N] [--no-warm] [--no-peers] [--cpu-prof] [--json]`:
 * the cost of a poll cycle at 1,000 feeds of 50 items (see `bench-poll/workload.ts`), served from
 * 127.0.0.1 by a child process (`bench-poll/server.ts`) that honours ETag / Last-Modified.
 *
 * Four cycles, in this order on one data folder: (a) cold, nothing known; (b) steady, every feed
 * answers 304; (c) steady, the server ignores validators and sends the same bodies again; (d) one
 * new item in every feed. Each is measured as a whole `node dist/cli/main.js poll` process under
 * `/usr/bin/time -v` (wall, user + sys CPU, peak RSS), then inside one warm long-running process
 * (`bench-poll/warm.ts`). When `newsboat` or rss2email's `r2e` is on PATH, the same four cycles
 * run through it on the same server (rss2email with `--no-send` and a sendmail that cannot send),
 * and the table gives talkwatch / peer ratios. Figures are printed, never asserted. `--cpu-prof`
 * writes one V8 CPU profile per talkwatch process into `<work folder>/profiles` (open it in Chrome
 * DevTools); its figures then carry the profiler's overhead. `--history N` starts talkwatch's data
 * folders with N past position changes (`bench-poll/history.ts`), to see what a long history costs.
 */
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ControlAnswer, ServerReady } from './bench-poll/server.js';
import type { WarmRequest, WarmResult } from './bench-poll/warm.js';
import { seedHistory } from './bench-poll/history.js';
import { DEFAULT_SHAPE, WORKLOAD_EPOCH, type WorkloadShape } from './bench-poll/workload.js';

interface Cycle {
  id: 'a' | 'b' | 'c' | 'd';
  label: string;
  generation: number;
  validators: 'honour' | 'ignore';
}

const CYCLES: readonly Cycle[] = [
  { id: 'a', label: 'cold', generation: 0, validators: 'honour' },
  { id: 'b', label: 'steady, all 304', generation: 0, validators: 'honour' },
  { id: 'c', label: 'steady, validators ignored', generation: 0, validators: 'ignore' },
  { id: 'd', label: 'one new item per feed', generation: 1, validators: 'honour' },
];

interface Measure {
  wallS: number;
  cpuS?: number;
  peakRssMb?: number;
  exit: number;
  /** What the server answered during the run: 200s / 304s. */
  served: ControlAnswer;
  note?: string;
}

type Tool = 'talkwatch' | 'talkwatch (warm)' | 'newsboat' | 'rss2email';

const root = path.resolve(import.meta.dirname, '..');
const TIME = '/usr/bin/time';
// Fetches talkwatch runs at once (FETCH_ALL_DEFAULTS.concurrency); newsboat gets as many threads, for a like-for-like wall time.
const NEWSBOAT_THREADS = 8;
const RUN_TIMEOUT_MS = 30 * 60_000;

const { values: options } = parseArgs({
  options: {
    feeds: { type: 'string', default: String(DEFAULT_SHAPE.feeds) },
    items: { type: 'string', default: String(DEFAULT_SHAPE.items) },
    history: { type: 'string', default: '0' },
    hosts: { type: 'string', default: '50' },
    'no-warm': { type: 'boolean', default: false },
    'no-peers': { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const shape: WorkloadShape = { ...DEFAULT_SHAPE, feeds: Number(options.feeds), items: Number(options.items) };

function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function ensureBuilt(): void {
  if (existsSync(path.join(root, 'dist', 'cli', 'main.js')) && existsSync(path.join(root, 'dist', 'pipeline', 'poll-cycle.js'))) return;
  console.error('dist/ missing: npm run build');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

async function startServer(): Promise<{ child: ChildProcess; ports: number[] }> {
  const child = fork(path.join(import.meta.dirname, 'bench-poll', 'server.ts'), [], {
    env: { ...process.env, BENCH_SHAPE: JSON.stringify(shape), BENCH_HOSTS: options.hosts },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<ServerReady>((resolve, reject) => {
    child.once('message', (message) => resolve(message as ServerReady));
    child.once('exit', (code) => reject(new Error(`feed server exited (${code}) before it was ready`)));
  });
  return { child, ports: ready.ports };
}

function feedUrl(ports: number[], feed: number): string {
  return `http://127.0.0.1:${ports[feed % ports.length]}/feed/${feed}.xml`;
}

/** Switches the server to a cycle; answers the requests served since the last switch. */
async function control(ports: number[], generation: number, validators: Cycle['validators']): Promise<ControlAnswer> {
  const response = await fetch(`http://127.0.0.1:${ports[0]}/control?generation=${generation}&validators=${validators}`);
  return (await response.json()) as ControlAnswer;
}

function run(command: string, args: string[], logFile: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    appendFileSync(logFile, `\n$ ${command} ${args.join(' ')}\n`);
    let output = '';
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      // The tail is enough to see why a run failed; a whole cold-cycle log is megabytes.
      appendFileSync(logFile, output.length > 20_000 ? `…${output.slice(-20_000)}` : output);
      resolve(code ?? 1);
    });
  });
}

/** One whole process under /usr/bin/time -v (wall clock from here when time(1) is missing). */
async function measureProcess(command: string, args: string[], logFile: string, env?: NodeJS.ProcessEnv): Promise<Omit<Measure, 'served'>> {
  const timeFile = `${logFile}.time`;
  rmSync(timeFile, { force: true });
  const start = process.hrtime.bigint();
  const exit = existsSync(TIME) ? await run(TIME, ['-v', '-o', timeFile, command, ...args], logFile, env) : await run(command, args, logFile, env);
  const wallS = Number(process.hrtime.bigint() - start) / 1e9;
  if (!existsSync(timeFile)) return { wallS, exit };
  const text = readFileSync(timeFile, 'utf8');
  const field = (name: string): string => new RegExp(`${name}[^:]*: (.+)$`, 'm').exec(text)?.[1]?.trim() ?? '';
  const clock = field('Elapsed \\(wall clock\\) time').split(':').map(Number);
  const elapsed = clock.reduce((sum, part) => sum * 60 + part, 0);
  return {
    wallS: Number.isFinite(elapsed) && elapsed > 0 ? elapsed : wallS,
    cpuS: Number(field('User time')) + Number(field('System time')),
    peakRssMb: Number(field('Maximum resident set size')) / 1024,
    exit,
  };
}

/** Runs the four cycles through `step`, switching the server before each and reading its counts after. */
async function fourCycles(ports: number[], step: (cycle: Cycle) => Promise<Omit<Measure, 'served'>>): Promise<Map<Cycle['id'], Measure>> {
  const results = new Map<Cycle['id'], Measure>();
  for (const cycle of CYCLES) {
    await control(ports, cycle.generation, cycle.validators);
    const measure = await step(cycle);
    results.set(cycle.id, { ...measure, served: await control(ports, cycle.generation, cycle.validators) });
    console.error(`  (${cycle.id}) ${cycle.label}: ${measure.wallS.toFixed(2)} s${measure.exit === 0 ? '' : `, exit ${measure.exit}`}${measure.note ? `; ${measure.note}` : ''}`);
  }
  return results;
}

function talkwatchConfig(dir: string, ports: number[]): string {
  mkdirSync(dir, { recursive: true });
  const feeds = Array.from({ length: shape.feeds }, (_, feed) => ({ name: `Outlet ${feed}`, url: feedUrl(ports, feed) }));
  const file = path.join(dir, 'feeds.json');
  writeFileSync(file, `${JSON.stringify({ email: { from: 'talkwatch@localhost', to: 'analyst@localhost' }, feeds }, null, 1)}\n`);
  const history = Number(options.history);
  if (history > 0) seedHistory(dir, history, new Date(WORKLOAD_EPOCH));
  return file;
}

async function benchProcess(work: string, ports: number[]): Promise<Map<Cycle['id'], Measure>> {
  const config = talkwatchConfig(path.join(work, 'talkwatch'), ports);
  const log = path.join(work, 'talkwatch.log');
  // No SMTP_URL: alerts become .eml files in the data folder, so nothing leaves the machine.
  const env = { ...process.env, SMTP_URL: '' };
  const profile = options['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', path.join(work, 'profiles')] : [];
  return fourCycles(ports, () => measureProcess(process.execPath, [...profile, path.join(root, 'dist', 'cli', 'main.js'), 'poll', '--config', config], log, env));
}

async function benchWarm(work: string, ports: number[]): Promise<Map<Cycle['id'], Measure>> {
  const config = talkwatchConfig(path.join(work, 'warm'), ports);
  const warmUpConfig = talkwatchConfig(path.join(work, 'warm-up'), ports);
  const logFile = path.join(work, 'warm.log');
  writeFileSync(logFile, '');
  const child = fork(path.join(import.meta.dirname, 'bench-poll', 'warm.ts'), [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  child.stderr?.on('data', (chunk: Buffer) => appendFileSync(logFile, chunk));
  // One request at a time: the answer to a request is the next result message.
  let pending: { resolve: (result: WarmResult) => void; reject: (error: Error) => void } | undefined;
  child.on('message', (message) => {
    if ((message as { ready?: boolean }).ready) return;
    pending?.resolve(message as WarmResult);
    pending = undefined;
  });
  child.on('exit', (code) => pending?.reject(new Error(`warm process exited (${code}); see ${logFile}`)));
  const ask = (request: WarmRequest): Promise<WarmResult> =>
    new Promise((resolve, reject) => {
      pending = { resolve, reject };
      child.send(request);
    });
  try {
    await control(ports, 0, 'honour');
    const warmUp = await ask({ kind: 'warm-up', id: 'warm-up', config: warmUpConfig });
    console.error(`  warm-up cycle (not counted): ${warmUp.wallS.toFixed(2)} s`);
    return await fourCycles(ports, async (cycle) => {
      const result = await ask({ kind: 'cycle', id: cycle.id, config });
      return { wallS: result.wallS, cpuS: result.cpuS, peakRssMb: result.peakRssMb, exit: 0, note: result.summary };
    });
  } finally {
    child.disconnect();
  }
}

async function benchNewsboat(work: string, ports: number[]): Promise<Map<Cycle['id'], Measure>> {
  const dir = path.join(work, 'newsboat');
  mkdirSync(dir, { recursive: true });
  const urls = path.join(dir, 'urls');
  writeFileSync(urls, Array.from({ length: shape.feeds }, (_, feed) => `${feedUrl(ports, feed)}\n`).join(''));
  const config = path.join(dir, 'config');
  writeFileSync(config, `reload-threads ${NEWSBOAT_THREADS}\nshow-read-feeds yes\n`);
  const args = ['-x', 'reload', '-u', urls, '-c', path.join(dir, 'cache.db'), '-C', config];
  // HOME in the work folder: newsboat looks there for its other files, and must not touch the user's.
  const env = { ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir };
  const log = path.join(work, 'newsboat.log');
  return fourCycles(ports, async (cycle) => {
    if (cycle.id === 'b') {
      // newsboat 2.21 stores a feed's ETag and Last-Modified only from its second fetch (the first
      // update finds no row yet), so one unmeasured reload first: (b) is the steady state.
      await run('newsboat', args, log, env);
      await control(ports, cycle.generation, cycle.validators);
    }
    return measureProcess('newsboat', args, log, env);
  });
}

async function benchRss2email(work: string, ports: number[]): Promise<Map<Cycle['id'], Measure>> {
  const dir = path.join(work, 'rss2email');
  mkdirSync(dir, { recursive: true });
  const config = path.join(dir, 'rss2email.cfg');
  const data = path.join(dir, 'rss2email.json');
  const log = path.join(work, 'rss2email.log');
  const env = { ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir };
  const base = ['-c', config, '-d', data];
  await run('r2e', [...base, 'new', 'bench@localhost'], log, env);
  // `r2e add` once, to see its format; the other feeds are written the same way, since 1,000 `add` processes cost minutes.
  await run('r2e', [...base, 'add', 'outlet-0', feedUrl(ports, 0)], log, env);
  const sections = Array.from({ length: shape.feeds - 1 }, (_, index) => `\n[feed.outlet-${index + 1}]\nurl = ${feedUrl(ports, index + 1)}\n`).join('');
  // Never any mail: run is always given --no-send, and the transports it would use go nowhere.
  const guarded = readFileSync(config, 'utf8')
    .replace(/^email-protocol = .*$/m, 'email-protocol = sendmail')
    .replace(/^sendmail = .*$/m, 'sendmail = /bin/false')
    .replace(/^smtp-server = .*$/m, 'smtp-server = 127.0.0.1:9');
  writeFileSync(config, guarded + sections);
  return fourCycles(ports, () => measureProcess('r2e', [...base, 'run', '--no-send'], log, env));
}

function fmt(value: number | undefined, digits: number): string {
  return value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);
}

function ratio(ours: number | undefined, theirs: number | undefined): string {
  return ours === undefined || theirs === undefined || theirs === 0 ? '–' : `${(ours / theirs).toFixed(2)}×`;
}

async function main(): Promise<void> {
  ensureBuilt();
  const work = mkdtempSync(path.join(tmpdir(), 'talkwatch-bench-poll-'));
  const server = await startServer();
  const results = new Map<Tool, Map<Cycle['id'], Measure>>();
  const missing: string[] = [];
  try {
    console.error(`workload: ${shape.feeds} feeds × ${shape.items} items on ${server.ports.length} ports of 127.0.0.1, ${options.history} past changes; work folder ${work}`);
    console.error('talkwatch, one process per cycle:');
    results.set('talkwatch', await benchProcess(work, server.ports));
    if (!options['no-warm']) {
      console.error('talkwatch, one warm process:');
      results.set('talkwatch (warm)', await benchWarm(work, server.ports));
    }
    if (!options['no-peers']) {
      for (const [tool, command, bench] of [
        ['newsboat', 'newsboat', benchNewsboat],
        ['rss2email', 'r2e', benchRss2email],
      ] as const) {
        if (!onPath(command)) {
          missing.push(`${tool} (${command} not on PATH)`);
          continue;
        }
        console.error(`${tool}:`);
        results.set(tool, await bench(work, server.ports));
      }
    }
  } finally {
    server.child.disconnect();
  }

  if (options.json) {
    console.log(JSON.stringify({ shape, history: Number(options.history), hosts: server.ports.length, results: Object.fromEntries([...results].map(([tool, cycles]) => [tool, Object.fromEntries(cycles)])) }, null, 2));
    return;
  }
  const ours = results.get('talkwatch');
  console.log(`\n${shape.feeds} feeds × ${shape.items} items, ${server.ports.length} hosts on 127.0.0.1; ratios are talkwatch (one process) / peer\n`);
  console.log('| cycle | tool | wall s | CPU s | peak RSS MB | 200 / 304 | wall ratio | CPU ratio | RSS ratio |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const cycle of CYCLES) {
    for (const [tool, cycles] of results) {
      const measure = cycles.get(cycle.id);
      if (!measure) continue;
      const mine = ours?.get(cycle.id);
      const peer = tool === 'newsboat' || tool === 'rss2email';
      const cells = [
        `(${cycle.id}) ${cycle.label}`,
        tool + (measure.exit === 0 ? '' : ` (exit ${measure.exit})`),
        fmt(measure.wallS, 2),
        fmt(measure.cpuS, 2),
        fmt(measure.peakRssMb, 0),
        `${measure.served.ok} / ${measure.served.notModified}`,
        peer ? ratio(mine?.wallS, measure.wallS) : '',
        peer ? ratio(mine?.cpuS, measure.cpuS) : '',
        peer ? ratio(mine?.peakRssMb, measure.peakRssMb) : '',
      ];
      console.log(`| ${cells.join(' | ')} |`);
    }
  }
  if (missing.length > 0) console.log(`\nnot run: ${missing.join(', ')}`);
  console.log(`\nlogs: ${work}`);
}

await main();
