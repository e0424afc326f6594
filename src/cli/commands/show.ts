import path from 'node:path';
import { describeDetail, wordingOf } from '../../notify/describe.js';
import type { Runtime } from '../../pipeline/runtime.js';
import { snapshotAt, type PartySnapshot } from '../../record/snapshot.js';
import { SnapshotStore } from '../../record/store.js';
import { checkTaxonomyId } from '../party.js';
import { parseSince } from '../since.js';

export interface ShowOptions {
  /** A date or a span ago: the positions as they stood then, folded from the history. */
  at?: string;
  json: boolean;
}

/** `talkwatch show [PARTY] [--at WHEN] [--json]`: the known positions per party, grouped by issue. */
export function showCommand(runtime: Runtime, party: string | undefined, options: ShowOptions): number {
  const { taxonomy } = runtime;
  checkTaxonomyId(taxonomy, 'party', party);
  const at = options.at === undefined ? undefined : endOf(options.at);
  const store = SnapshotStore.open(path.join(runtime.dataDir, 'snapshots'), taxonomy);
  const current = at === undefined ? store.load() : undefined;
  const snapshots = taxonomy.parties
    .filter(({ id }) => party === undefined || id === party)
    .flatMap(({ id }) => current?.get(id) ?? (at === undefined ? [] : [snapshotAt(id, store.history(id), at)]));
  const order = taxonomy.issues.map((issue) => issue.id);
  const byIssue = (snapshot: PartySnapshot): [string, PartySnapshot['positions'][string]][] =>
    Object.entries(snapshot.positions).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  if (options.json) {
    const json = snapshots.map((snapshot) => ({
      party: snapshot.party,
      version: snapshot.version,
      positions: byIssue(snapshot).map(([issue, known]) => ({
        issue,
        stance: known.stance,
        detail: known.detail,
        since: known.since,
        changeId: known.changeId,
        sources: known.outlets.length,
      })),
    }));
    process.stdout.write(`${JSON.stringify({ at: at?.toISOString() ?? null, parties: json }, null, 2)}\n`);
    return 0;
  }
  const wording = wordingOf(taxonomy);
  const lines: string[] = at === undefined ? [] : [`positions as they stood at ${at.toISOString()}`, ''];
  for (const snapshot of snapshots) {
    lines.push(`${wording.partyName(snapshot.party)} (${snapshot.party})`);
    const positions = byIssue(snapshot);
    if (positions.length === 0) lines.push('  no known positions');
    let group = '';
    for (const [issue, known] of positions) {
      // Issue ids are `group.name`: a heading per group keeps a long list scannable.
      const [heading = issue, name = issue] = issue.split(/\.(.*)/s);
      if (heading !== group) lines.push(`  ${heading}`);
      group = heading;
      const sources = `${known.outlets.length} source${known.outlets.length === 1 ? '' : 's'}`;
      lines.push(`    ${name.padEnd(34)} ${known.stance.padEnd(8)} since ${known.since.slice(0, 10)}  ${sources}`);
      const detail = describeDetail(known.detail);
      if (detail) lines.push(`    ${''.padEnd(34)} ${detail}`);
    }
    lines.push('');
  }
  process.stdout.write(lines.join('\n'));
  return 0;
}

// "--at 2025-06-03" asks about that day as a whole, so a bare date means its end (UTC).
function endOf(text: string): Date {
  const moment = parseSince(text, new Date(), '--at');
  return /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? new Date(moment.getTime() + 86_400_000 - 1) : moment;
}
