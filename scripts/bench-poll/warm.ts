/**
 * The warm half of the poll benchmark, forked by `scripts/bench-poll.ts`: one long-running process,
 * as `talkwatch run` is, that runs the built pipeline's `pollCycle` on the cycles it is sent. A
 * first cycle into a throwaway data folder loads every module and warms the JIT; then each cycle
 * is timed with `process.hrtime` and `process.cpuUsage`, and its peak RSS sampled every few
 * milliseconds (the event loop turns often during fetches; long synchronous stretches are
 * covered by the sample after them and by `maxRSS`). The feed server is another process, so
 * none of its work is counted here.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as LoadRuntimeModule from '../../src/cli/load-runtime.js';
import type * as PollCycleModule from '../../src/pipeline/poll-cycle.js';

export interface WarmRequest {
  kind: 'warm-up' | 'cycle';
  id: string;
  config: string;
}

export interface WarmResult {
  id: string;
  wallS: number;
  cpuS: number;
  peakRssMb: number;
  summary: string;
}

const dist = path.resolve(import.meta.dirname, '..', '..', 'dist');
const load = async <T>(file: string): Promise<T> => (await import(pathToFileURL(path.join(dist, file)).href)) as T;
const { loadRuntime } = await load<typeof LoadRuntimeModule>('cli/load-runtime.js');
const { pollCycle } = await load<typeof PollCycleModule>('pipeline/poll-cycle.js');

const SAMPLE_MS = 5;

async function cycle(request: WarmRequest): Promise<WarmResult> {
  const runtime = loadRuntime({ config: request.config, logLevel: 'info' });
  const feeds = runtime.config.feeds.filter((feed) => feed.enabled);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), SAMPLE_MS);
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const report = await pollCycle(runtime, feeds);
  const wallS = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const count = (status: string): number => report.feeds.filter((feed) => feed.status === status).length;
  const newItems = report.feeds.reduce((sum, feed) => sum + feed.newItems, 0);
  return {
    id: request.id,
    wallS,
    cpuS: (used.user + used.system) / 1e6,
    peakRssMb: peak / 2 ** 20,
    summary: `${count('fresh')} fetched, ${count('not-modified')} unchanged, ${count('failed')} failed; ${newItems} new items; ${report.changes.length} changes`,
  };
}

process.on('message', (request: WarmRequest) => {
  void cycle(request).then(
    (result) => process.send?.(result),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
// The parent owns the schedule: without it there is nothing left to do.
process.on('disconnect', () => process.exit(0));
process.send?.({ ready: true });
