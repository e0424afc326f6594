import { Parser } from 'htmlparser2';

// Elements whose content is never text a reader sees.
const INVISIBLE = new Set(['script', 'style', 'noscript', 'iframe', 'template', 'svg', 'head']);

// Parts of a web page around an article: menus, page headers and footers, sidebars, captions, forms.
const PAGE_FURNITURE = new Set(['nav', 'header', 'footer', 'aside', 'figcaption', 'form']);
const INVISIBLE_OR_FURNITURE = new Set([...INVISIBLE, ...PAGE_FURNITURE]);

// Elements that start a new line of text.
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tr', 'ul',
]);
const TABLE_CELLS = new Set(['td', 'th']);

const WHITESPACE_RUN = /\s+/g;

/** The visible content of an HTML document, in order; what is inside hidden elements never arrives. */
interface HtmlVisitor {
  open(name: string): void;
  close(name: string): void;
  text(text: string): void;
}

/** Collects text, one line per block element, whitespace collapsed. */
class TextCollector implements HtmlVisitor {
  readonly #parts: string[] = [];

  open(name: string): void {
    if (name === 'br' || BLOCKS.has(name)) this.#parts.push('\n');
    else if (TABLE_CELLS.has(name)) this.#parts.push(' ');
  }

  close(name: string): void {
    if (BLOCKS.has(name)) this.#parts.push('\n');
  }

  text(text: string): void {
    // Line breaks in HTML source are spaces to a reader; only elements break lines.
    this.#parts.push(text.replace(WHITESPACE_RUN, ' '));
  }

  toString(): string {
    return this.#parts
      .join('')
      .split('\n')
      .map((line) => line.replace(WHITESPACE_RUN, ' ').trim())
      .filter((line) => line !== '')
      .join('\n');
  }
}

/**
 * How deep HTML may nest before the rest of the document is dropped. htmlparser2 keeps its open
 * elements in an array it prepends to, so each level costs as much as all the levels above it:
 * a page of a few MB nested to the end would take minutes. Real pages nest a few dozen levels.
 */
export const MAX_HTML_DEPTH = 256;

function visitHtml(html: string, hidden: ReadonlySet<string>, visitor: HtmlVisitor): void {
  // htmlparser2 reports every element opened as closed too (implied closes included), so a
  // counter is enough to know when we are inside a hidden element, however they nest.
  let hiddenDepth = 0;
  let depth = 0;
  const parser = new Parser({
    onopentag(name) {
      depth += 1;
      if (depth > MAX_HTML_DEPTH) parser.pause();
      if (hidden.has(name)) hiddenDepth += 1;
      else if (hiddenDepth === 0) visitor.open(name);
    },
    onclosetag(name) {
      depth -= 1;
      if (hidden.has(name)) hiddenDepth -= 1;
      else if (hiddenDepth === 0) visitor.close(name);
    },
    ontext(text) {
      if (hiddenDepth === 0) visitor.text(text);
    },
  });
  parser.end(html);
}

/**
 * The text a reader sees in an HTML fragment (a feed item's description or content): entities
 * decoded, scripts and styles left out, whitespace collapsed, one line per paragraph or block.
 */
export function htmlToText(html: string): string {
  const collector = new TextCollector();
  visitHtml(html, INVISIBLE, collector);
  return collector.toString();
}

/**
 * The text of the article on a full web page: the longest `<article>`, else `<main>`, else all
 * `<p>` elements, always without navigation, page header and footer, sidebars, captions and forms.
 */
export function articleText(html: string): string {
  const articles: TextCollector[] = [];
  const main = new TextCollector();
  const paragraphs = new TextCollector();
  let articleDepth = 0;
  let mainDepth = 0;
  let paragraphDepth = 0;

  const activeCollectors = (): TextCollector[] => {
    const active: TextCollector[] = [];
    const currentArticle = articles.at(-1);
    if (articleDepth > 0 && currentArticle) active.push(currentArticle);
    if (mainDepth > 0) active.push(main);
    if (paragraphDepth > 0) active.push(paragraphs);
    return active;
  };

  visitHtml(html, INVISIBLE_OR_FURNITURE, {
    open(name) {
      // An article nested in another (a comment, a quoted post) belongs to the outer one.
      if (name === 'article' && articleDepth++ === 0) articles.push(new TextCollector());
      if (name === 'main') mainDepth += 1;
      if (name === 'p') paragraphDepth += 1;
      for (const collector of activeCollectors()) collector.open(name);
    },
    close(name) {
      for (const collector of activeCollectors()) collector.close(name);
      if (name === 'article') articleDepth -= 1;
      if (name === 'main') mainDepth -= 1;
      if (name === 'p') paragraphDepth -= 1;
    },
    text(text) {
      for (const collector of activeCollectors()) collector.text(text);
    },
  });

  const longestArticle = articles
    .map((article) => article.toString())
    .reduce((longest, text) => (text.length > longest.length ? text : longest), '');
  return longestArticle || main.toString() || paragraphs.toString();
}
