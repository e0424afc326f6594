import { crashPoint } from '../util/crash-point.js';
import type { MailKind } from './message.js';
import { readOutbox, writeOutbox, type OutboxEntry, type OutboxState } from './outbox.js';
import { MailDeliveryError } from './smtp-error.js';
import type { Envelope, MailTransport } from './transport.js';

/** The retry delay doubles with each failure up to this (or up to the configured delay, if longer). */
const MAX_RETRY_DELAY_MS = 3_600_000;

export interface Delivery {
  id: string;
  kind: MailKind;
  subject: string;
  deliveredTo?: string;
  error?: string;
  nextAttemptAt?: string;
}

/**
 * Sends the pending mails that are due, oldest first. Each is marked sent only once the
 * transport accepted it, and the outbox is written after each one, so a crash loses no mail
 * and repeats at most the one that was being sent. A failure keeps the mail pending with a
 * later attempt time; when the server itself is the trouble, the mails after it wait too.
 */
export async function deliverDue(
  dataDir: string,
  transport: MailTransport,
  envelope: Envelope,
  retryDelayMs: number,
  now: () => Date,
  signal?: AbortSignal,
): Promise<Delivery[]> {
  let state = readOutbox(dataDir);
  if (!state) return [];
  const due = state.entries.filter((entry) => entry.status === 'pending' && (entry.nextAttemptAt === undefined || entry.nextAttemptAt <= now().toISOString()));
  const deliveries: Delivery[] = [];
  for (const [index, entry] of due.entries()) {
    if (signal?.aborted) break;
    if (!entry.mail) continue;
    try {
      const deliveredTo = await transport.deliver(entry.mail, envelope, signal);
      crashPoint('accepted');
      // Once sent, the id is all that is kept (undefined keys are left out of the file).
      state = update(state, entry.id, (current) => ({ ...current, status: 'sent', sentAt: now().toISOString(), deliveredTo, mail: undefined, nextAttemptAt: undefined }));
      writeOutbox(dataDir, state);
      deliveries.push({ id: entry.id, kind: entry.kind, subject: entry.mail.subject, deliveredTo });
    } catch (error) {
      // Stopping is no fault of the server: the mail stays due, for the next run.
      if (signal?.aborted) break;
      const failure = error instanceof MailDeliveryError ? error : new MailDeliveryError((error as Error).message, 'server');
      const failed = failure.scope === 'message' ? [entry] : due.slice(index);
      const at = now();
      for (const hit of failed) {
        const attempts = hit.attempts + 1;
        const nextAttemptAt = retryAt(attempts, retryDelayMs, at);
        state = update(state, hit.id, (current) => ({ ...current, attempts, lastError: failure.message, nextAttemptAt }));
        deliveries.push({ id: hit.id, kind: hit.kind, subject: hit.mail?.subject ?? hit.id, error: failure.message, nextAttemptAt });
      }
      writeOutbox(dataDir, state);
      if (failure.scope === 'server') break;
    }
  }
  return deliveries;
}

/** When a mail that failed `attempts` times is tried again: the delay doubles with each failure, up to an hour. */
export function retryAt(attempts: number, retryDelayMs: number, now: Date): string {
  const delay = Math.min(retryDelayMs * 2 ** Math.max(attempts - 1, 0), Math.max(retryDelayMs, MAX_RETRY_DELAY_MS));
  return new Date(now.getTime() + delay).toISOString();
}

function update(state: OutboxState, id: string, change: (entry: OutboxEntry) => OutboxEntry): OutboxState {
  return { ...state, entries: state.entries.map((entry) => (entry.id === id ? change(entry) : entry)) };
}
