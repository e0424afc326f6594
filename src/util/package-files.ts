import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Modules sit one folder below src/ (or dist/ once built), so the package root is two levels up.
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of a file shipped with the package (`data/taxonomy.json`, `feeds.schema.json`, ...). */
export function packageFile(relativePath: string): string {
  return fileURLToPath(new URL(relativePath, new URL(`file://${PACKAGE_ROOT}`)));
}

export function readPackageJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(packageFile(relativePath), 'utf8')) as T;
}

export const PACKAGE_VERSION: string = readPackageJson<{ version: string }>('package.json').version;
