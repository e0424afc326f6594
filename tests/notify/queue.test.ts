import { describe, expect, it } from 'vitest';
import type { FeedConfig } from '../../src/config/config.js';
import { startingOutbox, type OutboxState } from '../../src/notify/outbox.js';
import { composeDigestOf, queueDigest, queueMail } from '../../src/notify/queue.js';
import { corroborate } from '../../src/record/snapshot.js';
import type { FeedState } from '../../src/state/feed-state.js';
import { change, EMAIL, evidence, WORDING, worldOf } from './fixtures.js';

const NOW = '2025-11-21T10:05:00.000Z';
const settings = (email: Partial<typeof EMAIL> = {}) => ({ email: { ...EMAIL, ...email }, wording: WORDING });
const fresh = (): OutboxState => startingOutbox({});
const status = (state: OutboxState): Record<string, string> => Object.fromEntries(state.entries.map((entry) => [entry.id, entry.status]));

const RAISED = change({ id: 'c-raised', kind: 'detail', before: { stance: 'support', detail: { numbers: [600000] } }, after: { stance: 'support', detail: { numbers: [800000] } }, evidence: [evidence({ quote: 'Now 800,000.' })] });
const LOWERED = change({ id: 'c-back', at: '2025-11-21T16:00:00.000Z', kind: 'wavering', reverts: 'c-raised', before: { stance: 'support', detail: { numbers: [800000] } }, after: { stance: 'support', detail: { numbers: [600000] } }, evidence: [evidence({ quote: 'Back to 600,000.' })] });

describe('queueing the mail of what was recorded', () => {
  it('queues one pending alert per change, reading the history once', () => {
    const world = worldOf([change()]);
    const once = queueMail(fresh(), world, settings(), NOW);
    expect(once.entries).toHaveLength(1);
    expect(once.entries[0]).toMatchObject({ id: 'c000000000000001', kind: 'alert', status: 'pending', mail: { subject: expect.stringContaining('none ⇒ support') } });
    expect(once.consumed).toEqual({ 'united-states': 1 });
    expect(queueMail(once, world, settings(), NOW)).toEqual(once);
  });

  it('queues no alert in digest mode, yet notes the change for the digest', () => {
    const state = queueMail(fresh(), worldOf([change()]), settings({ mode: 'digest' }), NOW);
    expect(state.entries).toEqual([]);
    expect(state.undigested).toEqual(['c000000000000001']);
  });

  it('never mails a baseline position', () => {
    expect(queueMail(fresh(), worldOf([change({ baseline: true })]), settings(), NOW).entries).toEqual([]);
  });

  it('holds an alert until minSources independent outlets back it; a syndicated copy does not count', () => {
    const recorded = change();
    const world = worldOf([recorded]);
    const held = queueMail(fresh(), world, settings({ minSources: 2 }), NOW);
    expect(held.entries[0]).toMatchObject({ status: 'held', note: 'waiting for 2 independent sources (1 so far)' });

    // Another outlet carries the same wire text: still one source.
    const party = world.snapshots.get('united-states')!;
    const copied = corroborate(party, 'military.army-cap', evidence({ feed: 'Copycat', link: 'https://copycat.example.org/a' }));
    const stillHeld = queueMail(held, { ...world, snapshots: new Map([['united-states', copied]]) }, settings({ minSources: 2 }), NOW);
    expect(stillHeld.entries[0]?.status).toBe('held');

    const confirmed = corroborate(copied, 'military.army-cap', evidence({ feed: 'Own reporting', link: 'https://own.example.org/b', title: 'Washington sets a cap', quote: 'A US official confirmed the 600,000 ceiling.' }));
    const released = queueMail(stillHeld, { ...world, snapshots: new Map([['united-states', confirmed]]) }, settings({ minSources: 2 }), NOW);
    expect(released.entries[0]).toMatchObject({ status: 'pending', mail: { text: expect.stringContaining('2 independent outlets, 3 reports') } });
    expect(released.entries[0]?.note).toBeUndefined();
  });

  it('drops a held alert whose position changed again before it was confirmed; the digest still has both', () => {
    const first = change({ id: 'c-first' });
    const held = queueMail(fresh(), worldOf([first]), settings({ minSources: 2 }), NOW);
    const second = change({ id: 'c-second', kind: 'flipped', before: first.after, after: { stance: 'oppose', detail: {} }, evidence: [evidence({ quote: 'No cap at all.' })] });
    const state = queueMail(held, worldOf([first, second]), settings({ minSources: 2 }), NOW);
    expect(status(state)).toEqual({ 'c-first': 'dropped', 'c-second': 'held' });
    expect(state.undigested).toEqual(['c-first', 'c-second']);
  });

  it('sends no alert for a wavering change, and withdraws the alert of the change it undid if that one has not gone', () => {
    const inOneCycle = queueMail(fresh(), worldOf([RAISED, LOWERED]), settings(), NOW);
    expect(status(inOneCycle)).toEqual({ 'c-raised': 'dropped' });
    expect(inOneCycle.entries[0]?.note).toContain('undone by c-back');

    const sentBefore = queueMail(fresh(), worldOf([RAISED]), settings(), NOW);
    sentBefore.entries[0]!.status = 'sent';
    expect(status(queueMail(sentBefore, worldOf([RAISED, LOWERED]), settings(), NOW))).toEqual({ 'c-raised': 'sent' });
  });

  it('starts again from the end of a history that was replaced by a shorter one', () => {
    const state = { ...fresh(), consumed: { 'united-states': 5 } };
    const replaced = queueMail(state, worldOf([change()]), settings(), NOW);
    expect(replaced.entries).toEqual([]);
    expect(replaced.consumed).toEqual({ 'united-states': 1 });
  });
});

