import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/**
 * Logs go to stderr, so that stdout stays for what a command prints (`extract --json`).
 * JSON for machines; readable lines when a person watches a terminal. Written synchronously,
 * so that nothing is lost when the process exits right after a cycle.
 */
export function createLogger(level: string): Logger {
  const options = { level, redact: { paths: ['smtpUrl', '*.smtpUrl', 'password', '*.password'], censor: '***' } };
  const stream = process.stderr.isTTY
    ? pretty({ destination: 2, sync: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' })
    : pino.destination({ fd: 2, sync: true });
  return pino(options, stream);
}
