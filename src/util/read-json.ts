import { readFileSync } from 'node:fs';

/** Reads a JSON file the program wrote itself; a missing file gives `fallback`, a damaged one an error naming it. */
export function readJsonFile<T>(file: string, fallback: T): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw new Error(`cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`${file} is damaged (invalid JSON: ${(error as Error).message})`, { cause: error });
  }
}
