import { describe, expect, it } from 'vitest';
import { extractPositions, loadTaxonomy } from '../../src/extract/index.js';
import { KNOWN_GAPS, REPORTS } from './reports.js';

const taxonomy = loadTaxonomy();

describe('reports', () => {
  for (const report of REPORTS) {
    const test = KNOWN_GAPS.includes(report.title) ? it.fails : it;
    test(report.title, () => {
      const found = extractPositions(report, taxonomy).map((position) => `${position.party} ${position.issue} ${position.stance}${position.retracted ? ' retracted' : ''}`);
      expect(found.sort()).toEqual([...report.expected].sort());
    });
  }
});
