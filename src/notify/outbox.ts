import path from 'node:path';
import type { Change } from '../reconcile/change.js';
import { writeJsonAtomic } from '../util/atomic-write.js';
import { readJsonFile } from '../util/read-json.js';
import { composeAlert } from './alert.js';
import type { Wording } from './describe.js';
import type { MailMessage } from './message.js';
import type { Envelope, MailTransport } from './transport.js';

interface NotifyState {
  /** Changes already reported in an alert that the transport accepted. */
  alerted: string[];
}

export interface AlertDelivery {
  message: MailMessage;
  /** Where it went, or why it could not go (it stays pending for the next cycle). */
  deliveredTo?: string;
  error?: string;
}

/**
 * Every recorded change is pending until an alert reporting it has been accepted by the
 * transport; only then is it marked. A crash or an outage in between leaves it pending, and the
 * alert rebuilt next time has the same id, so the outbox file or the Message-ID repeats rather
 * than a second, different mail.
 */
export async function deliverPendingAlerts(
  dataDir: string,
  changes: Change[],
  transport: MailTransport,
  envelope: Envelope,
  wording: Wording,
): Promise<AlertDelivery | undefined> {
  const file = path.join(dataDir, 'state', 'notify.json');
  const state = readJsonFile<NotifyState>(file, { alerted: [] });
  const alerted = new Set(state.alerted);
  const pending = changes.filter((change) => !change.baseline && !alerted.has(change.id));
  if (pending.length === 0) return undefined;

  const message = composeAlert(pending, wording);
  try {
    const deliveredTo = await transport.deliver(message, envelope);
    writeJsonAtomic(file, { ...state, alerted: [...state.alerted, ...message.changeIds] });
    return { message, deliveredTo };
  } catch (error) {
    return { message, error: (error as Error).message };
  }
}
