/** Where a delivery failure leaves the other mails: a refused message says nothing about the next one; a server that cannot be reached does. */
export type FailureScope = 'message' | 'server';

/** A mail that did not go, with a reason a person can act on; never a password in it. */
export class MailDeliveryError extends Error {
  override name = 'MailDeliveryError';
  constructor(
    message: string,
    readonly scope: FailureScope,
  ) {
    super(message);
  }
}

/** The fields nodemailer sets on its errors. */
interface SmtpFailure {
  message: string;
  code?: string;
  originalCode?: string;
  command?: string;
  response?: string;
}

/**
 * What went wrong, in words: "cannot connect to mail.example.org:465 (connection refused)",
 * "login refused: 535 5.7.8 bad credentials", "message refused after DATA: 451 try later".
 * Nodemailer's own messages are correct but say neither where nor at which step.
 */
export function describeSmtpFailure(error: unknown, server: string, secret: string | undefined): MailDeliveryError {
  const failure = error as SmtpFailure;
  const detail = failure.response ?? failure.message;
  const cause = failure.originalCode;
  let reason: string;
  let scope: FailureScope = 'server';
  switch (failure.code) {
    case 'EDNS':
      reason = `cannot find the host of ${server} (${cause ?? failure.message})`;
      break;
    case 'ETIMEDOUT':
      reason = `${server} did not answer in time (${failure.message.toLowerCase()}${failure.command && failure.command !== 'CONN' ? ` after ${failure.command}` : ''})`;
      break;
    case 'ETLS':
      reason = `TLS with ${server} failed: ${failure.message}`;
      break;
    case 'EAUTH':
      reason = `${server} refused the login: ${detail}`;
      break;
    case 'EENVELOPE':
      reason = `${server} refused ${failure.command === 'RCPT TO' ? 'the recipients' : failure.command === 'MAIL FROM' ? 'the sender' : 'the envelope'}: ${detail}`;
      scope = failure.command === 'RCPT TO' ? 'message' : 'server';
      break;
    case 'EMESSAGE':
      reason = `${server} refused the message${failure.command ? ` after ${failure.command}` : ''}: ${detail}`;
      scope = 'message';
      break;
    default:
      reason = connectionReason(failure, server);
  }
  return new MailDeliveryError(redact(reason, secret), scope);
}

function connectionReason(failure: SmtpFailure, server: string): string {
  switch (failure.originalCode) {
    case 'ECONNREFUSED':
      return `cannot connect to ${server} (connection refused)`;
    case 'ECONNRESET':
      return `${server} closed the connection (connection reset)`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `cannot reach ${server} (${failure.originalCode})`;
  }
  if (failure.originalCode?.startsWith('CERT_') || /certificate|self.signed|TLS/i.test(failure.message)) {
    return `TLS with ${server} failed: ${failure.message}`;
  }
  return `${server}: ${failure.message}`;
}

/** Servers echo odd things back; a password never reaches a log or a mail, whatever they say. */
export function redact(text: string, secret: string | undefined): string {
  if (!secret) return text;
  const forms = new Set([secret, safeDecode(secret)].filter((form) => form.length > 0));
  return [...forms].reduce((redacted, form) => redacted.split(form).join('***'), text);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
