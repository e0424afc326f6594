export interface FetchAllOptions {
  /** Jobs running at once overall. */
  concurrency?: number;
  /** Jobs running at once against one host (host name and port). */
  perHost?: number;
  /** Once aborted, jobs not yet started are not started; they settle rejected with the abort reason. */
  signal?: AbortSignal;
}

export const FETCH_ALL_DEFAULTS = {
  // Enough to poll a few dozen feeds in seconds without holding many sockets open.
  concurrency: 8,
  // Two connections per server is the long-standing etiquette for HTTP clients (RFC 2616 §8.1.4).
  perHost: 2,
} satisfies Required<Omit<FetchAllOptions, 'signal'>>;

/**
 * Runs `worker` on every job with bounded concurrency and per-host politeness, starting jobs in
 * input order as slots free up. Never rejects: each job's outcome, value or error, is its own
 * result, in input order, so one failing feed never hides the others.
 */
export function fetchAll<T extends { url: string }, R>(
  jobs: readonly T[],
  worker: (job: T, signal?: AbortSignal) => Promise<R>,
  options: FetchAllOptions = {},
): Promise<PromiseSettledResult<R>[]> {
  const concurrency = options.concurrency ?? FETCH_ALL_DEFAULTS.concurrency;
  const perHost = options.perHost ?? FETCH_ALL_DEFAULTS.perHost;
  const results: PromiseSettledResult<R>[] = new Array<PromiseSettledResult<R>>(jobs.length);
  const waiting = jobs.map((_, index) => index);
  const runningPerHost = new Map<string, number>();
  let running = 0;
  let settled = 0;

  return new Promise((resolve) => {
    const startWhatFits = (): void => {
      for (let position = 0; position < waiting.length && running < concurrency; ) {
        const index = waiting[position] as number;
        const host = hostOf(jobs[index] as T);
        if ((runningPerHost.get(host) ?? 0) >= perHost) {
          position++;
          continue;
        }
        waiting.splice(position, 1);
        running++;
        runningPerHost.set(host, (runningPerHost.get(host) ?? 0) + 1);
        void run(jobs[index] as T).then((result) => {
          results[index] = result;
          running--;
          runningPerHost.set(host, (runningPerHost.get(host) ?? 1) - 1);
          settled++;
          if (settled === jobs.length) resolve(results);
          else startWhatFits();
        });
      }
    };
    if (jobs.length === 0) resolve(results);
    else startWhatFits();
  });

  async function run(job: T): Promise<PromiseSettledResult<R>> {
    try {
      if (options.signal?.aborted) throw options.signal.reason;
      return { status: 'fulfilled', value: await worker(job, options.signal) };
    } catch (reason) {
      return { status: 'rejected', reason };
    }
  }
}

/** Malformed URLs each count as their own host: the worker rejects them at once anyway. */
function hostOf(job: { url: string }): string {
  try {
    return new URL(job.url).host;
  } catch {
    return job.url;
  }
}
