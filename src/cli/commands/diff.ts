import path from 'node:path';
import { describeState, wordingOf } from '../../notify/describe.js';
import { diffAsText, wordDiff } from '../../notify/word-diff.js';
import type { Runtime } from '../../pipeline/runtime.js';
import type { Change } from '../../reconcile/change.js';
import { SnapshotStore } from '../../record/store.js';
import { parseSince } from '../since.js';

export interface DiffOptions {
  since?: string;
  json: boolean;
}

/** `talkwatch diff [PARTY] [--since WHEN] [--json]`: the recorded position changes, oldest first. */
export function diffCommand(runtime: Runtime, party: string | undefined, options: DiffOptions): number {
  const since = options.since === undefined ? undefined : parseSince(options.since, new Date()).toISOString();
  const changes = SnapshotStore.open(path.join(runtime.dataDir, 'snapshots'), runtime.taxonomy)
    .allChanges()
    .filter((change) => !change.baseline)
    .filter((change) => party === undefined || change.party === party)
    .filter((change) => since === undefined || change.at >= since);
  if (options.json) {
    const json = changes.map(({ baseline: _baseline, ...change }) => change);
    process.stdout.write(`${JSON.stringify({ changes: json }, null, 2)}\n`);
    return 0;
  }
  const colour = process.stdout.isTTY === true && !process.env['NO_COLOR'];
  const wording = wordingOf(runtime.taxonomy);
  const blocks = changes.map((change) => readableChange(change, wording.partyName(change.party), colour));
  process.stdout.write(blocks.length === 0 ? 'no position changes recorded\n' : `${blocks.join('\n\n')}\n`);
  return 0;
}

function readableChange(change: Change, partyName: string, colour: boolean): string {
  const paint = (code: number, text: string): string => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  const diff = diffAsText(wordDiff(change.before, change.after), (part, marked) => paint(part.change === 'added' ? 32 : 31, marked));
  return [
    `${change.at}  ${change.kind}  ${partyName} · ${change.issue}  [${change.id}]`,
    `  before: ${describeState(change.before)}`,
    `  after:  ${describeState(change.after)}`,
    `  diff:   ${diff}`,
    ...change.evidence.map((evidence) => `  “${evidence.quote}”${evidence.hedge ? ` (${evidence.hedge})` : ''}\n    ${evidence.title} — ${evidence.feed}${evidence.link ? ` ${evidence.link}` : ''}`),
  ].join('\n');
}
