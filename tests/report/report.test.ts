import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../src/extract/index.js';
import { applyChange, type PartySnapshot } from '../../src/record/snapshot.js';
import { reportModel } from '../../src/report/model.js';
import { renderReport } from '../../src/report/render.js';
import { change, evidence, WORDING } from '../notify/fixtures.js';

const taxonomy = loadTaxonomy();
const NOW = new Date('2025-11-25T00:00:00Z');

function modelOf(changes: ReturnType<typeof change>[]) {
  const histories = new Map<string, ReturnType<typeof change>[]>();
  const snapshots = new Map<string, PartySnapshot>();
  for (const recorded of changes) {
    histories.set(recorded.party, [...(histories.get(recorded.party) ?? []), recorded]);
    snapshots.set(recorded.party, applyChange(snapshots.get(recorded.party) ?? { party: recorded.party, version: 0, updated: '', positions: {} }, recorded));
  }
  return reportModel({ taxonomy, snapshots, histories, now: NOW, recentDays: 7 });
}

describe('reportModel', () => {
  it('a row per issue and a column per party; recent changes marked; the timeline newest first, without the baseline', () => {
    const old = change({ id: 'c1', at: '2025-06-02T00:00:00Z', party: 'russia', issue: 'security.nato-membership', after: { stance: 'oppose', detail: {} }, baseline: true });
    const first = change({ id: 'c2', at: '2025-11-01T00:00:00Z' });
    const second = change({ id: 'c3', at: '2025-11-24T00:00:00Z', kind: 'detail', before: first.after, after: { stance: 'support', detail: { numbers: [800000] } } });
    const model = modelOf([old, first, second]);
    expect(model.rows).toHaveLength(taxonomy.issues.length);
    expect(model.rows[0]).toHaveLength(taxonomy.parties.length);
    const cells = model.rows.flat();
    expect(cells.find((cell) => cell.party === 'united-states' && cell.issue === 'military.army-cap')).toMatchObject({ stance: 'support', recent: true, history: [first, second] });
    expect(cells.find((cell) => cell.party === 'russia' && cell.issue === 'security.nato-membership')).toMatchObject({ stance: 'oppose', recent: false });
    expect(cells.find((cell) => cell.party === 'turkey' && cell.issue === 'military.army-cap')).toMatchObject({ stance: 'unknown', history: [] });
    expect(model.timeline.map((entry) => entry.id)).toEqual(['c3', 'c2']);
  });
});

describe('renderReport', () => {
  it('escapes every feed value and links only http(s) addresses', () => {
    const hostile = evidence({ title: '<img src=x onerror=alert(1)>', link: 'javascript:alert(1)', feed: '"><script>', quote: '</p><script>alert(2)</script>' });
    const html = renderReport(modelOf([change({ evidence: [hostile] })]), WORDING);
    expect(html).not.toMatch(/<img|javascript:|<script>alert|"><script>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });
});
