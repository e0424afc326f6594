import { FeedFormatError } from './feed-format-error.js';

/**
 * How deep elements may nest in a feed. Real feeds nest a few dozen levels at most (XHTML content
 * included). xml2js recurses once per level and rebuilds the element path at every close tag,
 * so a document nested tens of thousands deep overflows the stack or takes minutes: it is refused
 * before parsing, in one linear pass.
 */
export const MAX_NESTING_DEPTH = 256;

// Comments, CDATA sections and processing instructions hold no elements: skipped to their end.
const OPAQUE: readonly (readonly [start: string, end: string])[] = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
];
// `<name …>` or `</name>`. The lookahead after the name keeps a `>`-less tag from backtracking
// through the name, and `[^<>]` stops at the next `<`: no character is scanned more than twice.
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)(?=[\s/>])[^<>]*>/y;

/**
 * Throws a FeedFormatError when elements nest deeper than `limit`. A close tag closes what was
 * left open inside it, as the recovery pass (rebalanceXml) reads it, so unclosed `<br>`s in a
 * sloppy feed count once, not once per line.
 */
export function assertNestingWithin(xml: string, limit = MAX_NESTING_DEPTH): void {
  const open: string[] = [];
  for (let at = xml.indexOf('<'); at !== -1; at = xml.indexOf('<', at + 1)) {
    const opaque = OPAQUE.find(([start]) => xml.startsWith(start, at));
    if (opaque) {
      const end = xml.indexOf(opaque[1], at + opaque[0].length);
      // Unterminated: the rest of the document holds no element.
      if (end === -1) return;
      at = end;
      continue;
    }
    TAG.lastIndex = at;
    const [tag, closing, name] = TAG.exec(xml) ?? [];
    if (tag === undefined || name === undefined || tag.endsWith('/>')) continue;
    if (!closing) {
      open.push(name);
      if (open.length > limit) throw new FeedFormatError(`not a feed: elements nested deeper than ${limit} levels`);
      continue;
    }
    // The search is bounded by `limit`, so the pass stays linear in the document's length.
    const index = open.lastIndexOf(name);
    if (index >= 0) open.length = index;
  }
}
