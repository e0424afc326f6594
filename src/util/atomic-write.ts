import { closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { completeLinesLength } from './lines-from-end.js';

/**
 * Writes a file so that a crash at any moment leaves either the old content or the new one:
 * write a temporary file beside it, fsync it, rename it over the target, fsync the folder.
 * Errors name the path, since "EACCES" alone does not tell a user which folder to fix.
 */
export function writeFileAtomic(file: string, content: string): void {
  const folder = path.dirname(file);
  const temporary = path.join(folder, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(folder, { recursive: true });
    const fd = openSync(temporary, 'w', 0o644);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
    syncFolder(folder);
  } catch (error) {
    removeQuietly(temporary);
    throw new Error(`cannot write ${file}: ${(error as Error).message}`, { cause: error });
  }
}

// The clean-up fails too when the folder itself is the trouble (ENOTDIR, EACCES); the first error is the one to report.
function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Nothing was written there, or it cannot be removed: either way the target file is untouched.
  }
}

export function writeJsonAtomic(file: string, value: unknown): void {
  writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Appends `content` and waits for it to reach the disk, for files that only grow. An append cut
 * short by a crash can leave a last line without its newline; with `dropIncompleteLine` that line
 * is cut off first, so that what follows starts on a line of its own.
 */
export function appendFileDurably(file: string, content: string, options: { dropIncompleteLine?: boolean } = {}): void {
  const folder = path.dirname(file);
  try {
    mkdirSync(folder, { recursive: true });
    const created = !existsSync(file);
    const fd = openSync(file, 'a+', 0o644);
    try {
      if (options.dropIncompleteLine) dropIncompleteLine(fd);
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (created) syncFolder(folder);
  } catch (error) {
    throw new Error(`cannot write ${file}: ${(error as Error).message}`, { cause: error });
  }
}

function dropIncompleteLine(fd: number): void {
  const complete = completeLinesLength(fd);
  if (complete < fstatSync(fd).size) ftruncateSync(fd, complete);
}

// The rename is durable only once the folder entry is on disk.
function syncFolder(folder: string): void {
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
