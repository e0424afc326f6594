/**
 * A history of past position changes for the poll benchmark's data folder, so that the cost of a
 * cycle can be measured against the length of what the monitor has recorded (`--history N`).
 * The changes are consistent (each one's `before` is the previous one's `after` for its party and
 * issue), spread over the year before the workload's first item, so none of them falls inside a
 * wavering window, and the folder has no outbox yet: the first cycle takes them as already known.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadTaxonomy } from '../../src/extract/index.js';
import type { Change, PositionState } from '../../src/reconcile/change.js';
import { seededRandom } from '../seeded-random.js';

const YEAR_MS = 365 * 86_400_000;
const NUMBERS = [600_000, 700_000, 800_000, 850_000];

/** Writes `count` changes into `<dataDir>/snapshots/history/<party>.jsonl`, ending at `until`. */
export function seedHistory(dataDir: string, count: number, until: Date): void {
  const taxonomy = loadTaxonomy();
  const parties = taxonomy.parties.map((party) => party.id);
  const issues = taxonomy.issues.map((issue) => issue.id);
  const next = seededRandom(count);
  const current = new Map<string, PositionState>();
  const histories = new Map<string, Change[]>(parties.map((party) => [party, []]));
  const start = until.getTime() - YEAR_MS;
  for (let index = 0; index < count; index++) {
    const party = parties[Math.floor(next() * parties.length)] as string;
    const issue = issues[Math.floor(next() * issues.length)] as string;
    const before = current.get(`${party} ${issue}`) ?? null;
    const after: PositionState = {
      stance: before?.stance === 'support' ? 'oppose' : 'support',
      detail: issue === 'military.army-cap' ? { numbers: [NUMBERS[index % NUMBERS.length] as number] } : {},
    };
    current.set(`${party} ${issue}`, after);
    const at = new Date(start + Math.floor((index / count) * YEAR_MS)).toISOString();
    histories.get(party)?.push({
      id: `seed${index.toString(16).padStart(12, '0')}`,
      at,
      party,
      issue,
      kind: before ? 'flipped' : 'new',
      before,
      after,
      sources: 1,
      evidence: [
        {
          title: `Archived report ${index} on the talks`,
          link: `https://archive.example/talks/${index}`,
          feed: `Archive ${index % 40}`,
          published: at,
          quote: `An official said on the record that the position on ${issue} had changed again, according to a statement released after the latest round of talks between the delegations.`,
        },
      ],
    });
  }
  const folder = path.join(dataDir, 'snapshots', 'history');
  mkdirSync(folder, { recursive: true });
  for (const [party, changes] of histories) {
    writeFileSync(path.join(folder, `${party}.jsonl`), changes.map((change) => `${JSON.stringify(change)}\n`).join(''));
  }
}
