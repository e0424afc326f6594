/**
 * `npm run bench [-- --items N] [--warmup N] [--seed N] [--json]`: extraction throughput on one core.
 * The workload recombines the sentences of the labelled corpus into new items of about 1 KB (same
 * language per item, varied titles, fixed seed), then runs relevance + extraction on each, as a poll
 * cycle does. A warm-up pass (JIT, lazy tables) is excluded from the timing. Timings are printed,
 * never asserted.
 */
import { parseArgs } from 'node:util';
import { createAnalyser } from '../tests/extraction-corpus/analyse.js';
import { loadCorpus, type CorpusLang, type LoadedItem } from '../tests/extraction-corpus/corpus.js';
import type { ExtractableText } from '../src/extract/position.js';
import { seededRandom } from './seeded-random.js';

const TARGET_BYTES = 1024;

/** Wire-style title variants: the same story comes back as an update, an exclusive, a live blog. */
const TITLE_PREFIXES: Record<CorpusLang, readonly string[]> = {
  en: ['', '', 'UPDATE 1-', 'UPDATE 2-', 'EXCLUSIVE-', 'LIVE: ', 'Analysis: ', 'Explainer: '],
  uk: ['', '', 'ОНОВЛЕНО: ', 'Ексклюзив: ', 'Наживо: '],
  ru: ['', '', 'ОБНОВЛЕНО: ', 'Эксклюзив: ', 'Онлайн: '],
};
const TITLE_SUFFIXES: Record<CorpusLang, readonly string[]> = {
  en: ['', '', ' - sources', ' | Ukraine war', ' — live updates'],
  uk: ['', '', ' — джерела', ' | Війна в Україні'],
  ru: ['', '', ' — источники', ' | Переговоры'],
};

interface BenchResult {
  items: number;
  warmupItems: number;
  seed: number;
  megabytes: number;
  averageItemBytes: number;
  seconds: number;
  cpuSeconds: number;
  itemsPerSecond: number;
  megabytesPerSecond: number;
  peakRssMegabytes: number;
  heapUsedMegabytes: number;
  relevantItems: number;
  positions: number;
}

interface Options {
  items: number;
  warmup: number;
  seed: number;
  json: boolean;
}

function main(): void {
  const options = readOptions();
  const workload = buildWorkload(loadCorpus(), options.items, options.seed);
  const analyse = createAnalyser();
  const bytes = workload.reduce((sum, text) => sum + Buffer.byteLength(text.title) + Buffer.byteLength(text.body), 0);

  for (const text of workload.slice(0, options.warmup)) analyse(text);

  const cpuBefore = process.cpuUsage();
  const start = process.hrtime.bigint();
  let relevant = 0;
  let positions = 0;
  for (const text of workload) {
    const prediction = analyse(text);
    // Using the results keeps the work observable, and the counts tell whether the workload is realistic.
    if (prediction.relevant) relevant += 1;
    positions += prediction.positions.length;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);

  const result: BenchResult = {
    items: workload.length,
    warmupItems: Math.min(options.warmup, workload.length),
    seed: options.seed,
    megabytes: bytes / 1e6,
    averageItemBytes: Math.round(bytes / workload.length),
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    itemsPerSecond: workload.length / seconds,
    megabytesPerSecond: bytes / 1e6 / seconds,
    // maxRSS is in kilobytes; it is the peak of the whole process, workload included.
    peakRssMegabytes: process.resourceUsage().maxRSS / 1024,
    heapUsedMegabytes: process.memoryUsage().heapUsed / 2 ** 20,
    relevantItems: relevant,
    positions,
  };
  process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : formatResult(result));
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      items: { type: 'string', default: '10000' },
      warmup: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '20250602' },
      json: { type: 'boolean', default: false },
    },
  });
  const integer = (name: string, text: string, min: number): number => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < min) {
      process.stderr.write(`bench: --${name} must be an integer >= ${min}, not "${text}"\n`);
      process.exit(2);
    }
    return value;
  };
  return {
    items: integer('items', values.items, 1),
    warmup: integer('warmup', values.warmup, 0),
    seed: integer('seed', values.seed, 0),
    json: values.json,
  };
}

/** Deterministic items of about TARGET_BYTES, in the corpus' mix of languages. */
function buildWorkload(corpus: readonly LoadedItem[], count: number, seed: number): ExtractableText[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const sentences = sentencePools(corpus);
  const workload: ExtractableText[] = [];
  for (let index = 0; index < count; index += 1) {
    const source = pick(corpus);
    const title = `${pick(TITLE_PREFIXES[source.lang])}${source.title}${pick(TITLE_SUFFIXES[source.lang])}`;
    const pool = sentences[source.lang];
    const body: string[] = [];
    let size = Buffer.byteLength(title);
    while (size < TARGET_BYTES) {
      const sentence = pick(pool);
      body.push(sentence);
      size += Buffer.byteLength(sentence) + 1;
    }
    workload.push({ title, body: body.join(' ') });
  }
  return workload;
}

function sentencePools(corpus: readonly LoadedItem[]): Record<CorpusLang, string[]> {
  const pools: Record<CorpusLang, string[]> = { en: [], uk: [], ru: [] };
  const segmenters = new Map<CorpusLang, Intl.Segmenter>();
  for (const item of corpus) {
    const segmenter = segmenters.get(item.lang) ?? new Intl.Segmenter(item.lang, { granularity: 'sentence' });
    segmenters.set(item.lang, segmenter);
    for (const { segment } of segmenter.segment(item.body)) {
      const sentence = segment.trim();
      if (sentence) pools[item.lang].push(sentence);
    }
  }
  return pools;
}


function formatResult(result: BenchResult): string {
  return [
    `Workload   ${result.items} items (seed ${result.seed}), ${result.megabytes.toFixed(2)} MB, ${result.averageItemBytes} bytes/item on average; warm-up of ${result.warmupItems} items not timed`,
    `Time       ${result.seconds.toFixed(3)} s wall, ${result.cpuSeconds.toFixed(3)} s CPU (one thread)`,
    `Throughput ${result.itemsPerSecond.toFixed(0)} items/s, ${result.megabytesPerSecond.toFixed(2)} MB/s`,
    `Memory     peak RSS ${result.peakRssMegabytes.toFixed(1)} MB, heap used ${result.heapUsedMegabytes.toFixed(1)} MB`,
    `Output     ${result.relevantItems} items judged relevant, ${result.positions} positions`,
    '',
  ].join('\n');
}

main();
