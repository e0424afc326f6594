import { describe, expect, it } from 'vitest';
import { extractPositions, loadTaxonomy } from '../../src/extract/index.js';
import { ANAPHORS, ATTRIBUTION, JOINT_TEXTS, CONDITIONS, DOCUMENTS, HEDGES, NEGATION, NOT_POSITIONS, OPTIONS, PASSIVES, PHRASINGS, RECIPIENTS, RELATIVES, REVERSALS, RUSSIAN, UKRAINIAN, type Case } from './cases.js';

const taxonomy = loadTaxonomy();

function describeCases(name: string, cases: readonly Case[]): void {
  describe(name, () => {
    it.each(cases.map((entry) => [entry.text, entry] as const))('%s', (_text, entry) => {
      const positions = extractPositions({ title: '', body: entry.text }, taxonomy);
      const found = positions.map((position) => `${position.party} ${position.issue} ${position.stance}${position.retracted ? ' retracted' : ''}`);
      expect(found.sort()).toEqual([...entry.expected].sort());
      const first = entry.expected[0];
      if (!first) return;
      const position = positions.find((candidate) => first.startsWith(`${candidate.party} ${candidate.issue} ${candidate.stance}`));
      for (const [key, value] of Object.entries(entry.detail ?? {})) {
        expect(position?.detail[key as keyof typeof position.detail], key).toEqual(expect.arrayContaining(value as unknown[]));
      }
      if (entry.hedge) expect(position?.hedge).toBe(entry.hedge);
    });
  });
}

describeCases('attribution', ATTRIBUTION);
describeCases('documents', DOCUMENTS);
describeCases('joint texts and summaries', JOINT_TEXTS);
describeCases('relatives', RELATIVES);
describeCases('recipients', RECIPIENTS);
describeCases('options', OPTIONS);
describeCases('negation', NEGATION);
describeCases('passives', PASSIVES);
describeCases('reversals', REVERSALS);
describeCases('anaphors', ANAPHORS);
describeCases('phrasings', PHRASINGS);
describeCases('conditions', CONDITIONS);
describeCases('hedges', HEDGES);
describeCases('Ukrainian', UKRAINIAN);
describeCases('Russian', RUSSIAN);
describeCases('not positions', NOT_POSITIONS);
