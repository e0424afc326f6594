import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

interface LockOwner {
  pid: number;
  command: string;
  since: string;
}

/** Another talkwatch process holds the data folder: the CLI says who and exits 1. */
export class DataFolderBusyError extends Error {
  override name = 'DataFolderBusyError';
}

/**
 * One writer per data folder: `run` and `poll` take `state/talkwatch.lock` for as long as they
 * write. A lock left by a process that no longer exists (killed, crashed) is taken over, so a
 * crash never needs a person to clean up.
 */
export function lockDataFolder(dataDir: string, command: string): () => void {
  const file = path.join(dataDir, 'state', 'talkwatch.lock');
  const owner: LockOwner = { pid: process.pid, command, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // Inside the try: a data folder that cannot be created is reported like one that cannot be locked.
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(owner), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(`cannot lock ${dataDir}: ${(error as Error).message}`, { cause: error });
      const holder = readOwner(file);
      if (holder && isAlive(holder.pid)) {
        throw new DataFolderBusyError(`${dataDir} is in use by talkwatch ${holder.command} (pid ${holder.pid}, since ${holder.since}); stop it or use another --data-dir`);
      }
      rmSync(file, { force: true });
    }
  }
  throw new DataFolderBusyError(`${dataDir}: another talkwatch process took the lock at the same moment`);
}

function readOwner(file: string): LockOwner | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
  } catch {
    // Half-written by a process killed while taking it: nobody holds it.
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
