import path from 'node:path';
import { describeDetail, wordingOf } from '../../notify/describe.js';
import type { Runtime } from '../../pipeline/runtime.js';
import { SnapshotStore } from '../../record/store.js';
import { UsageError } from '../usage-error.js';

/** `talkwatch show [PARTY]`: the known positions per party, grouped by issue. */
export function showCommand(runtime: Runtime, party: string | undefined): number {
  const { taxonomy } = runtime;
  if (party !== undefined && !taxonomy.parties.some((known) => known.id === party)) {
    throw new UsageError(`unknown party "${party}" (known: ${taxonomy.parties.map((known) => known.id).join(', ')})`);
  }
  const wording = wordingOf(taxonomy);
  const snapshots = SnapshotStore.open(path.join(runtime.dataDir, 'snapshots'), taxonomy).load();
  const lines: string[] = [];
  for (const snapshot of snapshots.values()) {
    if (party !== undefined && snapshot.party !== party) continue;
    lines.push(`${wording.partyName(snapshot.party)} (${snapshot.party})`);
    const positions = Object.entries(snapshot.positions);
    if (positions.length === 0) lines.push('  no known positions');
    for (const [issue, known] of positions) {
      const detail = describeDetail(known.detail);
      lines.push(`  ${issue.padEnd(40)} ${known.stance.padEnd(8)} since ${known.since.slice(0, 10)}  ${known.outlets.length} source(s)`);
      if (detail) lines.push(`  ${''.padEnd(40)} ${detail}`);
    }
    lines.push('');
  }
  process.stdout.write(`${lines.join('\n')}`);
  return 0;
}
