import { gzipSync } from 'node:zlib';
import { rssFeed, type TestItem } from './feed-server.js';

/** The failing feeds a `poll` lists ("  failed   name: reason"), by name: one line each, or the test sees a wrong reason. */
export function failedFeeds(pollStdout: string): Record<string, string> {
  return Object.fromEntries([...pollStdout.matchAll(/^ {2}failed {3}(\S+): (.*)$/gm)].map(([, feed, reason]) => [feed, reason]));
}

/** A report whose position the extractor reads: the good feed beside the hostile ones. */
export const GOOD_ITEM: TestItem = {
  guid: 'good-army-cap',
  title: 'Peace talks: Washington\'s plan for Kyiv\'s army',
  body: 'The US plan caps the size of Ukraine\'s armed forces at 600,000 troops, according to a copy seen by reporters.',
  published: '2025-11-21T09:00:00Z',
};

const CHANNEL_OPEN = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Hostile</title><link>https://news.example.org/</link><description>x</description>';
const CHANNEL_CLOSE = '</channel></rss>';

function item(guid: string, title: string, description: string): string {
  return `<item><title>${title}</title><guid isPermaLink="false">${guid}</guid><description>${description}</description></item>`;
}

/** XXE: a file and a URL on 127.0.0.1 declared as external entities, used in the title. */
export function externalEntityFeed(probeUrl: string): string {
  return `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY file SYSTEM "file:///etc/passwd"><!ENTITY net SYSTEM "${probeUrl}">]>` +
    `<rss version="2.0"><channel><title>XXE</title>${item('xxe', 'Entities: [&file;] [&net;]', 'Peace talks in Istanbul.')}${CHANNEL_CLOSE}`;
}

/** "Billion laughs": ten levels of ten references, 10^9 copies of "lol" if ever expanded. */
export function billionLaughsFeed(): string {
  const levels = ['<!ENTITY lol0 "lol">'];
  for (let level = 1; level <= 9; level++) levels.push(`<!ENTITY lol${level} "${`&lol${level - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?><!DOCTYPE rss [${levels.join('')}]><rss version="2.0"><channel><title>Laughs</title>${item('laughs', 'Laughs &lol9;', '&lol9;')}${CHANNEL_CLOSE}`;
}

/** Elements nested `depth` deep inside a description, closed (well-formed) or never closed (recovery pass). */
export function deepNestingFeed(depth: number, closed: boolean): string {
  const nesting = '<x>'.repeat(depth) + (closed ? '</x>'.repeat(depth) : '');
  return `${CHANNEL_OPEN}<item><title>Deep</title><guid>deep</guid><description>${nesting}</description></item>${closed ? CHANNEL_CLOSE : ''}`;
}

export function hugeDescriptionFeed(bytes: number): string {
  return CHANNEL_OPEN + item('huge', 'Huge description', 'Peace talks resume. '.repeat(Math.ceil(bytes / 20))) + CHANNEL_CLOSE;
}

export function manyItemsFeed(count: number): string {
  const items = Array.from({ length: count }, (_, index) => item(`many-${index}`, `Market report number ${index}`, `Prices moved by ${index} points today.`));
  return CHANNEL_OPEN + items.join('') + CHANNEL_CLOSE;
}

/** Three items, two sharing a guid: the feed is read, the id is read once. */
export function duplicateGuidFeed(): string {
  return CHANNEL_OPEN + item('same', 'First copy', 'one') + item('same', 'Second copy', 'two') + item('other', 'Other', 'three') + CHANNEL_CLOSE;
}

export function truncatedFeed(): string {
  const whole = rssFeed([GOOD_ITEM, { ...GOOD_ITEM, guid: 'second', title: 'Second report' }]);
  return whole.slice(0, Math.floor(whole.length * 0.8));
}

export const HTML_PAGE = '<!DOCTYPE html><html><head><title>Welcome</title></head><body><p>Our feed moved.</p></body></html>';

export function gzippedFeed(): Buffer {
  return gzipSync(rssFeed([{ ...GOOD_ITEM, guid: 'gzipped', title: 'Gzipped feed item' }]));
}

/** The title of a one-item feed in a legacy charset, and its bytes as the outlet sends them. */
export interface EncodedFeed {
  title: string;
  body: Buffer;
  contentType: string;
}

function oneTitleFeed(titleBytes: Buffer, declaration: string): Buffer {
  return Buffer.concat([Buffer.from(`<?xml version="1.0"${declaration}?><rss version="2.0"><channel><title>Legacy</title><item><guid>legacy</guid><title>`), titleBytes, Buffer.from(`</title><description>x</description></item>${CHANNEL_CLOSE}`)]);
}

// Single-byte tables for the letters used here; TextDecoder can decode these charsets but not encode them.
const WINDOWS_1251 = (text: string): Buffer => Buffer.from([...text].map((char) => (char === ' ' ? 0x20 : (char.codePointAt(0) as number) - 0x410 + 0xc0)));
const KOI8_R: Readonly<Record<string, number>> = { П: 0xf0, е: 0xc5, р: 0xd2, г: 0xc7, о: 0xcf, в: 0xd7, ы: 0xd9, ' ': 0x20 };

export const LEGACY_CHARSETS: Record<string, EncodedFeed> = {
  'windows-1251 (XML declaration)': { title: 'Мирные переговоры', body: oneTitleFeed(WINDOWS_1251('Мирные переговоры'), ' encoding="windows-1251"'), contentType: 'application/rss+xml' },
  'koi8-r (Content-Type)': { title: 'Переговоры', body: oneTitleFeed(Buffer.from([...'Переговоры'].map((char) => KOI8_R[char] as number)), ''), contentType: 'application/rss+xml; charset=koi8-r' },
  'UTF-16 LE with BOM': { title: 'Мирні переговори', body: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(oneTitleFeed(Buffer.from('Мирні переговори'), ' encoding="utf-16"').toString('utf8'), 'utf16le')]), contentType: 'application/xml' },
  // 0x93 / 0x94 are curly quotes, 0x80 the euro sign, 0x96 an en dash in windows-1252 (C1 controls in ISO-8859-1).
  'windows-1252 0x80–0x9F': { title: '“Talks” – €5bn', body: oneTitleFeed(Buffer.from([0x93, ...Buffer.from('Talks'), 0x94, 0x20, 0x96, 0x20, 0x80, ...Buffer.from('5bn')]), ' encoding="windows-1252"'), contentType: 'text/xml' },
};
