import { describe, expect, it } from 'vitest';
import { composeAlert } from '../../src/notify/alert.js';
import { change, evidence, WORDING } from './fixtures.js';

describe('the alert for one change', () => {
  it('says party, issue and old ⇒ new in a one-line subject, and marks a single source', () => {
    const flipped = change({ kind: 'flipped', before: { stance: 'support', detail: {} }, after: { stance: 'oppose', detail: {} } });
    expect(composeAlert({ change: flipped, evidence: flipped.evidence, sources: 1, earlier: [] }, WORDING).subject).toBe(
      '[talkwatch] United States · military.army-cap: support ⇒ oppose · single source',
    );
    const raised = change({ kind: 'detail', before: { stance: 'support', detail: { numbers: [600000] } }, after: { stance: 'support', detail: { numbers: [800000] } } });
    const two = [evidence(), evidence({ feed: 'Other', link: 'https://other.example.org/x', title: 'Another report on it', quote: 'Washington now proposes 800,000.' })];
    expect(composeAlert({ change: raised, evidence: two, sources: 2, earlier: [] }, WORDING).subject).toBe(
      '[talkwatch] United States · military.army-cap: support: 600,000 ⇒ 800,000',
    );
  });

  it('has before, after, the word diff, the sources and the evidence in both parts', () => {
    const raised = change({ kind: 'detail', before: { stance: 'support', detail: { numbers: [600000] } }, after: { stance: 'support', detail: { numbers: [800000] } } });
    const mail = composeAlert({ change: raised, evidence: [evidence({ hedge: 'reportedly' })], sources: 1, earlier: [] }, WORDING);
    expect(mail.text).toContain('Before:  support (600,000)');
    expect(mail.text).toContain('After:   support (800,000)');
    expect(mail.text).toContain('[-600,000-]{+800,000+}');
    expect(mail.text).toContain('Sources: 1 independent outlet (single source)');
    expect(mail.text).toContain('(reportedly)');
    expect(mail.text).toContain('Wire, 2025-11-21 09:00 UTC');
    expect(mail.html).toContain('<del style="background:#fbd6d6">600,000</del>');
    expect(mail.html).toContain('<ins style="background:#d4f7d4;text-decoration:none">800,000</ins>');
  });

  it('escapes every value from a feed, keeps styles inline, and links only web addresses', () => {
    const hostile = evidence({
      title: 'Plan <script>alert(1)</script> & "more"',
      quote: 'They said <img src=x onerror=alert(1)> it.',
      link: 'javascript:alert(1)',
      feed: 'Feed <b>',
    });
    const mail = composeAlert({ change: change({ evidence: [hostile] }), evidence: [hostile], sources: 1, earlier: [] }, WORDING);
    expect(mail.html).toContain('Plan &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).not.toMatch(/<script|<img|<b>|javascript:|<style/);
    expect(mail.html).not.toContain('href=');
  });

  it('cuts a long body sensibly and points to the full record', () => {
    const long = 'word '.repeat(400).trim();
    const many = Array.from({ length: 12 }, (_, index) => evidence({ feed: `Outlet ${index}`, link: `https://o${index}.example.org/r`, title: `Report number ${index} of the day`, quote: index === 0 ? long : `Quote ${index}` }));
    const mail = composeAlert({ change: change({ evidence: many }), evidence: many, sources: 12, earlier: [] }, WORDING);
    expect(mail.text).toContain('… and 7 more reports.');
    expect(mail.text).not.toContain('Outlet 5');
    expect(mail.text).toMatch(/“(word ){50,}word…”/);
    expect(mail.text.length).toBeLessThan(3000);
    expect(mail.text).toContain('Full record: change c000000000000001 in snapshots/history/united-states.jsonl');
  });

  it('has the id of its change and joins the thread of its position', () => {
    const mail = composeAlert({ change: change(), evidence: [evidence()], sources: 1, earlier: ['c1', 'c2'] }, WORDING);
    expect(mail.id).toBe('c000000000000001');
    expect(mail.changeIds).toEqual(['c000000000000001']);
    expect(mail.references).toEqual(['position.united-states.military.army-cap', 'c1', 'c2']);
  });

  it('keeps feed text that holds line breaks out of the subject', () => {
    const injected = change({ after: { stance: 'support', detail: { conditions: ['if\r\nBcc: victim@example.org'] } }, before: { stance: 'support', detail: {} }, kind: 'detail' });
    expect(composeAlert({ change: injected, evidence: injected.evidence, sources: 2, earlier: [] }, WORDING).subject).not.toMatch(/[\r\n]/);
  });
});
