import path from 'node:path';
import { wordingOf } from '../../notify/describe.js';
import type { Runtime } from '../../pipeline/runtime.js';
import { SnapshotStore } from '../../record/store.js';
import { checkTaxonomyId } from '../party.js';
import { readableChange, useColour } from './diff.js';

/**
 * `talkwatch history PARTY [ISSUE] [--json]`: every version of a party's positions (or of one
 * position), oldest first, each with when it changed and the reports that changed it. A version
 * is numbered as the party's snapshot counts it: the nth entry of its history makes version n.
 */
export function historyCommand(runtime: Runtime, party: string, issue: string | undefined, json: boolean): number {
  checkTaxonomyId(runtime.taxonomy, 'party', party);
  checkTaxonomyId(runtime.taxonomy, 'issue', issue);
  const versions = SnapshotStore.open(path.join(runtime.dataDir, 'snapshots'), runtime.taxonomy)
    .history(party)
    .map((change, index) => ({ version: index + 1, ...change }))
    .filter((change) => issue === undefined || change.issue === issue);
  if (json) {
    process.stdout.write(`${JSON.stringify({ party, issue: issue ?? null, versions }, null, 2)}\n`);
    return 0;
  }
  const wording = wordingOf(runtime.taxonomy);
  const subject = `${wording.partyName(party)}${issue === undefined ? '' : ` · ${issue}`}`;
  const blocks = versions.map((change) => `v${change.version}  ${readableChange(change, wording, useColour())}`);
  process.stdout.write(blocks.length === 0 ? `${subject}: no recorded position\n` : `${subject}: ${versions.length} version(s), oldest first\n\n${blocks.join('\n\n')}\n`);
  return 0;
}
