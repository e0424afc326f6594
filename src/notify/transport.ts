import { accessSync, constants, mkdirSync } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { MailMessage } from './message.js';

export interface Envelope {
  from: string;
  to: string[];
}

/** Where mail goes: an SMTP server, or `.eml` files a user can open in any mail client. */
export interface MailTransport {
  /** For logs and `check`: never includes a password. */
  description: string;
  /** Resolves once the message is accepted (written, or taken by the server); the result says where. */
  deliver(message: MailMessage, envelope: Envelope): Promise<string>;
  /** Checks that mail could go now (the folder is writable; the server answers and accepts the login). */
  verify(): Promise<void>;
  close(): void;
}

/** SMTP when `SMTP_URL` is set; otherwise the `.eml` outbox of the data folder. */
export function createMailTransport(smtpUrl: string | undefined, outboxDir: string): MailTransport {
  return smtpUrl ? smtpTransport(smtpUrl) : emlTransport(outboxDir);
}

function emlTransport(outboxDir: string): MailTransport {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    description: `.eml files in ${outboxDir}`,
    async deliver(message, envelope) {
      const info = await builder.sendMail(mailOptions(message, envelope));
      // Named by time and id: sorted like a mailbox, and the same message always lands in the same file.
      const file = path.join(outboxDir, `${message.at.replace(/[:.]/g, '-')}-${message.id}.eml`);
      writeFileAtomic(file, (info.message as Buffer).toString('utf8'));
      return file;
    },
    async verify() {
      mkdirSync(outboxDir, { recursive: true });
      accessSync(outboxDir, constants.W_OK);
    },
    close: () => builder.close(),
  };
}

function smtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    description: `SMTP ${redactUrl(smtpUrl)}`,
    async deliver(message, envelope) {
      const info = await transporter.sendMail(mailOptions(message, envelope));
      return `SMTP ${redactUrl(smtpUrl)} (${info.response})`;
    },
    async verify() {
      await transporter.verify();
    },
    close: () => transporter.close(),
  };
}

function mailOptions(message: MailMessage, envelope: Envelope): Mail.Options {
  return {
    from: envelope.from,
    to: envelope.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: `<${message.id}@talkwatch>`,
    headers: { 'X-Talkwatch-Change': message.changeIds.join(', ') },
  };
}

/** smtps://user:secret@host:465 → smtps://user:***@host:465 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable SMTP_URL)';
  }
}
