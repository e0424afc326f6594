import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/segment.js';

const ABBREVIATIONS = new Set(['gen', 'mr', 'u.s', 'т', 'ст', 'jan']);

describe('splitSentences', () => {
  it('does not split after abbreviations and initials', () => {
    const text = 'Gen. Keith Kellogg met Mr. Umerov. Donald J. Trump said the U.S. would help. Next sentence.';
    expect(splitSentences(text, ABBREVIATIONS)).toEqual([
      'Gen. Keith Kellogg met Mr. Umerov.',
      'Donald J. Trump said the U.S. would help.',
      'Next sentence.',
    ]);
  });

  it('ends a sentence after the network X, which is no initial', () => {
    expect(splitSentences('The talks will not resume, he wrote on X. Nor would Kyiv agree to an amnesty.', ABBREVIATIONS)).toEqual([
      'The talks will not resume, he wrote on X.',
      'Nor would Kyiv agree to an amnesty.',
    ]);
  });

  it('keeps a sentence whole when it goes on in lower case or with a number', () => {
    expect(splitSentences('Talks resumed on Jan. 5. in Istanbul, officials said.', ABBREVIATIONS)).toHaveLength(1);
  });

  it('splits Ukrainian and Russian text and keeps paragraphs apart', () => {
    const text = 'Пєсков заявив, що т. зв. меморандум готовий. Москва чекає відповіді\nКиїв мовчить';
    expect(splitSentences(text, ABBREVIATIONS)).toEqual(['Пєсков заявив, що т. зв. меморандум готовий.', 'Москва чекає відповіді', 'Київ мовчить']);
  });
});
