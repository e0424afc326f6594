import { Parser } from 'htmlparser2';

const XML_NAME = /^[A-Za-z_][\w.:-]*$/;

// In every feed format an item is a child of its container: <channel> in RSS 2.0, the root in
// RSS 1.0 and Atom. An item opened inside anything else means an element above it was left open.
const ITEMS = new Set(['item', 'entry']);
const ITEM_CONTAINERS = new Set(['channel', 'rdf:RDF', 'feed']);

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string): string => escapeText(value).replace(/"/g, '&quot;');

/**
 * Rewrites a malformed XML document as a well-formed one, the way a forgiving parser reads it:
 * a close tag closes the elements left open inside it, a stray close tag is dropped, elements
 * still open at the end (a truncated body) are closed, bare `&` and `<` become text, an item
 * opened inside a forgotten open element goes back to its container. Comments, processing
 * instructions and the DOCTYPE are dropped; they carry nothing a feed reader uses.
 */
export function rebalanceXml(xml: string): string {
  const output: string[] = [];
  const openElements: string[] = [];

  const closeUntil = (isTarget: (name: string) => boolean): void => {
    for (let innermost = openElements.at(-1); innermost !== undefined && !isTarget(innermost); innermost = openElements.at(-1)) {
      output.push(`</${innermost}>`);
      openElements.pop();
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!XML_NAME.test(name)) return;
        if (ITEMS.has(name) && openElements.some((element) => ITEM_CONTAINERS.has(element))) {
          closeUntil((element) => ITEM_CONTAINERS.has(element));
        }
        const attributeText = Object.entries(attributes)
          .filter(([attribute]) => XML_NAME.test(attribute))
          .map(([attribute, value]) => ` ${attribute}="${escapeAttribute(value)}"`)
          .join('');
        output.push(`<${name}${attributeText}>`);
        openElements.push(name);
      },
      onclosetag(name) {
        // Already closed when an item was moved back to its container, or never opened (invalid name).
        if (!openElements.includes(name)) return;
        closeUntil((element) => element === name);
        output.push(`</${name}>`);
        openElements.pop();
      },
      ontext(text) {
        // Text outside the root element is not XML; it would make the document malformed again.
        if (openElements.length > 0) output.push(escapeText(text));
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  closeUntil(() => false);
  return output.join('');
}
