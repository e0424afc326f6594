import { describe, expect, it } from 'vitest';
import { extractPositions, loadTaxonomy } from '../../src/extract/index.js';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../src/extract/segment.js';

const taxonomy = loadTaxonomy();
const MEGABYTE = 1_000_000;

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length));
}

// Adversarial texts of about 1 MB: the engine must get through each in time proportional to its
// length. Only a generous timeout is asserted: timings belong to `npm run bench`.
const ADVERSARIAL: [string, string][] = [
  ['repeated stance clauses in one giant sentence', repeatTo('Russia demanded that Ukraine demanded that Kyiv rejected the withdrawal from Donetsk, ', MEGABYTE)],
  ['unbalanced brackets and quotes', repeatTo('((([[«"„‘(', MEGABYTE)],
  ['one word repeated with no full stop', repeatTo('word ', MEGABYTE)],
  ['a stance sentence repeated without full stops', repeatTo('Moscow rejects NATO membership and demands neutrality while Kyiv insists on security guarantees ', MEGABYTE)],
  ['digits with separators', repeatTo('1,000,000 000 ', MEGABYTE)],
  ['one very long word', 'а'.repeat(MEGABYTE)],
  ['abbreviations that never end a sentence', repeatTo('Gen. Mr. U.S. т. ст. ', MEGABYTE)],
];

describe('linear time on adversarial text', () => {
  it.each(ADVERSARIAL)('%s', (_name, body) => {
    const positions = extractPositions({ title: '', body }, taxonomy);
    expect(Array.isArray(positions)).toBe(true);
  }, 60_000);

  it('cuts sentences to the documented cap', () => {
    const sentences = splitSentences(repeatTo('word ', 10 * MAX_SENTENCE_CHARS), new Set());
    expect(sentences.length).toBeGreaterThanOrEqual(10);
    expect(Math.max(...sentences.map((sentence) => sentence.length))).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });
});
