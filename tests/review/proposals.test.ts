import { describe, expect, it } from 'vitest';
import { startingOutbox } from '../../src/notify/outbox.js';
import { queueMail } from '../../src/notify/queue.js';
import { applyChange, type PartySnapshot } from '../../src/record/snapshot.js';
import { holdOut, propose, statementKey, type Proposal, type ReviewState } from '../../src/review/proposals.js';
import { change, EMAIL, evidence, WORDING, worldOf } from '../notify/fixtures.js';

const EMPTY: ReviewState = { proposals: [], noise: [] };

describe('propose', () => {
  it('adds a change once, whatever became of it', () => {
    const first = propose(EMPTY, [change()]);
    expect(first.added).toHaveLength(1);
    const rejected: ReviewState = { ...first.state, proposals: first.state.proposals.map((proposal) => ({ ...proposal, status: 'rejected' })) };
    expect(propose(rejected, [change()]).added).toEqual([]);
  });

  it('leaves out reports whose statement was rejected as noise, whoever carries it', () => {
    const noisy = evidence({ feed: 'Courier', quote: 'The US plan caps the size of Ukraine’s armed forces at 600,000 troops!' });
    const state: ReviewState = { proposals: [], noise: [statementKey(change(), evidence().quote)] };
    expect(propose(state, [change({ evidence: [noisy] })]).added).toEqual([]);
    const other = evidence({ feed: 'Herald', quote: 'Washington wants a 600,000 ceiling.' });
    expect(propose(state, [change({ evidence: [noisy, other] })]).added[0]?.evidence).toEqual([other]);
  });

  it('takes a second report of where a pending proposal leads as its evidence, not as a second proposal', () => {
    const first = propose(EMPTY, [change()]).state;
    const second = propose(first, [change({ id: 'c000000000000002', evidence: [evidence({ feed: 'Courier', link: 'https://courier.example.org/cap', title: 'Cap', quote: 'A 600,000 cap.' })] })]);
    expect(second.added).toEqual([]);
    expect(second.state.proposals).toHaveLength(1);
    expect(second.state.proposals[0]?.change).toMatchObject({ id: 'c000000000000001', sources: 2 });
  });
});

describe('holdOut', () => {
  it('keeps the touched positions and the version as they were, and the rest as the cycle left them', () => {
    const empty: PartySnapshot = { party: 'united-states', version: 0, updated: '', positions: {} };
    const known = new Map([['united-states', applyChange(empty, change({ issue: 'security.guarantees' }))]]);
    const cycle = change({ id: 'c000000000000009' });
    const after = new Map([['united-states', applyChange(known.get('united-states')!, cycle)]]);
    const held = holdOut(after, known, [cycle]).get('united-states')!;
    expect(held.version).toBe(1);
    expect(Object.keys(held.positions)).toEqual(['security.guarantees']);
  });
});

describe('mail in review mode', () => {
  const proposal = (status: Proposal['status']): Proposal => ({ change: change(), status });

  it('alerts a proposal as proposed, and does not alert it again once accepted into the history', () => {
    const world = { ...worldOf([]), proposals: [proposal('pending')] };
    const queued = queueMail(startingOutbox({}), world, { email: EMAIL, wording: WORDING }, '2025-11-21T10:00:00Z');
    expect(queued.entries.map((entry) => [entry.status, entry.mail?.subject])).toEqual([['pending', '[talkwatch] proposed: United States · military.army-cap: none ⇒ support · single source']]);
    const sent = { ...queued, entries: queued.entries.map((entry) => ({ ...entry, status: 'sent' as const })) };
    const accepted = { ...worldOf([change()]), proposals: [proposal('accepted')] };
    const after = queueMail(sent, accepted, { email: EMAIL, wording: WORDING }, '2025-11-21T11:00:00Z');
    expect(after.entries).toHaveLength(1);
    expect(after.undigested).toEqual(['c000000000000001']);
  });

  it('drops the waiting alert of a rejected proposal', () => {
    const email = { ...EMAIL, minSources: 2 };
    const held = queueMail(startingOutbox({}), { ...worldOf([]), proposals: [proposal('pending')] }, { email, wording: WORDING }, '2025-11-21T10:00:00Z');
    expect(held.entries[0]?.status).toBe('held');
    const dropped = queueMail(held, { ...worldOf([]), proposals: [proposal('rejected')] }, { email, wording: WORDING }, '2025-11-21T11:00:00Z');
    expect(dropped.entries[0]).toMatchObject({ status: 'dropped', note: 'rejected in review' });
  });
});
