import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesFromEnd } from '../../src/util/lines-from-end.js';

function fileWith(content: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'talkwatch-lines-')), 'log.jsonl');
  writeFileSync(file, content);
  return file;
}

describe('reading a log from its end', () => {
  it('gives the lines last first, leaving out empty ones and a last line without its newline', () => {
    expect([...linesFromEnd(fileWith('one\ntwo\n\nthree\nfou'))]).toEqual(['three', 'two', 'one']);
    expect([...linesFromEnd(fileWith('one\ntwo\n'))]).toEqual(['two', 'one']);
  });

  it('has nothing to give for an empty, missing or unfinished file', () => {
    expect([...linesFromEnd(fileWith(''))]).toEqual([]);
    expect([...linesFromEnd(fileWith('no newline yet'))]).toEqual([]);
    expect([...linesFromEnd(path.join(tmpdir(), 'talkwatch-no-such-log.jsonl'))]).toEqual([]);
  });

  it('joins lines that straddle its read chunks, multi-byte characters included', () => {
    // Lines of 50,000 characters, most of them two bytes in UTF-8: every line crosses a 64 KB chunk boundary.
    const lines = ['а', 'б', 'в', 'г'].map((letter, index) => `${index}:${letter.repeat(50_000)}`);
    expect([...linesFromEnd(fileWith(`${lines.join('\n')}\n`))]).toEqual([...lines].reverse());
  });

  it('stops reading when the caller has what it needs', () => {
    const reader = linesFromEnd(fileWith('old\nnewer\nnewest\n'));
    expect(reader.next().value).toBe('newest');
    expect(reader.return(undefined).done).toBe(true);
  });
});
