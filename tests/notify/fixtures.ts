import type { EmailConfig, FeedConfig } from '../../src/config/config.js';
import type { Wording } from '../../src/notify/describe.js';
import type { MailWorld } from '../../src/notify/queue.js';
import type { Change, Evidence } from '../../src/reconcile/change.js';
import { applyChange, type PartySnapshot } from '../../src/record/snapshot.js';
import type { FeedStates } from '../../src/state/feed-state.js';

export const WORDING: Wording = {
  partyName: (party) => ({ russia: 'Russia', ukraine: 'Ukraine', 'united-states': 'United States' })[party] ?? party,
  proposition: (issue) => `the proposition of ${issue}`,
};

export const EMAIL: EmailConfig = {
  from: 'talkwatch@example.org',
  to: ['analyst@example.org'],
  mode: 'immediate',
  digestSchedule: '0 7 * * *',
  minSources: 1,
  retryDelay: '5m',
  feedFailures: 3,
};

export function evidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    title: 'US plan would cap Ukraine army at 600,000',
    link: 'https://wire.example.org/army-cap',
    feed: 'Wire',
    published: '2025-11-21T09:00:00Z',
    quote: 'The US plan caps the size of Ukraine\'s armed forces at 600,000 troops.',
    ...overrides,
  };
}

export function change(overrides: Partial<Change> = {}): Change {
  return {
    id: 'c000000000000001',
    at: '2025-11-21T10:00:00.000Z',
    party: 'united-states',
    issue: 'military.army-cap',
    kind: 'new',
    before: null,
    after: { stance: 'support', detail: { numbers: [600000] } },
    sources: 1,
    evidence: [evidence()],
    ...overrides,
  };
}

/** The records after the given changes were recorded in order, as the store would hold them. */
export function worldOf(changes: Change[], feeds: FeedConfig[] = [], feedStates: FeedStates = {}): MailWorld {
  const histories = new Map<string, Change[]>();
  const snapshots = new Map<string, PartySnapshot>();
  for (const recorded of changes) {
    histories.set(recorded.party, [...(histories.get(recorded.party) ?? []), recorded]);
    const snapshot = snapshots.get(recorded.party) ?? { party: recorded.party, version: 0, updated: '', positions: {} };
    snapshots.set(recorded.party, applyChange(snapshot, recorded));
  }
  const historyLengths = new Map([...histories].map(([party, history]) => [party, history.length]));
  return { historyLengths, histories: () => histories, snapshots, feeds, feedStates };
}
