import { spawn, type ChildProcess } from 'node:child_process';
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

export interface CliOptions {
  env?: Record<string, string>;
  input?: string;
  cwd?: string;
  /** Run as this user and group (tests of unwritable folders, which root could write anyway). */
  uid?: number;
  gid?: number;
}

/** Runs the built `talkwatch` binary as a user would, with SMTP_URL unset unless given. */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return startCli(args, options).result;
}

/** Starts the binary like `runCli`, with a handle on the process, for tests that signal or kill it. */
export function startCli(args: string[], options: CliOptions = {}): { child: ChildProcess; result: Promise<CliResult> } {
  const env = { ...process.env, SMTP_URL: '', NO_COLOR: '1', ...options.env };
  const child = spawn(process.execPath, [CLI, ...args], { env, cwd: options.cwd ?? REPO_ROOT, uid: options.uid, gid: options.gid });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const result = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  child.stdin.end(options.input ?? '');
  return { child, result };
}

/** A fresh data folder holding a config that lists the given feeds. */
export function makeDataDir(feeds: ({ name: string; url: string } & Record<string, unknown>)[], extra: Record<string, unknown> = {}): { dir: string; config: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'talkwatch-test-'));
  const config = path.join(dir, 'feeds.json');
  const content = { email: { from: 'talkwatch@localhost', to: 'analyst@localhost', mode: 'immediate' }, feeds, ...extra };
  writeFileSync(config, JSON.stringify(content, null, 2));
  return { dir, config };
}
