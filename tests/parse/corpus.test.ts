import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectCharset } from '../../src/encoding/charset.js';
import { decodeBody } from '../../src/encoding/decode.js';
import type { ParsedFeed } from '../../src/parse/item.js';
import { FeedFormatError, parseFeed } from '../../src/parse/parse-feed.js';

// Real-world and synthetic feeds shared beside the repository (see ../shared/corpus/README.md);
// they are not copied into it.
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const corpusDir = path.resolve(repoRoot, '..', 'shared', 'corpus');
const realWorldDir = path.join(corpusDir, 'real-world');
const edgeDir = path.join(corpusDir, 'edge', 'feedparser-py');
const corpusFound = existsSync(realWorldDir) && existsSync(edgeDir);
const inCorpus = (dir: string): string => (corpusFound ? `in ${dir}` : `skipped: corpus not found at ${corpusDir}`);

type Outcome = { file: string; feed: ParsedFeed } | { file: string; error: unknown };

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

async function read(dir: string, file: string, contentType?: string): Promise<Outcome> {
  try {
    return { file, feed: await parseFeed(decodeBody(readFileSync(path.join(dir, file)), contentType)) };
  } catch (error) {
    return { file, error };
  }
}

/** Outcomes that are neither a parsed feed nor a FeedFormatError, as "file: error" lines. */
function crashes(outcomes: Outcome[]): string[] {
  return outcomes.flatMap((outcome) =>
    'error' in outcome && !(outcome.error instanceof FeedFormatError) ? [`${outcome.file}: ${String(outcome.error)}`] : [],
  );
}

describe.skipIf(!corpusFound)(`real-world feeds (${inCorpus(realWorldDir)})`, () => {
  let outcomes: Outcome[] = [];
  beforeAll(async () => {
    outcomes = await Promise.all(listFiles(realWorldDir).map((file) => read(realWorldDir, file)));
  });

  it('reads every file as a feed or refuses it with a FeedFormatError', () => {
    expect(outcomes).toHaveLength(101);
    expect(crashes(outcomes)).toEqual([]);
  });

  it('parses every real feed', () => {
    expect(outcomes.filter((outcome) => 'feed' in outcome).length).toBeGreaterThanOrEqual(92);
  });

  it('reports the files that are not feeds as "not a feed", with the reason', () => {
    const refusals = Object.fromEntries(
      outcomes.flatMap((outcome) => ('error' in outcome ? [[outcome.file, (outcome.error as Error).message]] : [])),
    );
    expect(refusals).toEqual({
      'feedjira/AmazonWebServicesBlogFirstEntryContent.xml': 'not a feed: root element <div>',
      'feedjira/DuplicateContentAtomFeed.xml': 'not a feed: an HTML page',
      'feedjira/HREFConsideredHarmfulFirstEntry.xml': 'not a feed: root element <p>',
      'feedjira/PaulDixExplainsNothingFirstEntryContent.xml': 'not a feed: root element <p>',
      'feedjira/TechCrunchFirstEntry.xml': 'not a feed: root element <img>',
      'feedjira/TechCrunchFirstEntryDescription.xml': 'not a feed: root element <img>',
      'feedjira/TenderLovemakingFirstEntry.xml': 'not a feed: root element <p>',
      'node-feedparser/test__feeds__notafeed.html': 'not a feed: an HTML page',
      'rss-parser/test__input__unrecognized.rss': 'not a feed: an HTML page',
    });
  });

  it('reads what the malformed and unusual feeds hold', () => {
    const feedOf = (file: string): ParsedFeed => {
      const outcome = outcomes.find((candidate) => candidate.file === file);
      if (!outcome || !('feed' in outcome)) throw new Error(`${file} did not parse`);
      return outcome.feed;
    };
    // gzip body without Content-Encoding, windows-1251 named in its XML declaration
    expect(feedOf('node-feedparser/test__feeds__compressed.xml').title).toBe('Новости Оренбурга и области / Раздел Новости');
    // Latin-1 without any declaration, and <rss> without a version
    expect(feedOf('rss-parser/test__input__uolNoticias.rss').items[0]?.body).toContain('Líder na pesquisa Ibope');
    // a bare & in a link
    expect(feedOf('node-feedparser/test__feeds__saxerror.xml').items.map((item) => item.link)).toContain('http://example.com/bad?foo=1&bar=2');
    // an unclosed <itunes:category> before the items
    expect(feedOf('feedjira/ITunesWithSingleQuotedAttributes.xml').items).toHaveLength(3);
    // no </rss> at the end
    expect(feedOf('feedjira/InvalidDateFormat.xml').items).toHaveLength(2);
    // Atom with a prefixed namespace
    expect(feedOf('node-feedparser/test__feeds__nondefaultnamespace.atom').items[0]?.title).toBe(
      'If you can read the content of this entry, your aggregator works fine.',
    );
  });
});

