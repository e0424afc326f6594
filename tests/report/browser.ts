import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { REPO_ROOT } from '../e2e/cli.js';

/** Debian's chromium package; playwright-core drives it and downloads no browser of its own. */
export const CHROMIUM = '/usr/bin/chromium';

/** Where the screenshots go: git-ignored, kept by CI as artifacts. */
export const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts');

/**
 * Whether the browser tests can run here. CI installs chromium and sets
 * TALKWATCH_BROWSER_TESTS=required, so that there a missing browser fails instead of skipping.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env['TALKWATCH_BROWSER_TESTS'] === 'required') throw new Error(`${CHROMIUM} is missing, and TALKWATCH_BROWSER_TESTS=required`);
  process.stderr.write(`report browser test skipped: no ${CHROMIUM} (apt-get install chromium, as .ci/run does, to run it)\n`);
  return false;
}

/** A headless chromium with a fresh profile and no traffic of its own (updates, sync, QUIC). */
export function launchBrowser(viewport: { width: number; height: number }): Promise<BrowserContext> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const profile = mkdtempSync(path.join(tmpdir(), 'talkwatch-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
