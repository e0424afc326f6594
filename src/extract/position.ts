/** A party's stance on one issue of the taxonomy, as read from one passage of a report. */
export type Stance = 'support' | 'oppose';

/** What is worth keeping beside the stance; every key is optional and normalised. */
export interface PositionDetail {
  /** Oblast ids (`donetsk`, `luhansk`, `zaporizhzhia`, `kherson`, `crimea`, ...). */
  regions?: string[];
  /** Numbers stated with the position (an army cap of 600,000 gives [600000]). */
  numbers?: number[];
  /** Durations as written, normalised ("30 days", "24-48 hours"). */
  durations?: string[];
  /** Conditions attached ("if a ceasefire is achieved"). */
  conditions?: string[];
  /** Short qualifiers: "complete", "de jure", "all-for-all", "article 5-like", ... */
  qualifiers?: string[];
}

export interface Position {
  party: string;
  issue: string;
  stance: Stance;
  /** The sentence(s) the position was read from. */
  quote: string;
  detail: PositionDetail;
  /** Set when the text attributes the stance to anonymous sources ("reportedly", "sources say"). */
  hedge?: string;
  /**
   * Set when the party gave the stance up ("Moscow no longer insists on X"): `stance` is the
   * stance dropped, not one held. Consumers treat it as the withdrawal of that position.
   */
  retracted?: true;
}

/** The text the extractor reads: a feed item, an article, the seed report. */
export interface ExtractableText {
  title: string;
  body: string;
}
