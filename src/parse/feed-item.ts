import { createHash } from 'node:crypto';
import { replaceC1Controls } from '../encoding/windows-1252.js';
import { htmlToText } from './html-text.js';
import type { FeedItem } from './item.js';

/**
 * An item as rss-parser returns it. Its types promise strings, but an element with attributes
 * and no text (`<guid isPermaLink="false"/>`) or with child elements arrives as an object, so
 * every field is read as unknown.
 */
export type RawItem = Readonly<Record<string, unknown>>;

export function toFeedItem(raw: RawItem): FeedItem {
  const title = readableLine(raw.title);
  const body = readableText(firstNonBlank(textOf(raw['content:encoded']), textOf(raw.content), textOf(raw.summary)) ?? '');
  const link = firstNonBlank(textOf(raw.link));
  const contentHash = sha256(`${title}\n${body}`);
  return {
    // guid in RSS 2.0, id in Atom, rdf:about in RSS 1.0: each is the publisher's own item id.
    id: firstNonBlank(textOf(raw.guid), textOf(raw.id), textOf(raw['rdf:about']), link) ?? `sha256:${contentHash}`,
    title,
    link,
    published: firstIsoDate(raw.isoDate, raw.pubDate, raw.date),
    body,
    contentHash,
  };
}

/** A title field as one line of plain text ('' when there is none). */
export function readableLine(value: unknown): string {
  return readableText(textOf(value) ?? '').replace(/\n/g, ' ');
}

function readableText(html: string): string {
  return replaceC1Controls(htmlToText(html));
}

/**
 * The text of a field: a string, or the text gathered from an element that had attributes or
 * child elements (an Atom `<title type="xhtml">`), attribute values left out.
 */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return undefined;
  // xml2js puts an element's own text under "_" (first) and its attributes under "$".
  return Object.entries(value)
    .filter(([key]) => key !== '$')
    .map(([, child]) => textOf(child) ?? '')
    .join(' ');
}

function firstNonBlank(...values: (string | undefined)[]): string | undefined {
  return values.map((value) => value?.trim()).find((value) => value !== undefined && value !== '');
}

function firstIsoDate(...values: unknown[]): string | undefined {
  for (const value of values) {
    const time = typeof value === 'string' ? Date.parse(value.trim()) : Number.NaN;
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  return undefined;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
