/**
 * Crash soak (`npm run soak`): a new army-cap figure arrives each round; a `talkwatch poll` is
 * killed with SIGKILL at a random moment, then a second poll runs to the end. Afterwards every
 * figure must be in the history exactly once, every change mailed once (counted at a real SMTP
 * server by X-Talkwatch-Change), and every file of the data folder must parse.
 *
 * SOAK_ROUNDS sets the number of rounds (default 120). The moments are random: process timing
 * varies from run to run anyway, so a seed would not make a run repeatable.
 * Needs `npm run build` first: it runs the built CLI, as a user would.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, startCli } from '../tests/e2e/cli.js';
import { FeedServer, rssFeed, type TestItem } from '../tests/e2e/feed-server.js';
import { mailDataDir } from '../tests/e2e/mail-fixtures.js';
import { MailServer } from '../tests/e2e/mail-server.js';

const ROUNDS = Number(process.env['SOAK_ROUNDS'] ?? 120);
// The feed shows the latest few reports, as a real one does, so that re-read items are restatements.
const FEED_LENGTH = 3;

function report(round: number): TestItem {
  const troops = 600_000 + round * 1_000;
  return {
    guid: `cap-${round}`,
    title: `Peace talks: revised draft number ${round}`,
    body: `The US plan now caps the size of Ukraine's armed forces at ${troops.toLocaleString('en-US')} troops, according to a revised draft.`,
    published: new Date(Date.UTC(2025, 10, 21) + round * 60_000).toISOString(),
  };
}

interface HistoryLine {
  id: string;
  issue: string;
  after: { detail?: { numbers?: number[] } } | null;
}

/** Every JSON and JSONL file of the data folder, parsed; the names of those that do not parse. */
function unreadableFiles(dir: string): { files: number; unreadable: string[]; temporary: string[] } {
  const unreadable: string[] = [];
  const temporary: string[] = [];
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (!entry.isFile()) continue;
    if (entry.name.endsWith('.tmp')) temporary.push(file);
    if (!entry.name.endsWith('.json') && !entry.name.endsWith('.jsonl')) continue;
    files += 1;
    const text = readFileSync(file, 'utf8');
    try {
      if (entry.name.endsWith('.jsonl')) for (const line of text.split('\n').filter(Boolean)) JSON.parse(line);
      else JSON.parse(text);
    } catch {
      unreadable.push(file);
    }
  }
  return { files, unreadable, temporary };
}

const feeds = await FeedServer.start();
const smtp = await MailServer.start();
const data = mailDataDir([{ name: 'Wire', url: feeds.url('/wire.xml') }], { retryDelay: '0s' });
const env = { SMTP_URL: smtp.url() };
const poll = () => runCli(['poll', '--config', data.config], { env });

// How long a poll that records a change takes here (report 0, the first figure): kills are
// spread over that span and a little beyond, so that some polls finish before theirs.
feeds.feeds.set('/wire.xml', { body: rssFeed([report(0)]) });
const calibrationStart = performance.now();
await poll();
const pollMs = performance.now() - calibrationStart;
console.log(`soak: ${ROUNDS} rounds, data ${data.dir}, a poll takes ${pollMs.toFixed(0)} ms`);

const historyDir = path.join(data.dir, 'snapshots', 'history');
const armyCapLines = (): number => {
  const file = path.join(historyDir, 'united-states.jsonl');
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((line) => line.includes('"military.army-cap"')).length : 0;
};

