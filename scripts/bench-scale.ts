/**
 * `npm run bench:scale [-- --json]`: how the cost of a poll cycle grows with the number of feeds,
 * the items per feed and the length of the recorded history. Runs `bench-poll.ts` (whole `poll`
 * processes, no peers, no warm process) at three sizes of each, the others at their defaults, and
 * prints wall seconds and peak RSS of the four cycles, and the feeds per minute that one process
 * keeps up with when every feed has something new each cycle (cycle d). Figures are printed, never
 * asserted.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';

interface Size {
  feeds: number;
  items: number;
  history: number;
}

interface CycleMeasure {
  wallS: number;
  peakRssMb?: number;
}

type Cycles = Record<'a' | 'b' | 'c' | 'd', CycleMeasure>;

const DEFAULT: Size = { feeds: 1_000, items: 50, history: 0 };
const DIMENSIONS: { name: keyof Size; values: number[] }[] = [
  { name: 'feeds', values: [250, 500, 1_000] },
  { name: 'items', values: [25, 50, 100] },
  { name: 'history', values: [0, 10_000, 100_000] },
];

const { values: options } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
const benchPoll = path.join(import.meta.dirname, 'bench-poll.ts');
const measured = new Map<string, Cycles>();

function measure(size: Size): Cycles {
  const key = JSON.stringify(size);
  const known = measured.get(key);
  if (known) return known;
  console.error(`${size.feeds} feeds × ${size.items} items, ${size.history} past changes …`);
  const args = ['--import', 'tsx', benchPoll, '--no-peers', '--no-warm', '--json', '--feeds', String(size.feeds), '--items', String(size.items), '--history', String(size.history)];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`bench-poll failed (exit ${run.status}) at ${key}`);
  const result = (JSON.parse(run.stdout) as { results: { talkwatch: Cycles } }).results.talkwatch;
  measured.set(key, result);
  return result;
}

const rows = DIMENSIONS.flatMap(({ name, values }) => values.map((value) => ({ dimension: name, size: { ...DEFAULT, [name]: value }, cycles: measure({ ...DEFAULT, [name]: value }) })));

if (options.json) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const cell = (measure: CycleMeasure): string => `${measure.wallS.toFixed(2)} s / ${Math.round(measure.peakRssMb ?? Number.NaN)} MB`;
  console.log('\n| varies | feeds | items per feed | past changes | (a) cold | (b) all 304 | (c) validators ignored | (d) one new item per feed | feeds per minute (d) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { dimension, size, cycles } of rows) {
    const perMinute = Math.floor((size.feeds / cycles.d.wallS) * 60);
    console.log(`| ${dimension} | ${size.feeds} | ${size.items} | ${size.history} | ${cell(cycles.a)} | ${cell(cycles.b)} | ${cell(cycles.c)} | ${cell(cycles.d)} | ${perMinute} |`);
  }
}
