import { describe, expect, it } from 'vitest';
import { judgeAll, loadRelevanceSet } from './relevance-set.js';

/**
 * The relevance set: short reports on both sides of each line the corpus README's relevance rule
 * draws, in English, Ukrainian and Russian. Each case is its own test, so a failure names the
 * report; a known gap is expected to fail and says so when it starts to pass.
 */
describe('relevance set', () => {
  const judged = judgeAll(loadRelevanceSet());

  it('covers both sides of each boundary in the three languages', () => {
    for (const lang of ['en', 'uk', 'ru']) {
      expect(judged.some((item) => item.lang === lang && item.relevant)).toBe(true);
      expect(judged.some((item) => item.lang === lang && !item.relevant)).toBe(true);
    }
  });

  for (const item of judged) {
    const name = `${item.id} [${item.boundary}] is ${item.relevant ? 'relevant' : 'not relevant'}: ${item.title}`;
    const test = item.gap ? it.fails : it;
    test(name, () => {
      expect(item.judged).toBe(item.relevant);
    });
  }
});
