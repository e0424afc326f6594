import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/reconcile/change.js';
import { reconcile } from '../../src/reconcile/reconcile.js';
import { independentSources } from '../../src/reconcile/sources.js';

const WIRE_TEXT = 'Kremlin spokesman Dmitry Peskov said Moscow wants the church law repealed as part of any deal.';

function report(feed: string, overrides: Partial<Evidence> = {}): Evidence {
  return { title: `Report by ${feed} on the talks today`, link: `https://${feed.toLowerCase()}.example.org/story`, feed, published: '2025-11-21T09:00:00Z', quote: `${feed} own sentence about the church law demand.`, ...overrides };
}

describe('independent sources', () => {
  it('counts a wire story carried by several outlets once, however they restyle it', () => {
    const copies = ['Wire', 'Daily', 'Herald'].map((feed) => report(feed, { quote: feed === 'Herald' ? WIRE_TEXT.replace('said', 'said:').toUpperCase() : WIRE_TEXT }));
    expect(independentSources(copies)).toBe(1);
  });

  it('counts the same title or the same link as one report', () => {
    expect(independentSources([report('Wire', { title: 'Moscow demands church law repeal' }), report('Daily', { title: 'Moscow demands church-law repeal!' })])).toBe(1);
    expect(independentSources([report('Wire', { link: 'https://www.wire.example.org/story/' }), report('Aggregator', { link: 'https://wire.example.org/story?utm_source=x' })])).toBe(1);
  });

  it('counts outlets with their own reporting, each once', () => {
    expect(independentSources([report('Wire'), report('Daily'), report('Daily', { link: 'https://daily.example.org/second', title: 'A second Daily story on it', quote: 'Another sentence.' })])).toBe(2);
  });

  it('does not take short generic titles or a home-page link for one report', () => {
    expect(independentSources([report('Wire', { title: 'Live updates', link: 'https://news.example.org/' }), report('Daily', { title: 'Live updates', link: 'https://news.example.org/' })])).toBe(2);
  });
});

describe('a change and the reports that repeat it in the same cycle', () => {
  it('has them all as evidence and counts independent outlets', () => {
    const observe = (evidence: Evidence) => ({ position: { party: 'russia', issue: 'society.church', stance: 'support' as const, quote: evidence.quote, detail: {} }, evidence });
    const { changes } = reconcile(new Map(), [observe(report('Wire', { quote: WIRE_TEXT })), observe(report('Daily', { quote: WIRE_TEXT })), observe(report('Own'))], '2025-11-21T10:00:00Z');
    expect(changes).toHaveLength(1);
    expect(changes[0]?.evidence.map((evidence) => evidence.feed)).toEqual(['Wire', 'Daily', 'Own']);
    expect(changes[0]?.sources).toBe(2);
  });
});