describe('feed health mail', () => {
  const feed: FeedConfig = { name: 'Wire', url: 'https://wire.example.org/rss', fullText: false, enabled: true };
  const failing = (failures: number): FeedState => ({ consecutiveFailures: failures, failingSince: '2025-11-21T08:00:00.000Z', lastFailureAt: NOW, lastError: 'fetch: resource not found (404 status code)' });

  it('one mail when a feed reaches the threshold, none while it goes on failing, one when it recovers', () => {
    const below = queueMail(fresh(), worldOf([], [feed], { Wire: failing(2) }), settings(), NOW);
    expect(below.entries).toEqual([]);
    const reached = queueMail(below, worldOf([], [feed], { Wire: failing(3) }), settings(), NOW);
    expect(reached.entries.map((entry) => entry.kind)).toEqual(['feed-failing']);
    expect(reached.entries[0]?.mail?.text).toContain('since 2025-11-21 08:00 UTC');
    expect(reached.entries[0]?.mail?.text).toContain('404 status code');
    const still = queueMail(reached, worldOf([], [feed], { Wire: failing(9) }), settings(), NOW);
    expect(still.entries).toHaveLength(1);
    const recovered = queueMail(still, worldOf([], [feed], { Wire: { consecutiveFailures: 0, lastSuccessAt: NOW, lastError: 'fetch: resource not found (404 status code)' } }), settings(), NOW);
    expect(recovered.entries.map((entry) => entry.kind)).toEqual(['feed-failing', 'feed-recovered']);
    expect(recovered.entries[1]?.mail?.references).toEqual([recovered.entries[0]?.id]);
    expect(recovered.failingFeeds).toEqual({});
  });

  it('forgets a failing feed that left the config, without a mail', () => {
    const reached = queueMail(fresh(), worldOf([], [feed], { Wire: failing(3) }), settings(), NOW);
    const removed = queueMail(reached, worldOf([], [], { Wire: failing(4) }), settings(), NOW);
    expect(removed.failingFeeds).toEqual({});
    expect(removed.entries).toHaveLength(1);
  });
});

describe('the digest', () => {
  it('covers each change once, and nothing when nothing is new', () => {
    const world = worldOf([change(), RAISED]);
    const state = queueMail(fresh(), world, settings({ mode: 'digest' }), NOW);
    const digest = composeDigestOf(state, world, WORDING, NOW)!;
    expect(digest.changeIds).toEqual(['c000000000000001', 'c-raised']);
    const after = queueDigest(state, digest, NOW);
    expect(after.undigested).toEqual([]);
    expect(composeDigestOf(after, world, WORDING, NOW)).toBeUndefined();
    expect(queueDigest(after, digest, NOW).entries).toHaveLength(1);
  });

  it('tells a change and its undoing as one wavering note, grouped under the party', () => {
    const world = worldOf([RAISED, LOWERED]);
    const digest = composeDigestOf(queueMail(fresh(), world, settings(), NOW), world, WORDING, NOW)!;
    expect(digest.subject).toBe('[talkwatch] Digest: 0 position changes, 1 wavering (United States)');
    expect(digest.text).toContain('UNITED STATES');
    expect(digest.text).toContain('Wavering: support (600,000) ⇒ support (800,000) ⇒ support (600,000), back between 2025-11-21 10:00 UTC and 2025-11-21 16:00 UTC');
    expect(digest.text.match(/military\.army-cap —/g)).toHaveLength(1);
  });

  it('lists the feeds failing now, since when and why', () => {
    const feed: FeedConfig = { name: 'Gone', url: 'https://gone.example.org/rss', fullText: false, enabled: true };
    const world = worldOf([change()], [feed], { Gone: { consecutiveFailures: 4, failingSince: '2025-11-20T07:00:00.000Z', lastError: 'fetch: resource not found (404 status code)' } });
    const digest = composeDigestOf(queueMail(fresh(), world, settings(), NOW), world, WORDING, NOW)!;
    expect(digest.text).toContain('1 of 1 feed failing:');
    expect(digest.text).toContain('Gone: failing since 2025-11-20 07:00 UTC (4 polls in a row): fetch: resource not found (404 status code)');
  });
});
