import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

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

// The rename is durable only once the folder entry is on disk.
function syncFolder(folder: string): void {
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
