/** One news item, whatever the feed format it came from (RSS 2.0, RSS 1.0 / RDF, Atom). */
export interface FeedItem {
  /** Stable id: the guid, else the link, else a hash of the content. */
  id: string;
  title: string;
  link: string | undefined;
  /** ISO 8601, when the feed gives a date it can be read from. */
  published: string | undefined;
  /** Description / summary / content:encoded, HTML stripped to plain text (paragraphs kept as line breaks). */
  body: string;
  /** Hash of title + body: an item seen before whose hash changed is read again. */
  contentHash: string;
}

export interface ParsedFeed {
  title: string | undefined;
  items: FeedItem[];
}
