import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../src/extract/index.js';
import type { Change } from '../../src/reconcile/change.js';
import { reconcile } from '../../src/reconcile/reconcile.js';
import { SnapshotStore } from '../../src/record/store.js';

const taxonomy = loadTaxonomy();

function freshFolder(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'talkwatch-store-')), 'snapshots');
}

function newDemand(at: string): Change {
  const observation = {
    position: { party: 'russia', issue: 'society.church', stance: 'support' as const, quote: 'Moscow demands the church law be repealed.', detail: {} },
    evidence: { title: 'Report', link: 'https://news.example.org/church', feed: 'Wire', published: at, quote: 'Moscow demands the church law be repealed.' },
  };
  const store = SnapshotStore.open(freshFolder(), taxonomy);
  return reconcile(store.load(), [observation], at).changes[0]!;
}

describe('the snapshot store', () => {
  it('starts a new folder from the baseline report, as history and snapshots', () => {
    const store = SnapshotStore.open(freshFolder(), taxonomy);
    const snapshots = store.load();
    const total = [...snapshots.values()].reduce((sum, snapshot) => sum + Object.keys(snapshot.positions).length, 0);
    expect(total).toBe(21);
    expect(snapshots.get('russia')?.positions['security.nato-membership']?.stance).toBe('oppose');
    expect(store.allChanges().every((change) => change.baseline)).toBe(true);
  });

  it('writes the history before the snapshot, and catches a lagging snapshot up on open', () => {
    const folder = freshFolder();
    SnapshotStore.open(folder, taxonomy);
    const change = newDemand('2025-11-21T10:00:00.000Z');
    // A crash between the two writes: the history has the change, the snapshot does not.
    const historyFile = path.join(folder, 'history', 'russia.jsonl');
    writeFileSync(historyFile, `${readFileSync(historyFile, 'utf8')}${JSON.stringify(change)}\n`);
    const reopened = SnapshotStore.open(folder, taxonomy).load();
    expect(reopened.get('russia')?.positions['society.church']).toMatchObject({ stance: 'support', changeId: change.id });
    const onDisk = JSON.parse(readFileSync(path.join(folder, 'russia.json'), 'utf8'));
    expect(onDisk.positions['society.church'].changeId).toBe(change.id);
    // A store opened after the crash reads the history the crashed process wrote.
    expect(SnapshotStore.open(folder, taxonomy).history('russia').at(-1)?.id).toBe(change.id);
  });

  it('rebuilds a snapshot from its history when the history was replaced by a shorter one', () => {
    const folder = freshFolder();
    SnapshotStore.open(folder, taxonomy).load();
    const historyFile = path.join(folder, 'history', 'russia.jsonl');
    const [first] = readFileSync(historyFile, 'utf8').split('\n');
    writeFileSync(historyFile, `${first}\n`);
    const rebuilt = SnapshotStore.open(folder, taxonomy).load().get('russia');
    expect(rebuilt?.version).toBe(1);
    expect(Object.keys(rebuilt?.positions ?? {})).toEqual([(JSON.parse(first!) as Change).issue]);
  });

  it('rebuilds a damaged snapshot file from the history', () => {
    const folder = freshFolder();
    SnapshotStore.open(folder, taxonomy).load();
    writeFileSync(path.join(folder, 'russia.json'), '{"party": "russ');
    const rebuilt = SnapshotStore.open(folder, taxonomy).load();
    expect(Object.keys(rebuilt.get('russia')?.positions ?? {})).toHaveLength(12);
  });

  it('skips a history line an append left unfinished, and the next append starts on a line of its own', () => {
    const folder = freshFolder();
    const store = SnapshotStore.open(folder, taxonomy);
    const before = store.load();
    const change = newDemand('2025-11-21T10:00:00.000Z');
    // A crash in the middle of an append: half a line, no newline, and the snapshot never written.
    const historyFile = path.join(folder, 'history', 'russia.jsonl');
    const whole = readFileSync(historyFile, 'utf8');
    writeFileSync(historyFile, `${whole}${JSON.stringify(change).slice(0, 40)}`);
    const reopened = SnapshotStore.open(folder, taxonomy);
    expect(reopened.load().get('russia')?.positions['society.church']).toBeUndefined();
    expect(reopened.history('russia')).toHaveLength(before.get('russia')!.version);

    const { snapshots } = reconcile(reopened.load(), [{ position: { party: 'russia', issue: 'society.church', stance: 'support', quote: change.evidence[0]!.quote, detail: {} }, evidence: change.evidence[0]! }], change.at);
    reopened.record([change], before, snapshots);
    expect(readFileSync(historyFile, 'utf8')).toBe(`${whole}${JSON.stringify(change)}\n`);
    expect(SnapshotStore.open(folder, taxonomy).load().get('russia')?.positions['society.church']?.changeId).toBe(change.id);
  });

  it('reads the recent changes from the end of the history, the same as the whole history filtered', () => {
    const folder = freshFolder();
    const store = SnapshotStore.open(folder, taxonomy);
    let snapshots = store.load();
    const days = ['2025-11-01', '2025-11-10', '2025-11-20'].map((day) => `${day}T10:00:00.000Z`);
    for (const [index, at] of days.entries()) {
      const stance = index % 2 === 0 ? 'support' : 'oppose';
      const quote = `Moscow ${stance === 'support' ? 'demands' : 'rejects'} a church law (report ${index}).`;
      const result = reconcile(snapshots, [{ position: { party: 'russia', issue: 'society.church', stance, quote, detail: {} }, evidence: { title: 'Report', link: null, feed: 'Wire', published: at, quote } }], at);
      store.record(result.changes, snapshots, result.snapshots);
      snapshots = result.snapshots;
    }
    const since = '2025-11-05T00:00:00.000Z';
    const recent = SnapshotStore.open(folder, taxonomy).changesSince(since);
    expect(recent.map((change) => change.at)).toEqual(days.slice(1));
    expect(recent).toEqual(SnapshotStore.open(folder, taxonomy).allChanges().filter((change) => change.at >= since));
  });

  it('records changes so that the snapshot lists positions in taxonomy order', () => {
    const folder = freshFolder();
    const store = SnapshotStore.open(folder, taxonomy);
    const before = store.load();
    const change = newDemand('2025-11-21T10:00:00.000Z');
    const { snapshots } = reconcile(before, [{ position: { party: 'russia', issue: 'society.church', stance: 'support', quote: change.evidence[0]!.quote, detail: {} }, evidence: change.evidence[0]! }], change.at);
    store.record([change], before, snapshots);
    const issues = Object.keys(JSON.parse(readFileSync(path.join(folder, 'russia.json'), 'utf8')).positions);
    const order = taxonomy.issues.map((issue) => issue.id);
    expect(issues).toEqual([...issues].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(issues).toContain('society.church');
  });
});