const started = performance.now();
let killed = 0;
let finishedFirst = 0;
// How far the killed polls had got: nothing recorded yet, recorded but not mailed, mailed.
const reached = { nothing: 0, recorded: 0, mailed: 0 };
const failedPolls: string[] = [];
for (let round = 1; round <= ROUNDS; round++) {
  const items = Array.from({ length: Math.min(round, FEED_LENGTH) }, (_, index) => report(round - index));
  feeds.feeds.set('/wire.xml', { body: rssFeed(items) });
  const [linesBefore, mailsBefore] = [armyCapLines(), smtp.received.length];
  const { child, result } = startCli(['poll', '--config', data.config], { env });
  const timer = setTimeout(() => child.kill('SIGKILL'), Math.random() * 1.2 * pollMs);
  const outcome = await result;
  clearTimeout(timer);
  if (outcome.code === null) {
    killed += 1;
    if (smtp.received.length > mailsBefore) reached.mailed += 1;
    else if (armyCapLines() > linesBefore) reached.recorded += 1;
    else reached.nothing += 1;
  } else {
    finishedFirst += 1;
  }
  const recovery = await poll();
  if (recovery.code !== 0) failedPolls.push(`round ${round}: exit ${recovery.code}: ${recovery.stderr.trim().split('\n').at(-1) ?? ''}`);
}
await poll();
const elapsed = (performance.now() - started) / 1000;

const problems: string[] = [...failedPolls];
const changes = readdirSync(historyDir)
  .filter((file) => file.endsWith('.jsonl'))
  .flatMap((file) => readFileSync(path.join(historyDir, file), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as HistoryLine));
// The baseline's entries are in the history too; the soak follows the army cap only.
const figures = changes.filter((change) => change.issue === 'military.army-cap').map((change) => change.after?.detail?.numbers?.[0]);
const expected = Array.from({ length: ROUNDS + 1 }, (_, round) => 600_000 + round * 1_000);
if (JSON.stringify(figures) !== JSON.stringify(expected)) {
  problems.push(`history: army-cap figures ${figures.length} recorded, expected ${expected.length} in order; first difference at ${figures.findIndex((figure, index) => figure !== expected[index])}`);
}
const ids = changes.map((change) => change.id);
if (new Set(ids).size !== ids.length) problems.push('history: a change id appears twice');

const mailed = new Map<string, Set<string>>();
let receipts = 0;
for (const mail of smtp.received) {
  const header = mail.parsed.headers.get('x-talkwatch-change');
  if (typeof header !== 'string') continue;
  receipts += 1;
  for (const id of header.split(/[\s,]+/).filter(Boolean)) {
    mailed.set(id, (mailed.get(id) ?? new Set()).add(mail.parsed.messageId ?? ''));
  }
}
const alertable = changes.filter((change) => change.issue === 'military.army-cap').map((change) => change.id);
const unmailed = alertable.filter((id) => !mailed.has(id));
const twiceWithNewId = [...mailed].filter(([, messageIds]) => messageIds.size > 1).map(([id]) => id);
if (unmailed.length > 0) problems.push(`mail: ${unmailed.length} change(s) never mailed: ${unmailed.slice(0, 5).join(', ')}`);
if (twiceWithNewId.length > 0) problems.push(`mail: ${twiceWithNewId.length} change(s) mailed under two Message-IDs`);
const resentSameId = receipts - [...mailed.values()].reduce((sum, messageIds) => sum + messageIds.size, 0);

const files = unreadableFiles(data.dir);
if (files.unreadable.length > 0) problems.push(`files: ${files.unreadable.length} do not parse: ${files.unreadable.join(', ')}`);

console.log(`rounds ${ROUNDS}: ${killed} polls killed (${reached.nothing} before recording, ${reached.recorded} after recording and before the mail went, ${reached.mailed} after the mail went), ${finishedFirst} finished before their kill, in ${elapsed.toFixed(0)} s`);
console.log(`history: ${figures.length} army-cap changes recorded (expected ${expected.length}), ${ids.length} entries in all`);
console.log(`mail: ${receipts} alerts accepted by the SMTP server for ${mailed.size} changes; ${resentSameId} resent with the same Message-ID (the window the README admits)`);
console.log(`files: ${files.files} JSON / JSONL files parse; ${files.temporary.length} temporary files left by killed writes`);
await feeds.close();
await smtp.close();
if (problems.length > 0) {
  console.error(`soak FAILED:\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log('soak passed');
}
