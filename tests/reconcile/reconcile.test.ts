import { describe, expect, it } from 'vitest';
import type { Position } from '../../src/extract/position.js';
import type { Observation } from '../../src/reconcile/change.js';
import { reconcile } from '../../src/reconcile/reconcile.js';
import type { PartySnapshot } from '../../src/record/snapshot.js';

const AT = '2025-11-21T10:00:00.000Z';

function observation(position: Partial<Position> & Pick<Position, 'party' | 'issue' | 'stance'>, feed = 'Wire', link = 'https://news.example.org/1'): Observation {
  const full: Position = { quote: `${position.party} on ${position.issue}`, detail: {}, ...position };
  return { position: full, evidence: { title: 'Report', link, feed, published: '2025-11-21T09:00:00Z', quote: full.quote } };
}

function known(positions: PartySnapshot['positions'], party = 'russia'): Map<string, PartySnapshot> {
  return new Map([[party, { party, version: 1, updated: AT, positions }]]);
}

const ARMY_CAP_600K = {
  stance: 'support' as const,
  detail: { numbers: [600000] },
  since: '2025-11-01T00:00:00Z',
  changeId: 'c0',
  outlets: ['Wire'],
  evidence: [],
};

describe('reconcile', () => {
  it('a new position is a change with no before', () => {
    const { changes } = reconcile(new Map(), [observation({ party: 'russia', issue: 'military.demobilization', stance: 'support' })], AT);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'new', before: null, after: { stance: 'support' }, sources: 1 });
  });

  it('a restatement is no change; it adds the outlet once, however often the same report is read', () => {
    const snapshots = known({ 'military.army-cap': ARMY_CAP_600K }, 'united-states');
    const restated = observation({ party: 'united-states', issue: 'military.army-cap', stance: 'support', detail: { numbers: [600000] } }, 'Euro Desk');
    const first = reconcile(snapshots, [restated], AT);
    expect(first.changes).toEqual([]);
    expect(first.restatements).toBe(1);
    expect(first.snapshots.get('united-states')?.positions['military.army-cap']?.outlets).toEqual(['Wire', 'Euro Desk']);
    const again = reconcile(first.snapshots, [restated], AT);
    expect(again.snapshots.get('united-states')?.positions['military.army-cap']?.evidence).toHaveLength(1);
  });

  it('a flipped stance and a changed number are changes', () => {
    const snapshots = known({ 'military.army-cap': ARMY_CAP_600K }, 'united-states');
    const raised = reconcile(snapshots, [observation({ party: 'united-states', issue: 'military.army-cap', stance: 'support', detail: { numbers: [800000] } })], AT);
    expect(raised.changes[0]).toMatchObject({ kind: 'detail', before: { detail: { numbers: [600000] } }, after: { detail: { numbers: [800000] } } });
    const flipped = reconcile(snapshots, [observation({ party: 'united-states', issue: 'military.army-cap', stance: 'oppose' })], AT);
    expect(flipped.changes[0]).toMatchObject({ kind: 'flipped', before: { stance: 'support' }, after: { stance: 'oppose' } });
  });

  it('a report naming fewer regions than the known demand restates it; one naming a new region changes it', () => {
    const withdrawal = { ...ARMY_CAP_600K, detail: { regions: ['donetsk', 'luhansk'] } };
    const snapshots = known({ 'territory.ukrainian-withdrawal': withdrawal });
    const subset = reconcile(snapshots, [observation({ party: 'russia', issue: 'territory.ukrainian-withdrawal', stance: 'support', detail: { regions: ['donetsk'] } })], AT);
    expect(subset.changes).toEqual([]);
    const wider = reconcile(snapshots, [observation({ party: 'russia', issue: 'territory.ukrainian-withdrawal', stance: 'support', detail: { regions: ['donetsk', 'kharkiv'] } })], AT);
    expect(wider.changes[0]?.kind).toBe('detail');
  });

  it('five outlets repeating one new demand in a cycle make one change, not five', () => {
    const reports = ['A', 'B', 'C', 'D', 'E'].map((feed) => observation({ party: 'russia', issue: 'society.church', stance: 'support' }, feed, `https://${feed}.example.org/`));
    const { changes, restatements, snapshots } = reconcile(new Map(), reports, AT);
    expect(changes).toHaveLength(1);
    expect(restatements).toBe(4);
    expect(snapshots.get('russia')?.positions['society.church']?.outlets).toHaveLength(5);
  });

  it('reading the same report again gives the same change id', () => {
    const report = observation({ party: 'russia', issue: 'society.church', stance: 'support' });
    expect(reconcile(new Map(), [report], AT).changes[0]?.id).toBe(reconcile(new Map(), [report], '2026-01-01T00:00:00Z').changes[0]?.id);
  });
});

describe('a retracted position', () => {
  const DEMOBILIZATION = { ...ARMY_CAP_600K, detail: {} };

  it('withdraws the known position it names', () => {
    const snapshots = known({ 'military.demobilization': DEMOBILIZATION });
    const dropped = observation({ party: 'russia', issue: 'military.demobilization', stance: 'support', retracted: true });
    const { changes, snapshots: after } = reconcile(snapshots, [dropped], AT);
    expect(changes[0]).toMatchObject({ kind: 'withdrawn', before: { stance: 'support' }, after: null });
    expect(after.get('russia')?.positions['military.demobilization']).toBeUndefined();
  });

  it('changes nothing when no such position is known', () => {
    const dropped = observation({ party: 'russia', issue: 'military.demobilization', stance: 'support', retracted: true });
    const { changes, restatements } = reconcile(new Map(), [dropped], AT);
    expect(changes).toEqual([]);
    expect(restatements).toBe(0);
  });
});
