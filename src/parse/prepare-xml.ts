import { FeedFormatError } from './feed-format-error.js';

export interface PreparedXml {
  /** The document, ready for a strict XML parser. */
  xml: string;
  /**
   * The namespace prefix the feed's own elements carry (`<a:feed xmlns:a="…/Atom">`,
   * `<rss:channel>` in RSS 1.0), to be removed while parsing: rss-parser knows the bare names only.
   */
  vocabularyPrefix: string | undefined;
}

// What may come before the root element: whitespace, the XML declaration and other processing
// instructions, comments, a DOCTYPE (whose internal subset may hold `>` in its declarations).
const PROLOG_PART = /\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\]\s*)?>/iy;
const DOCTYPE_START = /^<!DOCTYPE/i;
const ROOT_ELEMENT = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*)/y;

const HTML_ROOTS = new Set(['html', 'head', 'body']);
// RSS 2.0 and RSS 1.0 keep the feed's title and (in 2.0) its items in a <channel>; Atom has none.
const CHANNEL_ELEMENT = /<(?:[\w.-]+:)?channel[\s/>]/;
const RSS_1_PREFIX_DECLARATION = /\bxmlns:([\w.-]+)\s*=\s*["']http:\/\/purl\.org\/rss\/1\.0\/["']/;

// `&` must start an entity or character reference in XML; feeds often carry a bare one (in URLs
// above all). The `&` inside CDATA sections is literal there and kept.
const BARE_AMPERSAND = /&(?![A-Za-z][\w.-]*;|#\d+;|#x[\dA-Fa-f]+;)/g;
const CDATA_START = '<![CDATA[';
const CDATA_END = ']]>';
// rss-parser 3.13 reads every Atom <link> as an element with attributes and throws TypeError on
// `<link>https://…</link>`, which some Atom feeds write; such a link is rewritten with an href.
// Done on the text rather than with an xml2js validator, which rebuilds the element path at every
// close tag: quadratic in the nesting depth.
const ATOM_TEXT_LINK = /<((?:[\w.-]+:)?link)>([^<]*)<\/\1>/g;

/**
 * Checks that a body is a feed (RSS 2.0, RSS 1.0 / RDF or Atom, by its root element) and fixes
 * what real feeds get wrong and a strict XML parser refuses: leading whitespace or BOM, bare `&`.
 * The DOCTYPE is removed so that no entity it declares is ever expanded.
 */
export function prepareXml(text: string): PreparedXml {
  // trimStart also removes U+FEFF, the byte order mark.
  const document = text.trimStart();
  if (document === '') throw new FeedFormatError('not a feed: empty body');
  const { prolog, rootStart } = readProlog(document);
  ROOT_ELEMENT.lastIndex = rootStart;
  const [, prefix = '', localName, rootAttributes = ''] = ROOT_ELEMENT.exec(document) ?? [];
  if (localName === undefined) throw new FeedFormatError('not a feed: no XML root element');
  const rootName = prefix + localName;

  let vocabularyPrefix: string | undefined;
  if (localName === 'rss' || localName === 'feed') {
    vocabularyPrefix = prefix.slice(0, -1) || undefined;
  } else if (rootName === 'rdf:RDF') {
    vocabularyPrefix = RSS_1_PREFIX_DECLARATION.exec(rootAttributes)?.[1];
  } else if (HTML_ROOTS.has(rootName.toLowerCase())) {
    throw new FeedFormatError('not a feed: an HTML page');
  } else {
    throw new FeedFormatError(`not a feed: root element <${rootName}>`);
  }
  if (localName !== 'feed' && !CHANNEL_ELEMENT.test(document)) {
    throw new FeedFormatError(`not a feed: <${rootName}> without a <channel>`);
  }

  const escaped = escapeBareAmpersands(document.slice(rootStart));
  const body = localName === 'feed' ? escaped.replace(ATOM_TEXT_LINK, (_link, name: string, href: string) => `<${name} href="${href.trim().replace(/"/g, '&quot;')}"/>`) : escaped;
  return { xml: prolog + body, vocabularyPrefix };
}

/** Where the root element starts, and the prolog before it without its DOCTYPE. */
function readProlog(document: string): { prolog: string; rootStart: number } {
  const parts: string[] = [];
  let position = 0;
  for (;;) {
    PROLOG_PART.lastIndex = position;
    const part = PROLOG_PART.exec(document)?.[0];
    if (part === undefined) return { prolog: parts.join(''), rootStart: position };
    if (!DOCTYPE_START.test(part)) parts.push(part);
    position = PROLOG_PART.lastIndex;
  }
}

/**
 * Escapes the bare `&` outside CDATA sections. Found with indexOf rather than a lazy regex, which
 * rescans to the end of the document from every unterminated `<![CDATA[`: quadratic on a hostile feed.
 */
function escapeBareAmpersands(xml: string): string {
  const parts: string[] = [];
  let position = 0;
  while (position < xml.length) {
    const cdataStart = xml.indexOf(CDATA_START, position);
    const textEnd = cdataStart === -1 ? xml.length : cdataStart;
    parts.push(xml.slice(position, textEnd).replace(BARE_AMPERSAND, '&amp;'));
    if (cdataStart === -1) break;
    const cdataEnd = xml.indexOf(CDATA_END, cdataStart + CDATA_START.length);
    position = cdataEnd === -1 ? xml.length : cdataEnd + CDATA_END.length;
    parts.push(xml.slice(cdataStart, position));
  }
  return parts.join('');
}
