/**
 * The poll benchmark's feed server, run as a child process of `scripts/bench-poll.ts` so that its
 * CPU is never counted in the figures of the process measured. It listens on HOSTS ports of
 * 127.0.0.1, each standing for one news site (talkwatch keeps two connections per host and port,
 * as real sites would see), feed n on port n % HOSTS at `/feed/n.xml`.
 *
 * `GET /control?generation=G&validators=honour|ignore` on any port switches what is served and
 * answers the request counts since the last switch: with `honour` a matching If-None-Match (or,
 * without one, an If-Modified-Since not older than the feed) gets 304; with `ignore` every request
 * gets the whole body again. The server exits when its parent goes away or after MAX_LIFETIME_MS.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_SHAPE, feedDocument, type WorkloadShape } from './workload.js';

export interface ServerReady {
  ports: number[];
}

export interface ControlAnswer {
  ok: number;
  notModified: number;
  notFound: number;
}

// A bound on a run that went wrong: no benchmark here takes an hour.
const MAX_LIFETIME_MS = 60 * 60_000;

interface Served {
  body: Buffer;
  etag: string;
  lastModified: string;
}

const shape: WorkloadShape = { ...DEFAULT_SHAPE, ...(JSON.parse(process.env['BENCH_SHAPE'] ?? '{}') as Partial<WorkloadShape>) };
const hosts = Number(process.env['BENCH_HOSTS'] ?? 50);
let generation = 0;
let honourValidators = true;
let counts: ControlAnswer = { ok: 0, notModified: 0, notFound: 0 };
// Built on first request and kept: building a document costs more than serving it, and that cost belongs to no tool.
const cache = new Map<string, Served>();

function served(feed: number): Served {
  const key = `${feed}@${generation}`;
  let entry = cache.get(key);
  if (!entry) {
    const body = Buffer.from(feedDocument(shape, feed, generation));
    const lastBuild = /<lastBuildDate>([^<]+)</.exec(body.toString('utf8', 0, 600))?.[1] ?? new Date(0).toUTCString();
    entry = { body, etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`, lastModified: lastBuild };
    cache.set(key, entry);
  }
  return entry;
}

function notModified(request: IncomingMessage, entry: Served): boolean {
  if (!honourValidators) return false;
  const etags = request.headers['if-none-match'];
  if (etags !== undefined) return etags.split(',').some((tag) => tag.trim().replace(/^W\//, '') === entry.etag);
  const since = request.headers['if-modified-since'];
  return since !== undefined && Date.parse(since) >= Date.parse(entry.lastModified);
}

function handle(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/control') {
    generation = Number(url.searchParams.get('generation') ?? generation);
    honourValidators = url.searchParams.get('validators') !== 'ignore';
    const answer = counts;
    counts = { ok: 0, notModified: 0, notFound: 0 };
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer));
    return;
  }
  const match = /^\/feed\/(\d+)\.xml$/.exec(url.pathname);
  const feed = match ? Number(match[1]) : -1;
  if (feed < 0 || feed >= shape.feeds) {
    counts.notFound++;
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('no such feed');
    return;
  }
  const entry = served(feed);
  const headers = { ETag: entry.etag, 'Last-Modified': entry.lastModified };
  if (notModified(request, entry)) {
    counts.notModified++;
    response.writeHead(304, headers).end();
    return;
  }
  counts.ok++;
  response.writeHead(200, { ...headers, 'Content-Type': 'application/rss+xml; charset=utf-8', 'Content-Length': entry.body.length }).end(entry.body);
}

const servers: Server[] = [];
for (let host = 0; host < hosts; host++) {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
}
const stop = (): void => {
  for (const server of servers) server.closeAllConnections();
  process.exit(0);
};
process.on('disconnect', stop);
setTimeout(stop, MAX_LIFETIME_MS).unref();
const ready: ServerReady = { ports: servers.map((server) => (server.address() as AddressInfo).port) };
process.send?.(ready);
