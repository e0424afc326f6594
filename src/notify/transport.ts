import { accessSync, constants, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { createTransport, Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { ConfigError } from '../config/config-error.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { MailMessage } from './message.js';
import { describeSmtpFailure, MailDeliveryError } from './smtp-error.js';

export interface Envelope {
  from: string;
  to: string[];
}

/** Where mail goes: an SMTP server, or `.eml` files a user can open in any mail client. */
export interface MailTransport {
  /** For logs and `check`: never includes a password. */
  description: string;
  /**
   * Resolves once the message is accepted (written, or taken by the server); the result says
   * where. Rejects with a MailDeliveryError saying why not, or when `signal` aborts the send.
   */
  deliver(message: MailMessage, envelope: Envelope, signal?: AbortSignal): Promise<string>;
  /** Checks that mail could go now (the folder is writable; the server answers EHLO and accepts the login) and says what was checked. */
  verify(): Promise<string>;
  close(): void;
}

// Nodemailer waits up to 2 minutes for a connection and 10 for a silent socket; a cycle should
// not hang that long on a mute server. Query parameters of SMTP_URL (?socketTimeout=…) override these.
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/**
 * Nodemailer, loaded when a mail is first built or the transport checked: most cycles send no mail,
 * and loading it costs about as much as the rest of a quiet cycle's start-up.
 */
async function transporterOf(options: Parameters<typeof createTransport>[0]): Promise<Transporter> {
  const { default: nodemailer } = await import('nodemailer');
  return nodemailer.createTransport(options);
}

/** SMTP when `SMTP_URL` is set; otherwise the `.eml` outbox of the data folder. A bad SMTP_URL is a ConfigError. */
export function createMailTransport(smtpUrl: string | undefined, outboxDir: string): MailTransport {
  return smtpUrl ? smtpTransport(smtpUrl) : emlTransport(outboxDir);
}

function emlTransport(outboxDir: string): MailTransport {
  let builder: Promise<Transporter> | undefined;
  return {
    description: `.eml files in ${outboxDir}`,
    async deliver(message, envelope) {
      builder ??= transporterOf({ streamTransport: true, buffer: true, newline: 'unix' });
      const info = await (await builder).sendMail(mailOptions(message, envelope));
      // Named by time and id: sorted like a mailbox, and the same message always lands in the same file.
      const file = path.join(outboxDir, `${message.at.replace(/[:.]/g, '-')}-${message.id}.eml`);
      try {
        writeFileAtomic(file, (info.message as Buffer).toString('utf8'));
      } catch (error) {
        throw new MailDeliveryError((error as Error).message, 'server');
      }
      return file;
    },
    async verify() {
      mkdirSync(outboxDir, { recursive: true });
      accessSync(outboxDir, constants.W_OK);
      return 'the folder is writable';
    },
    close: () => void builder?.then((made) => made.close(), () => undefined),
  };
}

function smtpTransport(smtpUrl: string): MailTransport {
  const target = checkSmtpUrl(smtpUrl);
  let made: Promise<Transporter> | undefined;
  const transporter = (): Promise<Transporter> => (made ??= transporterOf({ ...SMTP_TIMEOUTS, url: smtpUrl }));
  return {
    description: `SMTP ${target.redacted}`,
    async deliver(message, envelope, signal) {
      try {
        const info = await (await transporter()).sendMail({ ...mailOptions(message, envelope), signal });
        return `SMTP ${target.server} (${info.response})`;
      } catch (error) {
        throw describeSmtpFailure(error, target.server, target.password);
      }
    },
    async verify() {
      try {
        await (await transporter()).verify();
      } catch (error) {
        throw describeSmtpFailure(error, target.server, target.password);
      }
      return target.login ? 'connected, EHLO answered, login accepted' : 'connected, EHLO answered; no login configured';
    },
    close: () => void made?.then((open) => open.close(), () => undefined),
  };
}

interface SmtpTarget {
  /** host:port, for messages. */
  server: string;
  redacted: string;
  password: string | undefined;
  login: boolean;
}

/**
 * SMTP_URL as a server to name in messages; a URL that cannot be one is a ConfigError (exit 2)
 * naming it without its password. Called before any work, so a typo stops a run at once.
 */
export function checkSmtpUrl(smtpUrl: string): SmtpTarget {
  const redacted = redactUrl(smtpUrl);
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    throw new ConfigError(`SMTP_URL: ${redacted} is not a URL; expected smtp://user:password@host:587 or smtps://user:password@host:465`);
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new ConfigError(`SMTP_URL: ${redacted}: the scheme must be smtp:// (STARTTLS when the server offers it) or smtps:// (TLS from the start)`);
  }
  if (url.hostname === '') throw new ConfigError(`SMTP_URL: ${redacted} names no host`);
  const port = url.port || (url.protocol === 'smtps:' ? '465' : '587');
  return { server: `${url.hostname}:${port}`, redacted, password: url.password || undefined, login: url.username !== '' };
}

function mailOptions(message: MailMessage, envelope: Envelope): Mail.Options {
  const domain = messageIdDomain(envelope.from);
  const references = message.references.map((id) => `<${id}@${domain}>`);
  return {
    from: envelope.from,
    to: envelope.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: `<${message.id}@${domain}>`,
    ...(references.length > 0 ? { inReplyTo: references.at(-1), references } : {}),
    headers: {
      'X-Talkwatch-Kind': message.kind,
      ...(message.changeIds.length > 0 ? { 'X-Talkwatch-Change': message.changeIds.join(', ') } : {}),
    },
  };
}

// Message-IDs carry the sender's domain, as mail servers expect of the mails they relay.
function messageIdDomain(from: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1];
  return domain ?? 'talkwatch.invalid';
}

/** smtps://user:secret@host:465 → smtps://user:***@host:465 */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable SMTP_URL)';
  }
}
