export type MailKind = 'alert' | 'digest' | 'feed-failing' | 'feed-recovered';

/** A mail ready for any transport: plain data, so that it can be queued, written as .eml or sent. */
export interface MailMessage {
  /**
   * Idempotent, and the local part of the Message-ID: an alert's id is its change's id, a
   * digest's derives from the changes it covers, a feed-health mail's from the feed and when it
   * began to fail. Building the same mail again gives the same id.
   */
  id: string;
  kind: MailKind;
  subject: string;
  text: string;
  html: string;
  /** The changes this message reports, also sent as the X-Talkwatch-Change header. */
  changeIds: string[];
  /** Ids of the mails this one follows, oldest first: sent as References, the last as In-Reply-To. */
  references: string[];
  /** Orders the .eml files of the outbox. */
  at: string;
}
