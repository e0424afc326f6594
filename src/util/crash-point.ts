/** The points of a cycle where a crash test can have the process killed, in the order they come. */
export type CrashPoint = 'recorded' | 'queued' | 'accepted';

/**
 * With `TALKWATCH_CRASH_AT=<point>` in the environment, the process kills itself with SIGKILL
 * there: no handler runs, no file is closed, as when the machine loses power. It exists so
 * that tests can prove the mail invariants at the exact moments that matter:
 * `recorded` (changes written, no mail queued), `queued` (mail queued, none sent),
 * `accepted` (the server accepted a mail, the outbox not yet told).
 */
export function crashPoint(point: CrashPoint): void {
  if (process.env['TALKWATCH_CRASH_AT'] === point) process.kill(process.pid, 'SIGKILL');
}
