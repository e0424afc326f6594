/**
 * A body that is not a feed talkwatch can read. `message` is one line for the user: "not a feed:
 * an HTML page", "not a feed: root element <html>", "malformed XML: unexpected close tag, line 9".
 */
export class FeedFormatError extends Error {
  override name = 'FeedFormatError';
}
