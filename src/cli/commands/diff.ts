import path from 'node:path';
import { describeState, wordingOf, type Wording } from '../../notify/describe.js';
import { diffAsText, wordDiff } from '../../notify/word-diff.js';
import type { Runtime } from '../../pipeline/runtime.js';
import type { Change } from '../../reconcile/change.js';
import { SnapshotStore } from '../../record/store.js';
import { checkTaxonomyId } from '../party.js';
import { parseSince } from '../since.js';

export interface DiffOptions {
  since?: string;
  json: boolean;
}

/** `talkwatch diff [PARTY] [--since WHEN] [--json]`: the recorded position changes, oldest first. */
export function diffCommand(runtime: Runtime, party: string | undefined, options: DiffOptions): number {
  checkTaxonomyId(runtime.taxonomy, 'party', party);
  const since = options.since === undefined ? undefined : parseSince(options.since, new Date()).getTime();
  const changes = SnapshotStore.open(path.join(runtime.dataDir, 'snapshots'), runtime.taxonomy)
    .allChanges()
    .filter((change) => !change.baseline)
    .filter((change) => party === undefined || change.party === party)
    .filter((change) => since === undefined || Date.parse(change.at) >= since);
  if (options.json) {
    const json = changes.map(({ baseline: _baseline, ...change }) => change);
    process.stdout.write(`${JSON.stringify({ changes: json }, null, 2)}\n`);
    return 0;
  }
  const wording = wordingOf(runtime.taxonomy);
  const blocks = changes.map((change) => readableChange(change, wording, useColour()));
  process.stdout.write(blocks.length === 0 ? 'no position changes recorded\n' : `${blocks.join('\n\n')}\n`);
  return 0;
}

/** Colour only for a person at a terminal who has not asked for none (https://no-color.org). */
export function useColour(): boolean {
  return process.stdout.isTTY === true && !process.env['NO_COLOR'];
}

/** A change as the terminal shows it: what moved, before / after, the word diff, and the reports behind it. */
export function readableChange(change: Change, wording: Wording, colour: boolean): string {
  const paint = (code: number, text: string): string => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  const diff = diffAsText(wordDiff(change.before, change.after), (part, marked) => paint(part.change === 'added' ? 32 : 31, marked));
  const label = change.baseline ? 'baseline' : change.kind;
  return [
    `${change.at}  ${label}  ${wording.partyName(change.party)} · ${change.issue}  [${change.id}]`,
    `  before: ${describeState(change.before)}`,
    `  after:  ${describeState(change.after)}`,
    `  diff:   ${diff}`,
    ...(change.reverts ? [`  undoes: ${change.reverts}`] : []),
    ...change.evidence.map(
      (evidence) =>
        `  “${evidence.quote}”${evidence.hedge ? ` (${evidence.hedge})` : ''}\n` +
        `    ${evidence.title} — ${evidence.feed}${evidence.published ? `, ${evidence.published}` : ''}${evidence.link ? `\n    ${evidence.link}` : ''}`,
    ),
  ].join('\n');
}
