import Parser from 'rss-parser';
import { FeedFormatError } from './feed-format-error.js';
import { readableLine, toFeedItem } from './feed-item.js';
import type { ParsedFeed } from './item.js';
import { assertNestingWithin } from './nesting-depth.js';
import { prepareXml } from './prepare-xml.js';
import type { PreparedXml } from './prepare-xml.js';
import { rebalanceXml } from './rebalance-xml.js';

export { FeedFormatError } from './feed-format-error.js';

type RawFeed = Parser.Output<Record<string, unknown>>;

// sax, under rss-parser, reports "Unexpected close tag\nLine: 8\nColumn: 4\nChar: >", lines from 0.
const XML_ERROR = /^(.+)\nLine: (\d+)\n/;

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom document into items with stable ids and plain-text
 * bodies. A body that is no feed, or XML too broken to read, throws a FeedFormatError saying why.
 */
export async function parseFeed(xml: string): Promise<ParsedFeed> {
  const feed = await readFeed(prepareXml(xml));
  return {
    title: readableLine(feed.title) || undefined,
    items: feed.items.map(toFeedItem),
  };
}

async function readFeed(prepared: PreparedXml): Promise<RawFeed> {
  assertNestingWithin(prepared.xml);
  try {
    return await parseWithRssParser(prepared.xml, prepared.vocabularyPrefix);
  } catch (error) {
    const xmlError = describeXmlError(error);
    if (xmlError === undefined) {
      throw new FeedFormatError(`not a feed: unexpected structure (${(error as Error).message})`, { cause: error });
    }
    // Feed readers accept feeds with a forgotten close tag or a truncated end, and so do we:
    // the elements are rebalanced and the feed read again. If even that fails, the first error
    // is the one that explains the problem.
    try {
      return await parseWithRssParser(rebalanceXml(prepared.xml), prepared.vocabularyPrefix);
    } catch {
      throw new FeedFormatError(`malformed XML: ${xmlError}`, { cause: error });
    }
  }
}

function parseWithRssParser(xml: string, vocabularyPrefix: string | undefined): Promise<RawFeed> {
  // A parser per document: rss-parser keeps one xml2js parser whose state an error can leave
  // behind for the next document.
  const parser = new Parser<Record<string, unknown>, Record<string, unknown>>({
    // A feed whose <rss> has no version attribute is RSS 2.0 in practice.
    defaultRSS: 2,
    xml2js: {
      tagNameProcessors: vocabularyPrefix === undefined ? [] : [withoutPrefix(vocabularyPrefix)],
      valueProcessors: [withoutUnreadableAtomDate],
    },
  });
  return parser.parseString(xml);
}

// `<a:feed xmlns:a="http://www.w3.org/2005/Atom">` is Atom; rss-parser only knows the bare names.
function withoutPrefix(prefix: string): (name: string) => string {
  const qualifier = `${prefix}:`;
  return (name) => (name.startsWith(qualifier) ? name.slice(qualifier.length) : name);
}

// rss-parser 3.13 calls toISOString() on Atom <published> / <updated> without checking the date,
// so one unreadable date throws RangeError and loses the whole feed. An empty value it skips.
function withoutUnreadableAtomDate(value: string, elementName: string): string {
  const isAtomDate = elementName === 'published' || elementName === 'updated';
  return isAtomDate && Number.isNaN(Date.parse(value)) ? '' : value;
}

function describeXmlError(error: unknown): string | undefined {
  const match = error instanceof Error ? XML_ERROR.exec(error.message) : null;
  if (!match) return undefined;
  const [, reason = '', line = '0'] = match;
  return `${reason.charAt(0).toLowerCase()}${reason.slice(1)}, line ${Number(line) + 1}`;
}