describe.skipIf(!corpusFound)(`feedparser edge cases (${inCorpus(edgeDir)})`, () => {
  const files = corpusFound ? listFiles(edgeDir) : [];

  it('reads every case as a feed or refuses it with a FeedFormatError', async () => {
    const outcomes = await Promise.all(files.map((file) => read(edgeDir, file)));
    expect(outcomes.length).toBeGreaterThan(2000);
    expect(crashes(outcomes)).toEqual([]);
  });

  // Each case opens with a comment holding "Header: Content-type: …" (the HTTP header it was
  // served with), "Description:" and "Expect:" (feedparser's assertion).
  const encodingCases = files
    .filter((file) => file.startsWith('encoding__'))
    .map((file) => {
      const bytes = readFileSync(path.join(edgeDir, file));
      // The comment is ASCII; dropping NULs makes it readable in UTF-16 and UTF-32 files too.
      const comment = bytes.toString('latin1').replace(/\0/g, '');
      const contentType = /^Header:\s*Content-type:\s*(.+)$/im.exec(comment)?.[1]?.trim();
      const expectation = /^Expect:\s*(.+)$/m.exec(comment)?.[1] ?? '';
      return { file, bytes, contentType, expectation };
    });

  it('decodes every well-formed encoding case without U+FFFD, in the charset its bytes declare', () => {
    const wellFormed = encodingCases.filter((testCase) => testCase.expectation.startsWith('not bozo'));
    expect(wellFormed.length).toBeGreaterThan(60);
    const damaged = wellFormed.filter(({ bytes, contentType }) => decodeBody(bytes, contentType).includes('\ufffd'));
    expect(damaged.map((testCase) => testCase.file)).toEqual([]);
  });

  it('detects the Unicode encodings feedparser expects (BOM, NUL pattern, declaration)', () => {
    const unicodeCases = encodingCases.flatMap(({ file, bytes, contentType, expectation }) => {
      const expected = /encoding == '(utf-(?:8|16be|16le|32be|32le))'/.exec(expectation)?.[1];
      return expected ? [{ file, expected, detected: detectCharset(bytes, contentType).charset }] : [];
    });
    expect(unicodeCases.length).toBeGreaterThan(20);
    expect(unicodeCases.filter(({ expected, detected }) => expected !== detected)).toEqual([]);
  });

  it.each([
    ['encoding__demoronize-1.xml', 'don’t'],
    ['encoding__demoronize-2.xml', 'don’t'],
    ['encoding__http_text_xml_charset_2.xml', 'This is a £“test.”'],
    ['encoding__euc-kr-item.xml', '년'],
  ])('%s reads as %j', async (file, body) => {
    const testCase = encodingCases.find((candidate) => candidate.file === file);
    if (!testCase) throw new Error(`${file} missing from the corpus`);
    const feed = await parseFeed(decodeBody(testCase.bytes, testCase.contentType));
    expect(feed.items[0]?.body).toBe(body);
  });
});
