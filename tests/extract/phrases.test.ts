import { describe, expect, it } from 'vitest';
import { PhraseIndex, parsePattern } from '../../src/extract/phrases.js';
import { tokenize } from '../../src/extract/tokens.js';

function matches(patterns: string[], text: string): string[] {
  const index = new PhraseIndex<string>();
  for (const pattern of patterns) index.add(pattern, pattern);
  const tokens = tokenize(text);
  return index
    .build()
    .matchAll(tokens)
    .map((match) => `${match.value} @ ${tokens.slice(match.start, match.end).map((token) => token.raw).join(' ')}`);
}

describe('phrase patterns', () => {
  it('matches words in any case, stems and listed endings', () => {
    expect(matches(['kremlin', 'negotiat*', 'Москв{а,и,у}'], 'The KREMLIN negotiators met in Москви, not Москвою')).toEqual([
      'kremlin @ KREMLIN',
      'negotiat* @ negotiators',
      'Москв{а,и,у} @ Москви',
    ]);
  });

  it('keeps the case of =Word, so that the pronoun "us" is not the United States', () => {
    expect(matches(['=US'], 'He told us the U.S. and the US agree')).toEqual(['=US @ US', '=US @ US']);
  });

  it('reads alternatives, gaps and hyphens, and never runs across a comma', () => {
    expect(matches(['withdraw* ~3 troops|forces', 'all for all'], 'withdraw all of its forces in an all-for-all swap')).toEqual([
      'withdraw* ~3 troops|forces @ withdraw all of its forces',
      'all for all @ all for all',
    ]);
    expect(matches(['withdraw* ~3 troops'], 'withdraw, then troops')).toEqual([]);
  });

  it('forgives two swapped letters in long words', () => {
    expect(matches(['proposal', 'return*'], 'the European porposal and the reutrn of children')).toEqual(['proposal @ porposal', 'return* @ reutrn']);
  });

  it('normalises apostrophes, ё and Latin diacritics', () => {
    expect(matches(["перемир'я", 'елка', 'turkiye'], 'перемир’я, ёлка, Türkiye')).toHaveLength(3);
  });

  it('rejects patterns it cannot read', () => {
    expect(() => parsePattern('~2 troops')).toThrow(/starts with a gap/);
    expect(() => parsePattern('troops ~2')).toThrow(/ends with a gap/);
    expect(() => parsePattern('mobili{s,z}ation')).toThrow(/cannot read/);
  });
});
