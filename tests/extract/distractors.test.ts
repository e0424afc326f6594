import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPositions, loadTaxonomy } from '../../src/extract/index.js';

const taxonomy = loadTaxonomy();

/** A fixture's first line is the title, the rest the body. */
function readItem(name: string): { title: string; body: string } {
  const [title = '', ...body] = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8').split('\n');
  return { title, body: body.join('\n') };
}

describe('items that state no position', () => {
  it.each([
    ['a football match in Donetsk', 'football-donetsk.txt'],
    ['a gas-transit memorandum of understanding', 'gas-memorandum.txt'],
    ["analysts' commentary", 'analysts-commentary.txt'],
    ['battlefield reporting', 'battlefield.txt'],
  ])('%s', (_name, file) => {
    expect(extractPositions(readItem(file), taxonomy)).toEqual([]);
  });
});
