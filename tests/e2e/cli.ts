import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'main.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `talkwatch` binary as a user would, with SMTP_URL unset unless given. */
export function runCli(args: string[], options: { env?: Record<string, string>; input?: string; cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, SMTP_URL: '', NO_COLOR: '1', ...options.env };
    const child = spawn(process.execPath, [CLI, ...args], { env, cwd: options.cwd ?? REPO_ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** A fresh data folder holding a config that lists the given feeds. */
export function makeDataDir(feeds: { name: string; url: string }[], extra: Record<string, unknown> = {}): { dir: string; config: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'talkwatch-test-'));
  const config = path.join(dir, 'feeds.json');
  const content = { email: { from: 'talkwatch@localhost', to: 'analyst@localhost', mode: 'immediate' }, feeds, ...extra };
  writeFileSync(config, JSON.stringify(content, null, 2));
  return { dir, config };
}
