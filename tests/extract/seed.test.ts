import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPositions, loadTaxonomy } from '../../src/extract/index.js';

const taxonomy = loadTaxonomy();
const seed = readFileSync(new URL('./fixtures/seed-article.txt', import.meta.url), 'utf8');
const FOUR_OBLASTS = ['donetsk', 'kherson', 'luhansk', 'zaporizhzhia'];

/** The "Baseline snapshot" table of the taxonomy spec: party, issue, stance and regions. */
const BASELINE: [party: string, issue: string, stance: string, regions?: string[]][] = [
  ['russia', 'territory.recognize-crimea', 'support', ['crimea']],
  ['russia', 'territory.recognize-annexed-oblasts', 'support', FOUR_OBLASTS],
  ['russia', 'territory.ukrainian-withdrawal', 'support', FOUR_OBLASTS],
  ['russia', 'military.demobilization', 'support'],
  ['russia', 'security.nato-membership', 'oppose'],
  ['russia', 'military.no-redeployment', 'support'],
  ['russia', 'military.halt-western-arms', 'support'],
  ['russia', 'military.halt-intelligence-sharing', 'support'],
  ['russia', 'justice.renounce-compensation', 'support'],
  ['russia', 'justice.amnesty', 'support'],
  ['russia', 'society.russian-official-language', 'support'],
  ['russia', 'security.foreign-troops', 'oppose'],
  ['europe', 'security.foreign-troops', 'support'],
  ['ukraine', 'humanitarian.prisoner-exchange', 'support'],
  ['ukraine', 'humanitarian.children-return', 'support'],
  ['ukraine', 'humanitarian.civilian-release', 'support'],
  ['ukraine', 'security.eu-membership', 'support'],
  ['ukraine', 'security.nato-membership', 'support'],
  ['ukraine', 'security.guarantees', 'support'],
  ['ukraine', 'economy.frozen-assets-reconstruction', 'support'],
  ['ukraine', 'economy.sanctions-relief', 'support'],
];

describe('the seed report', () => {
  const positions = extractPositions({ title: '', body: seed }, taxonomy);

  it('yields exactly the 21 baseline positions', () => {
    const found = positions.map((position) => `${position.party} ${position.issue} ${position.stance}`).sort();
    const expected = BASELINE.map(([party, issue, stance]) => `${party} ${issue} ${stance}`).sort();
    expect(found).toEqual(expected);
  });

  it('keeps the regions of the territorial positions', () => {
    for (const [party, issue, stance, regions] of BASELINE) {
      const position = positions.find((candidate) => candidate.party === party && candidate.issue === issue && candidate.stance === stance);
      expect([...(position?.detail.regions ?? [])].sort(), `${party} ${issue}`).toEqual(regions ?? []);
    }
  });

  it('quotes the sentence each position was read from', () => {
    const withdrawal = positions.find((position) => position.issue === 'territory.ukrainian-withdrawal');
    expect(withdrawal?.quote).toMatch(/^Russia demanded the complete withdrawal/);
    expect(withdrawal?.detail.qualifiers).toContain('complete');
    const sanctions = positions.find((position) => position.issue === 'economy.sanctions-relief');
    expect(sanctions?.detail.conditions).toEqual(['if a ceasefire is achieved']);
    expect(sanctions?.hedge).toBe('may');
  });

  it('is deterministic', () => {
    expect(extractPositions({ title: '', body: seed }, taxonomy)).toEqual(positions);
  });
});
