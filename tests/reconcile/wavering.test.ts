import { describe, expect, it } from 'vitest';
import type { Position } from '../../src/extract/position.js';
import type { Change, Observation } from '../../src/reconcile/change.js';
import { reconcile } from '../../src/reconcile/reconcile.js';
import type { PartySnapshot } from '../../src/record/snapshot.js';

const HOUR = 3_600_000;
const options = (history: Change[]) => ({ history, waveringWindowMs: 48 * HOUR });

function seen(numbers: number[] | undefined, stance: Position['stance'] = 'support', quote = `cap ${numbers?.join() ?? 'none'} ${stance}`): Observation {
  return {
    position: { party: 'united-states', issue: 'military.army-cap', stance, quote, detail: numbers ? { numbers } : {} },
    evidence: { title: quote, link: `https://news.example.org/${encodeURIComponent(quote)}`, feed: 'Wire', published: '2025-11-21T09:00:00Z', quote },
  };
}

/** Reconciles one cycle after another, as the poll cycle does with the recorded history. */
function cycles(...steps: { at: string; observations: Observation[] }[]): Change[] {
  let known = new Map<string, PartySnapshot>();
  const history: Change[] = [];
  for (const step of steps) {
    const result = reconcile(known, step.observations, step.at, options(history));
    history.push(...result.changes);
    known = result.snapshots;
  }
  return history;
}

describe('wavering', () => {
  it('A ⇒ B ⇒ A within the window: the way back is a wavering change that names the one it undid', () => {
    const [created, raised, back] = cycles(
      { at: '2025-11-20T10:00:00Z', observations: [seen([600000])] },
      { at: '2025-11-21T10:00:00Z', observations: [seen([800000])] },
      { at: '2025-11-21T20:00:00Z', observations: [seen([600000], 'support', 'back to 600,000')] },
    );
    expect(created?.kind).toBe('new');
    expect(raised?.kind).toBe('detail');
    expect(back).toMatchObject({ kind: 'wavering', reverts: raised?.id, before: { detail: { numbers: [800000] } }, after: raised?.before });
  });

  it('a stance that flips and flips back in one cycle is wavering too; its detail returns whole', () => {
    const known = new Map<string, PartySnapshot>([
      ['united-states', { party: 'united-states', version: 1, updated: '', positions: { 'military.army-cap': { stance: 'support', detail: { numbers: [600000] }, since: '', changeId: 'c0', outlets: [], evidence: [] } } }],
    ]);
    const { changes } = reconcile(known, [seen(undefined, 'oppose'), seen(undefined, 'support', 'supports a cap again')], '2025-11-21T10:00:00Z', options([]));
    expect(changes.map((change) => change.kind)).toEqual(['flipped', 'wavering']);
    expect(changes[1]?.after).toEqual({ stance: 'support', detail: { numbers: [600000] } });
  });

  it('after the window, or to somewhere new, it is an ordinary change', () => {
    const late = cycles(
      { at: '2025-11-01T10:00:00Z', observations: [seen([600000])] },
      { at: '2025-11-02T10:00:00Z', observations: [seen([800000])] },
      { at: '2025-11-10T10:00:00Z', observations: [seen([600000], 'support', 'back, much later')] },
    );
    expect(late.at(-1)?.kind).toBe('detail');
    const elsewhere = cycles(
      { at: '2025-11-01T10:00:00Z', observations: [seen([600000])] },
      { at: '2025-11-01T11:00:00Z', observations: [seen([800000])] },
      { at: '2025-11-01T12:00:00Z', observations: [seen([700000])] },
    );
    expect(elsewhere.at(-1)?.kind).toBe('detail');
  });
});
