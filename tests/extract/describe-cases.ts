import { describe, expect, it } from 'vitest';
import { extractPositions, loadTaxonomy } from '../../src/extract/index.js';
import type { Case } from './cases.js';

const taxonomy = loadTaxonomy();

/**
 * One test per case: the item (its text as the body) states exactly the expected positions, a
 * retracted one marked " retracted"; the first expected position carries the case's detail and
 * hedge. Texts listed in `gaps` are known misses, pinned with `it.fails`.
 */
export function describeCases(name: string, cases: readonly Case[], gaps: readonly string[] = []): void {
  describe(name, () => {
    for (const entry of cases) {
      const test = gaps.includes(entry.text) ? it.fails : it;
      test(entry.text, () => {
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
    }
  });
}
