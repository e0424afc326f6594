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

  it('rebuilds a damaged snapshot file from the history', () => {
    const folder = freshFolder();
    SnapshotStore.open(folder, taxonomy).load();
    writeFileSync(path.join(folder, 'russia.json'), '{"party": "russ');
    const rebuilt = SnapshotStore.open(folder, taxonomy).load();
    expect(Object.keys(rebuilt.get('russia')?.positions ?? {})).toHaveLength(12);
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
