/**
 * Long run (`npm run long-run`): `talkwatch run` polls every second for LONG_RUN_SECONDS (default
 * 180) against feeds on 127.0.0.1 (one gaining an item per poll, with a new army-cap figure every
 * tenth, one unchanged behind its ETag, one failing every other poll) and a real SMTP server. The
 * daemon's memory, open file descriptors and sockets are sampled from /proc as it goes; then it
 * gets SIGTERM. Figures are printed; the run fails on a non-zero exit, a change not mailed once,
 * or descriptors that keep growing. Linux only (/proc). Needs `npm run build` first.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { startCli } from '../tests/e2e/cli.js';
import { FeedServer, rssFeed, type TestItem } from '../tests/e2e/feed-server.js';
import { mailDataDir } from '../tests/e2e/mail-fixtures.js';
import { MailServer } from '../tests/e2e/mail-server.js';

const SECONDS = Number(process.env['LONG_RUN_SECONDS'] ?? 180);
const SAMPLE_EVERY_MS = 5_000;
const FEED_LENGTH = 20;

interface Sample {
  at: number;
  cycles: number;
  rssMb: number;
  fds: number;
  sockets: number;
  seenEntries: number;
}

function item(index: number): TestItem {
  const figure = index % 10 === 0;
  return {
    guid: `item-${index}`,
    title: figure ? `Peace talks: revised draft ${index}` : `Market report ${index}`,
    body: figure
      ? `The US plan now caps the size of Ukraine's armed forces at ${(600_000 + index * 1_000).toLocaleString('en-US')} troops, according to a revised draft.`
      : `Wheat prices moved by ${index} points today.`,
    published: new Date(Date.UTC(2025, 10, 21) + index * 60_000).toISOString(),
  };
}

function sample(pid: number, dataDir: string, stderr: string, startedAt: number): Sample {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  const fds = readdirSync(`/proc/${pid}/fd`);
  const sockets = fds.filter((fd) => {
    try {
      return readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith('socket:');
    } catch {
      return false;
    }
  }).length;
  let seenEntries = 0;
  try {
    seenEntries = Object.keys(JSON.parse(readFileSync(path.join(dataDir, 'state', 'seen.json'), 'utf8')) as object).length;
  } catch {
    // Not written yet.
  }
  return { at: (performance.now() - startedAt) / 1000, cycles: stderr.split('cycle done').length - 1, rssMb: rssKb / 1024, fds: fds.length, sockets, seenEntries };
}

const feeds = await FeedServer.start();
const smtp = await MailServer.start();
let published = 0;
const refresh = (): void => {
  published += 1;
  const items = Array.from({ length: Math.min(published, FEED_LENGTH) }, (_, offset) => item(published - offset));
  feeds.feeds.set('/wire.xml', { body: rssFeed(items) });
  feeds.feeds.set('/flaky.xml', published % 2 === 0 ? { status: 500 } : { body: rssFeed([]) });
};
refresh();
feeds.feeds.set('/static.xml', { body: rssFeed([item(1)]) });
// A new item for each poll of the wire: the request log tells when one was made.
const servedRequests = { count: 0 };
const timer = setInterval(() => {
  const wireRequests = feeds.requests.filter((request) => request.path === '/wire.xml').length;
  if (wireRequests > servedRequests.count) {
    servedRequests.count = wireRequests;
    refresh();
  }
}, 100);

const data = mailDataDir(
  ['wire', 'static', 'flaky'].map((name) => ({ name, url: feeds.url(`/${name}.xml`) })),
  { retryDelay: '0s', feedFailures: 2 },
  { schedule: '* * * * * *' },
);
const startedAt = performance.now();
const { child, result } = startCli(['run', '--config', data.config, '--log-level', 'info'], { env: { SMTP_URL: smtp.url() } });
let stderr = '';
child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
const samples: Sample[] = [];
const pid = child.pid as number;
while (performance.now() - startedAt < SECONDS * 1000) {
  await new Promise((resolve) => setTimeout(resolve, SAMPLE_EVERY_MS));
  samples.push(sample(pid, data.dir, stderr, startedAt));
}
child.kill('SIGTERM');
const exit = await result;
clearInterval(timer);
await feeds.close();
await smtp.close();

console.log('   s  cycles  rss MB  fds  sockets  seen');
for (const row of samples) {
  console.log(`${row.at.toFixed(0).padStart(4)}  ${String(row.cycles).padStart(6)}  ${row.rssMb.toFixed(1).padStart(6)}  ${String(row.fds).padStart(3)}  ${String(row.sockets).padStart(7)}  ${String(row.seenEntries).padStart(4)}`);
}

const problems: string[] = [];
if (exit.code !== 0) problems.push(`run exited ${exit.code} after SIGTERM`);
if (!exit.stderr.includes('talkwatch stopped')) problems.push('run did not say it stopped');
// After the first quarter (module loading, the baseline, the JIT), memory and descriptors should stay level.
const settled = samples.slice(Math.floor(samples.length / 4));
const first = settled[0];
const last = settled.at(-1);
if (first && last) {
  const maxFds = Math.max(...settled.map((row) => row.fds));
  if (maxFds > first.fds + 5) problems.push(`file descriptors grew from ${first.fds} to ${maxFds}`);
  console.log(`cycles: ${last.cycles} in ${last.at.toFixed(0)} s; RSS ${first.rssMb.toFixed(1)} MB at ${first.at.toFixed(0)} s, ${last.rssMb.toFixed(1)} MB at the end (max ${Math.max(...settled.map((row) => row.rssMb)).toFixed(1)}); descriptors ${first.fds} → ${last.fds}, sockets ${first.sockets} → ${last.sockets}`);
  console.log(`seen items: ${last.seenEntries} entries (the wire gained one item per poll and lists ${FEED_LENGTH}; entries are kept 60 days after an item left its feed)`);
}

const history = readFileSync(path.join(data.dir, 'snapshots', 'history', 'united-states.jsonl'), 'utf8').split('\n').filter((line) => line.includes('"military.army-cap"'));
const changeIds = history.map((line) => (JSON.parse(line) as { id: string }).id);
const mailedIds = smtp.received.map((mail) => mail.parsed.headers.get('x-talkwatch-change')).filter((id): id is string => typeof id === 'string');
const notOnce = changeIds.filter((id) => mailedIds.filter((mailed) => mailed === id).length !== 1);
console.log(`changes: ${changeIds.length} army-cap changes recorded; ${mailedIds.length} alerts and ${smtp.received.length - mailedIds.length} other mails (feed health) accepted by the SMTP server`);
if (notOnce.length > 0) problems.push(`${notOnce.length} change(s) not mailed exactly once`);
if (problems.length > 0) {
  console.error(`long run FAILED:\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log('long run passed');
}
