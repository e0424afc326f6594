/**
 * Relevance rules. Each entry is a phrase (case-insensitive, whole words, `*` for any word ending,
 * which is how inflected Ukrainian and Russian forms are caught) or a `/regex/flags` pattern.
 * An item is about the talks when an `include` entry and a `require` entry match and no `exclude` does.
 */
export interface MatchRules {
  /** The topic: talks, ceasefire, peace plan, ... */
  include: string[];
  /** The context that must also be there: Russia, Ukraine and their capitals and leaders. */
  require: string[];
  /** What rules an item out even when the others match: football, a memorandum of understanding, ... */
  exclude: string[];
}

export type MailMode = 'immediate' | 'digest' | 'both';

export interface FeedConfig {
  name: string;
  url: string;
  /** Own cron schedule; the global one when absent. */
  schedule?: string;
  /** Own relevance rules: each key given replaces the global one. */
  match?: Partial<MatchRules>;
  /** Fetch the linked article and read its full text, not only the feed's summary. */
  fullText: boolean;
  enabled: boolean;
}

export interface EmailConfig {
  from: string;
  to: string[];
  mode: MailMode;
  digestSchedule: string;
  /** Independent outlets a change needs before its alert goes out. */
  minSources: number;
  /** Wait before the first retry of an undelivered mail (a duration: 5m); doubles per failure. */
  retryDelay: string;
  /** Consecutive failed polls after which a feed is reported failing. */
  feedFailures: number;
}

export interface Config {
  schedule: string;
  timezone: string;
  match: MatchRules;
  email: EmailConfig;
  feeds: FeedConfig[];
  /** Where the taxonomy data file lives; the built-in one when absent. */
  taxonomy?: string;
  /** A duration (48h): A ⇒ B ⇒ A of one position within it is wavering, not two changes to alert. */
  waveringWindow: string;
  /** Review mode: changes wait as proposals until a person accepts them into the snapshots. */
  review: boolean;
}
