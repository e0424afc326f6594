import { createRequire } from 'node:module';
import pino, { type Logger } from 'pino';
import type { PrettyOptions, PrettyStream } from 'pino-pretty';

export type { Logger };

/**
 * Logs go to stderr, so that stdout stays for what a command prints (`extract --json`).
 * JSON for machines; readable lines when a person watches a terminal. Written synchronously,
 * so that nothing is lost when the process exits right after a cycle.
 */
export function createLogger(level: string): Logger {
  const options = { level, redact: { paths: ['smtpUrl', '*.smtpUrl', 'password', '*.password'], censor: '***' } };
  const stream = process.stderr.isTTY
    ? prettyStream({ destination: 2, sync: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' })
    : pino.destination({ fd: 2, sync: true });
  return pino(options, stream);
}

// Loaded only for a terminal: the daemon and cron jobs log JSON, and pino-pretty costs more to load than a quiet cycle logs.
function prettyStream(options: PrettyOptions): PrettyStream {
  const pretty = createRequire(import.meta.url)('pino-pretty') as (options: PrettyOptions) => PrettyStream;
  return pretty(options);
}
