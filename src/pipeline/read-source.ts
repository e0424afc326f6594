import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeBody } from '../encoding/decode.js';
import { fetchResource } from '../fetch/fetch-resource.js';
import { articleText, htmlToText } from '../parse/html-text.js';
import type { FeedItem } from '../parse/item.js';
import { FeedFormatError, parseFeed } from '../parse/parse-feed.js';

/** What `extract` reads from one SOURCE: the items of a feed, or one article. */
export interface SourceItems {
  source: string;
  items: FeedItem[];
}

/**
 * Reads a feed file, an article (HTML or text) file, an http(s) URL or `-` (stdin). A body that
 * parses as a feed gives its items; anything else that is not feed-shaped is read as one article.
 */
export async function readSource(source: string): Promise<SourceItems> {
  const { text, link } = await loadText(source);
  try {
    return { source, items: (await parseFeed(text)).items };
  } catch (error) {
    // A broken feed must be reported as such, not read as an article full of markup.
    if (!(error instanceof FeedFormatError) || looksLikeFeed(text)) throw error;
  }
  return { source, items: [articleItem(text, link)] };
}

async function loadText(source: string): Promise<{ text: string; link: string | undefined }> {
  if (/^https?:\/\//i.test(source)) {
    const outcome = await fetchResource(source);
    if (outcome.kind !== 'fresh') throw new Error(`fetch: ${source} answered 304 to an unconditional request`);
    return { text: outcome.body, link: outcome.finalUrl };
  }
  const bytes = source === '-' ? await readStdin() : await readFile(path.resolve(source)).catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? 'file not found' : `cannot read: ${error.message}`, { cause: error });
  });
  return { text: decodeBody(bytes), link: undefined };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function looksLikeFeed(text: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(text.slice(0, 2048));
}

function articleItem(text: string, link: string | undefined): FeedItem {
  const isHtml = /<(html|body|p|article|div)[\s>]/i.test(text.slice(0, 4096));
  const title = isHtml ? (htmlTitle(text) ?? '') : '';
  const body = isHtml ? articleText(text) : text.trim();
  const contentHash = createHash('sha256').update(`${title}\n${body}`).digest('hex');
  return { id: link ?? `sha256:${contentHash}`, title, link, published: undefined, body, contentHash };
}

function htmlTitle(html: string): string | undefined {
  const match = /<title[^>]*>([^<]{1,500})<\/title>/i.exec(html) ?? /<h1[^>]*>([^<]{1,500})<\/h1>/i.exec(html);
  return match?.[1] === undefined ? undefined : htmlToText(match[1]).replace(/\s+/g, ' ').trim();
}
