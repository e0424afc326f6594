/** A mail ready for any transport: plain data, so that it can be queued, written as .eml or sent. */
export interface MailMessage {
  /** Idempotent: derived from the change ids it reports. */
  id: string;
  subject: string;
  text: string;
  html: string;
  /** The changes this message reports, also sent as the X-Talkwatch-Change header. */
  changeIds: string[];
  /** Oldest change first: also orders the .eml files of the outbox. */
  at: string;
}
