import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const CHUNK_BYTES = 64 * 1024;
const NEWLINE = 0x0a;

/**
 * The lines of a text file, last first (empty ones left out), read backwards a chunk at a time: reading the
 * recent end of a long log costs what is read, not the size of the file. A last line without its
 * newline (an append cut short) is left out. A missing file has no lines.
 */
export function* linesFromEnd(file: string): Generator<string> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new Error(`cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
  try {
    // The end of a line whose beginning is further back.
    let carry = Buffer.alloc(0);
    const chunk = Buffer.alloc(CHUNK_BYTES);
    for (let end = completeLinesLength(fd); end > 0; ) {
      const start = Math.max(0, end - CHUNK_BYTES);
      readSync(fd, chunk, 0, end - start, start);
      let text = Buffer.concat([chunk.subarray(0, end - start), carry]);
      for (let newline = text.lastIndexOf(NEWLINE); newline !== -1; newline = text.lastIndexOf(NEWLINE)) {
        const line = text.subarray(newline + 1);
        if (line.length > 0) yield line.toString('utf8');
        text = text.subarray(0, newline);
      }
      carry = Buffer.from(text);
      end = start;
    }
    if (carry.length > 0) yield carry.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** How many bytes of an open file are whole lines: up to and including its last newline. What follows is an append cut short. */
export function completeLinesLength(fd: number): number {
  const size = fstatSync(fd).size;
  const chunk = Buffer.alloc(CHUNK_BYTES);
  for (let end = size; end > 0; ) {
    const start = Math.max(0, end - CHUNK_BYTES);
    readSync(fd, chunk, 0, end - start, start);
    const newline = chunk.subarray(0, end - start).lastIndexOf(NEWLINE);
    if (newline !== -1) return start + newline + 1;
    end = start;
  }
  return 0;
}
