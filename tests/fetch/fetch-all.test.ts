import { afterEach, describe, expect, it } from 'vitest';
import { fetchAll } from '../../src/fetch/fetch-all.js';
import { fetchResource } from '../../src/fetch/fetch-resource.js';
import type { TestServer } from './http-server.js';
import { startServer } from './http-server.js';

const servers: TestServer[] = [];
// Counted over every server of a test, reset after each.
let inFlightEverywhere = 0;
let maxInFlightEverywhere = 0;

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  inFlightEverywhere = 0;
  maxInFlightEverywhere = 0;
});

/** Answers after a short pause, so that requests the limits allow really overlap at the server. */
async function slowServer(): Promise<TestServer> {
  const server = await startServer((_request, response) => {
    inFlightEverywhere++;
    maxInFlightEverywhere = Math.max(maxInFlightEverywhere, inFlightEverywhere);
    response.on('close', () => inFlightEverywhere--);
    setTimeout(() => response.end('ok'), 200);
  });
  servers.push(server);
  return server;
}

function jobsOn(server: TestServer, count: number): { url: string }[] {
  return Array.from({ length: count }, (_, index) => ({ url: server.url(`/feed/${index}`) }));
}

const fetchBody = async (job: { url: string }, signal?: AbortSignal): Promise<string> => {
  const outcome = await fetchResource(job.url, { signal });
  return outcome.kind === 'fresh' ? outcome.body : '';
};

describe('fetchAll', () => {
  it('returns every result in input order, failures included, without rejecting', async () => {
    const jobs = [{ url: 'http://127.0.0.1/1' }, { url: 'http://127.0.0.1/2' }, { url: 'http://127.0.0.1/3' }];
    const results = await fetchAll(jobs, async (job) => {
      if (job.url.endsWith('2')) throw new Error('feed 2 is down');
      return job.url;
    });
    expect(results).toEqual([
      { status: 'fulfilled', value: 'http://127.0.0.1/1' },
      { status: 'rejected', reason: new Error('feed 2 is down') },
      { status: 'fulfilled', value: 'http://127.0.0.1/3' },
    ]);
  });

  it('sends one host no more than perHost requests at once', async () => {
    const server = await slowServer();
    const results = await fetchAll(jobsOn(server, 6), fetchBody, { perHost: 2, concurrency: 8 });
    expect(results.every((result) => result.status === 'fulfilled')).toBe(true);
    expect(server.maxInFlight()).toBe(2);
  });

  it('keeps no more than concurrency requests in flight over all hosts', async () => {
    const hosts = await Promise.all([slowServer(), slowServer(), slowServer()]);
    const jobs = hosts.flatMap((server) => jobsOn(server, 3));
    const results = await fetchAll(jobs, fetchBody, { perHost: 2, concurrency: 4 });
    expect(results.every((result) => result.status === 'fulfilled')).toBe(true);
    expect(maxInFlightEverywhere).toBe(4);
    expect(Math.max(...hosts.map((server) => server.maxInFlight()))).toBeLessThanOrEqual(2);
  });

  it('starts nothing more once aborted; those jobs settle with the abort reason', async () => {
    const server = await slowServer();
    const controller = new AbortController();
    const pending = fetchAll(jobsOn(server, 4), fetchBody, { perHost: 1, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('shutting down')), 20);
    const results = await pending;
    expect(server.requests.length).toBe(1);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: { message: 'fetch: aborted' } });
    expect(results.slice(1)).toEqual(Array(3).fill({ status: 'rejected', reason: new Error('shutting down') }));
  });

  it('resolves at once with no jobs', async () => {
    expect(await fetchAll([], fetchBody)).toEqual([]);
  });
});
