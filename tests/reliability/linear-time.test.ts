import { describe, expect, it } from 'vitest';
import { extractPositions, loadTaxonomy } from '../../src/extract/index.js';
import { htmlToText } from '../../src/parse/html-text.js';
import { MAX_NESTING_DEPTH } from '../../src/parse/nesting-depth.js';
import { parseFeed } from '../../src/parse/parse-feed.js';

const taxonomy = loadTaxonomy();
const MEGABYTE = 1_000_000;
const repeatTo = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length));

// Each text is about 1 MB, built to make a backtracking rule or a per-level cost blow up. Only a
// generous timeout is asserted: an engine that is not linear takes minutes here, not seconds.
describe('extractPositions in linear time (the public API, on adversarial text)', () => {
  it.each([
    ['thousands of repeated reported-speech clauses', repeatTo('Russia said that Ukraine said that the US said that Kyiv rejects ', MEGABYTE)],
    ['one sentence a megabyte long, with stance words throughout', repeatTo('Moscow demands and Kyiv refuses and Washington proposes ', MEGABYTE)],
    ['unbalanced brackets and quotes', repeatTo('Russia demands (the "withdrawal [of «troops ', MEGABYTE)],
    ['numbers and regions without end', repeatTo('600,000 800 000 Donetsk, Luhansk, ', MEGABYTE)],
    ['negations stacked on conditions', repeatTo('not unless not if never without ', MEGABYTE)],
    ['whitespace and punctuation only', repeatTo(' ,;:- ', MEGABYTE)],
  ])('%s', (_name, body) => {
    expect(Array.isArray(extractPositions({ title: 'Peace talks', body }, taxonomy))).toBe(true);
  }, 60_000);
});

describe('parsing in linear time', () => {
  it('refuses XML nested beyond the cap at once, and reads a wide 2 MB feed at the cap', async () => {
    const deep = `<rss version="2.0"><channel><item><description>${'<x>'.repeat(50_000)}</description></item></channel></rss>`;
    await expect(parseFeed(deep)).rejects.toThrow(`not a feed: elements nested deeper than ${MAX_NESTING_DEPTH} levels`);
    const depth = MAX_NESTING_DEPTH - 5;
    const wide = `<rss version="2.0"><channel><item><title>t</title><description>${'<x>'.repeat(depth)}${'<y/>'.repeat(500_000)}${'</x>'.repeat(depth)}</description></item></channel></rss>`;
    expect((await parseFeed(wide)).items).toHaveLength(1);
  }, 60_000);

  it('gets through unterminated CDATA sections, comments and tags', async () => {
    for (const junk of ['<![CDATA['.repeat(500_000), '<!--'.repeat(1_000_000), '<a'.repeat(1_000_000), '&a'.repeat(1_000_000)]) {
      await parseFeed(`<rss version="2.0"><channel><title>t</title>${junk}`).catch((error: unknown) => expect((error as Error).message).toMatch(/^[^\n]+$/));
    }
  }, 60_000);

  it('reads HTML nested a million deep up to the cap and drops the rest', () => {
    expect(htmlToText(`Peace talks ${'<div>'.repeat(1_000_000)} lost`)).toBe('Peace talks');
  }, 60_000);
});
