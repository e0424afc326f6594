import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PositionDetail } from '../extract/position.js';
import type { Taxonomy } from '../extract/taxonomy.js';
import type { Change } from '../reconcile/change.js';
import { appendFileDurably, writeFileAtomic, writeJsonAtomic } from '../util/atomic-write.js';
import { linesFromEnd } from '../util/lines-from-end.js';
import { baselineChanges } from './baseline.js';
import { applyChange, type PartySnapshot } from './snapshot.js';

/**
 * The snapshots folder: `<party>.json` holds the known positions, `history/<party>.jsonl` every
 * change with its evidence, one per line, only ever appended to. The history is written first
 * and is the source of truth: a snapshot that lags behind it (a crash between the two writes) is
 * brought up to date on the next open. A snapshot notes the size of the history it folds in, so
 * that telling it is up to date costs a `stat`, not a read of the whole history: a cycle with
 * nothing new costs the same after ten changes or a hundred thousand.
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

  /** The current snapshots of every party of the taxonomy, caught up with their history: each one's `version` is its history's length. */
  load(): Map<string, PartySnapshot> {
    const snapshots = new Map<string, PartySnapshot>();
    for (const { id } of this.taxonomy.parties) {
      let snapshot = this.readSnapshot(id);
      if (snapshot.historyBytes === undefined || snapshot.historyBytes !== this.historyBytes(id)) {
        const history = this.history(id);
        // A snapshot ahead of its history outlived it (the history was replaced): the history is the source of truth.
        if (snapshot.version > history.length) snapshot = emptySnapshot(id, '');
        if (snapshot.version < history.length) snapshot = history.slice(snapshot.version).reduce(applyChange, snapshot);
        snapshot = this.writeSnapshot(snapshot);
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
    return completeLines(readFileSync(file, 'utf8')).map((line, index) => parseHistoryLine(file, line, index + 1));
  }

  /**
   * The changes recorded at `since` or later, every party's, oldest first. Read from the end of
   * each history file, so that what a cycle needs of the recent past does not grow with all time.
   */
  changesSince(since: string): Change[] {
    const recent = this.taxonomy.parties.flatMap(({ id }) => {
      const cached = this.histories.get(id);
      if (cached) return cached.filter((change) => change.at >= since);
      const file = this.historyFile(id);
      const changes: Change[] = [];
      for (const line of linesFromEnd(file)) {
        const change = parseHistoryLine(file, line);
        if (change.at < since) break;
        changes.push(change);
      }
      return changes.reverse();
    });
    return recent.sort((a, b) => a.at.localeCompare(b.at));
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
      this.appendHistory(party, changes.filter((change) => change.party === party));
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
    writeFileAtomic(this.historyFile(party), history.map(historyLine).join(''));
    this.histories.set(party, history);
  }

  /**
   * Appends, so that recording costs what is new, not the length of the history. A crash in the
   * middle of an append leaves a last line without its newline: it was never acknowledged (the
   * snapshot and the outbox are written after), readers skip it and the next append cuts it off.
   */
  private appendHistory(party: string, added: Change[]): void {
    const file = this.historyFile(party);
    appendFileDurably(file, added.map(historyLine).join(''), { dropIncompleteLine: true });
    const cached = this.histories.get(party);
    if (cached) this.histories.set(party, [...cached, ...added]);
  }

  private historyBytes(party: string): number {
    try {
      return statSync(this.historyFile(party)).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw new Error(`cannot read ${this.historyFile(party)}: ${(error as Error).message}`, { cause: error });
    }
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

  /** Writes the snapshot with the size of the history it now folds in; returns what was written. */
  private writeSnapshot(snapshot: PartySnapshot): PartySnapshot {
    const order = this.taxonomy.issues.map((issue) => issue.id);
    const rank = (issue: string): number => (order.includes(issue) ? order.indexOf(issue) : order.length);
    const issues = Object.keys(snapshot.positions).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    const positions = Object.fromEntries(
      issues.flatMap((issue) => {
        const known = snapshot.positions[issue];
        return known ? [[issue, { ...known, detail: canonicalDetail(known.detail) }]] : [];
      }),
    );
    const { party, version, updated } = snapshot;
    const written = { party, version, updated, historyBytes: this.historyBytes(party), positions };
    writeJsonAtomic(this.snapshotFile(snapshot.party), written);
    return written;
  }

  private snapshotFile(party: string): string {
    return path.join(this.folder, `${party}.json`);
  }

  private historyFile(party: string): string {
    return path.join(this.folder, 'history', `${party}.jsonl`);
  }
}

function historyLine(change: Change): string {
  return `${JSON.stringify(change)}\n`;
}

function parseHistoryLine(file: string, line: string, lineNumber?: number): Change {
  try {
    return JSON.parse(line) as Change;
  } catch (error) {
    const where = lineNumber === undefined ? `${file} (a line near its end)` : `${file}:${lineNumber}`;
    throw new Error(`${where} is damaged (${(error as Error).message})`, { cause: error });
  }
}

/** The lines of a history file that were written whole: a last line without its newline is an append cut short. */
function completeLines(text: string): string[] {
  return text
    .slice(0, text.lastIndexOf('\n') + 1)
    .split('\n')
    .filter((line) => line.trim() !== '');
}

const DETAIL_ORDER: (keyof PositionDetail)[] = ['regions', 'numbers', 'durations', 'conditions', 'qualifiers'];

/** Detail keys in one fixed order, whatever order the extractor found them in, so that only real changes show in `git diff`. */
function canonicalDetail(detail: PositionDetail): PositionDetail {
  return Object.fromEntries(DETAIL_ORDER.flatMap((key) => (detail[key] === undefined ? [] : [[key, detail[key]]])));
}

function emptySnapshot(party: string, updated: string): PartySnapshot {
  return { party, version: 0, updated, positions: {} };
}
