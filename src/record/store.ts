import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PositionDetail } from '../extract/position.js';
import type { Taxonomy } from '../extract/taxonomy.js';
import type { Change } from '../reconcile/change.js';
import { writeFileAtomic, writeJsonAtomic } from '../util/atomic-write.js';
import { baselineChanges } from './baseline.js';
import { applyChange, type PartySnapshot } from './snapshot.js';

/**
 * The snapshots folder: `<party>.json` holds the known positions, `history/<party>.jsonl` every
 * change with its evidence, one per line, never rewritten in content. The history is written
 * first and is the source of truth: a snapshot that lags behind it (a crash between the two
 * writes) is brought up to date on the next open.
 */
export class SnapshotStore {
  /**
   * Histories as read or written by this store: a cycle consults them several times (catching
   * snapshots up, wavering, the outbox, the mail), and one writer per data folder means the files
   * change only through this store.
   */
  private readonly histories = new Map<string, Change[]>();

  private constructor(
    readonly folder: string,
    private readonly taxonomy: Taxonomy,
  ) {}

  /** Opens the folder, creating it from the baseline when it has no snapshots yet. */
  static open(folder: string, taxonomy: Taxonomy): SnapshotStore {
    const store = new SnapshotStore(folder, taxonomy);
    if (!existsSync(store.historyFile(taxonomy.parties[0]?.id ?? ''))) store.initialise();
    return store;
  }

  /** The current snapshots of every party of the taxonomy, caught up with their history. */
  load(): Map<string, PartySnapshot> {
    const snapshots = new Map<string, PartySnapshot>();
    for (const { id } of this.taxonomy.parties) {
      const history = this.history(id);
      let snapshot = this.readSnapshot(id);
      if (snapshot.version < history.length) {
        snapshot = history.slice(snapshot.version).reduce(applyChange, snapshot);
        this.writeSnapshot(snapshot);
      }
      snapshots.set(id, snapshot);
    }
    return snapshots;
  }

  /** Every change of one party, oldest first. */
  history(party: string): Change[] {
    let history = this.histories.get(party);
    if (!history) {
      history = this.readHistory(party);
      this.histories.set(party, history);
    }
    return history;
  }

  private readHistory(party: string): Change[] {
    const file = this.historyFile(party);
    if (!existsSync(file)) return [];
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, index) => {
        try {
          return JSON.parse(line) as Change;
        } catch (error) {
          throw new Error(`${file}:${index + 1} is damaged (${(error as Error).message})`, { cause: error });
        }
      });
  }

  /** Every change of every party, oldest first. */
  allChanges(): Change[] {
    return this.taxonomy.parties.flatMap(({ id }) => this.history(id)).sort((a, b) => a.at.localeCompare(b.at));
  }

  /**
   * Records a cycle's changes and the snapshots they lead to. The history of a party is written
   * before its snapshot; snapshots that only gained evidence are written too.
   */
  record(changes: Change[], before: ReadonlyMap<string, PartySnapshot>, after: ReadonlyMap<string, PartySnapshot>): void {
    for (const party of new Set(changes.map((change) => change.party))) {
      const added = changes.filter((change) => change.party === party);
      this.writeHistory(party, [...this.history(party), ...added]);
    }
    for (const [party, snapshot] of after) {
      if (before.get(party) !== snapshot) this.writeSnapshot(snapshot);
    }
  }

  private initialise(): void {
    const baseline = baselineChanges();
    const empty = new Map(this.taxonomy.parties.map(({ id }) => [id, emptySnapshot(id, baseline[0]?.at ?? '')]));
    const seeded = new Map(empty);
    for (const change of baseline) {
      const snapshot = seeded.get(change.party);
      if (snapshot) seeded.set(change.party, applyChange(snapshot, change));
    }
    for (const { id } of this.taxonomy.parties) {
      this.writeHistory(id, baseline.filter((change) => change.party === id));
    }
    for (const snapshot of seeded.values()) this.writeSnapshot(snapshot);
  }

  private writeHistory(party: string, history: Change[]): void {
    writeFileAtomic(this.historyFile(party), history.map((change) => `${JSON.stringify(change)}\n`).join(''));
    this.histories.set(party, history);
  }

  private readSnapshot(party: string): PartySnapshot {
    const file = this.snapshotFile(party);
    if (!existsSync(file)) return emptySnapshot(party, '');
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as PartySnapshot;
    } catch (error) {
      // The history can rebuild it, so a damaged snapshot is not fatal.
      if (error instanceof SyntaxError) return emptySnapshot(party, '');
      throw new Error(`cannot read ${file}: ${(error as Error).message}`, { cause: error });
    }
  }

  private writeSnapshot(snapshot: PartySnapshot): void {
    const order = this.taxonomy.issues.map((issue) => issue.id);
    const rank = (issue: string): number => (order.includes(issue) ? order.indexOf(issue) : order.length);
    const issues = Object.keys(snapshot.positions).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    const positions = Object.fromEntries(
      issues.flatMap((issue) => {
        const known = snapshot.positions[issue];
        return known ? [[issue, { ...known, detail: canonicalDetail(known.detail) }]] : [];
      }),
    );
    writeJsonAtomic(this.snapshotFile(snapshot.party), { ...snapshot, positions });
  }

  private snapshotFile(party: string): string {
    return path.join(this.folder, `${party}.json`);
  }

  private historyFile(party: string): string {
    return path.join(this.folder, 'history', `${party}.jsonl`);
  }
}

const DETAIL_ORDER: (keyof PositionDetail)[] = ['regions', 'numbers', 'durations', 'conditions', 'qualifiers'];

/** Detail keys in one fixed order, whatever order the extractor found them in, so that only real changes show in `git diff`. */
function canonicalDetail(detail: PositionDetail): PositionDetail {
  return Object.fromEntries(DETAIL_ORDER.flatMap((key) => (detail[key] === undefined ? [] : [[key, detail[key]]])));
}

function emptySnapshot(party: string, updated: string): PartySnapshot {
  return { party, version: 0, updated, positions: {} };
}
