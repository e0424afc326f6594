import { describe, expect, it } from 'vitest';
import { durationsIn, numbersIn } from '../../src/extract/detail.js';
import { extractPositions, loadTaxonomy } from '../../src/extract/index.js';

describe('numbers', () => {
  it('reads separators, suffixes and words for thousands in three languages', () => {
    expect(numbersIn('an army of 600,000, or 600 000, or 600k')).toEqual([600000]);
    expect(numbersIn('800 тисяч військових, 800 тыс. военных')).toEqual([800000]);
    expect(numbersIn('$300 billion of assets and €1.5 billion')).toEqual([300e9, 1.5e9]);
  });

  it('leaves out years and compound adjectives', () => {
    expect(numbersIn('the 28-point plan of 2025 exchanges 1,000 for 1,000')).toEqual([1000]);
  });
});

describe('durations', () => {
  it('normalises English, Ukrainian and Russian forms', () => {
    expect(durationsIn('a 30-day truce, then 24–48 hours, elections within 100 днів')).toEqual(['30 days', '24-48 hours', '100 days']);
    expect(durationsIn('трехдневное перемирие и трьохденне перемир’я на 30 дней')).toEqual(['30 days', '3 days']);
    expect(durationsIn('a three-day ceasefire')).toEqual(['3 days']);
  });

  it('keeps both ends of a range, in figures or in words', () => {
    expect(durationsIn('a local truce of 2–3 days')).toEqual(['2-3 days']);
    expect(durationsIn('a vote within 45 to 60 days, or two or three weeks')).toEqual(['45-60 days', '2-3 weeks']);
    expect(durationsIn('пауза на два-три дні')).toEqual(['2-3 days']);
    expect(durationsIn('перемирие на 4—5 суток')).toEqual(['4-5 days']);
    expect(durationsIn('cut the army from 900,000 to 600,000 troops')).toEqual([]);
  });
});

describe('detail on positions', () => {
  const taxonomy = loadTaxonomy();

  it('keeps regions, numbers, durations, conditions and qualifiers', () => {
    const [cap] = extractPositions({ title: '', body: 'The US plan would cap Ukraine\'s army at 600,000 troops.' }, taxonomy);
    expect(cap?.detail.numbers).toEqual([600000]);
    const [truce] = extractPositions({ title: '', body: 'Russia proposed an unconditional 30-day ceasefire if Kyiv halts mobilisation.' }, taxonomy);
    expect(truce).toMatchObject({ party: 'russia', issue: 'process.ceasefire', stance: 'support' });
    expect(truce?.detail).toMatchObject({ durations: ['30 days'], conditions: ['if kyiv halts mobilisation'], qualifiers: ['unconditional'] });
    const [withdrawal] = extractPositions({ title: '', body: 'Moscow demands that Kyiv pull out of Запорізької та Херсонської областей.' }, taxonomy);
    expect(withdrawal?.detail.regions).toEqual(['zaporizhzhia', 'kherson']);
  });
});
