import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FeedFormatError, parseFeed } from '../../src/parse/parse-feed.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

function rss(items: string, channelExtra = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel><title>Peace Talks Monitor</title><link>https://news.example/</link>${channelExtra}${items}</channel>
</rss>`;
}

async function rejection(xml: string): Promise<FeedFormatError> {
  const error: unknown = await parseFeed(xml).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof FeedFormatError)) throw new Error(`expected a FeedFormatError, got ${String(error)}`);
  return error;
}

describe('parseFeed: RSS 2.0', () => {
  it('reads an item: guid as id, title, link, ISO date, plain-text body, hash of title and body', async () => {
    const feed = await parseFeed(
      rss(`<item>
        <title>Kyiv rejects &lt;b&gt;troop cap&lt;/b&gt;</title>
        <link>https://news.example/1</link>
        <guid isPermaLink="false">news-1</guid>
        <pubDate>Tue, 18 Feb 2025 10:30:00 +0300</pubDate>
        <description>&lt;p&gt;Ukraine said no.&lt;/p&gt;&lt;p&gt;Talks go on.&lt;/p&gt;</description>
      </item>`),
    );
    expect(feed).toEqual({
      title: 'Peace Talks Monitor',
      items: [
        {
          id: 'news-1',
          title: 'Kyiv rejects troop cap',
          link: 'https://news.example/1',
          published: '2025-02-18T07:30:00.000Z',
          body: 'Ukraine said no.\nTalks go on.',
          contentHash: sha256('Kyiv rejects troop cap\nUkraine said no.\nTalks go on.'),
        },
      ],
    });
  });

  it('prefers content:encoded to the description', async () => {
    const feed = await parseFeed(
      rss(`<item><title>t</title><description>Teaser</description><content:encoded><![CDATA[<p>Full text</p>]]></content:encoded></item>`),
    );
    expect(feed.items[0]?.body).toBe('Full text');
  });

  it('reads a bare & in links and text instead of refusing the feed', async () => {
    const feed = await parseFeed(rss('<item><title>Q&A: the talks</title><link>https://news.example/?a=1&b=2</link></item>'));
    expect(feed.items[0]).toMatchObject({ title: 'Q&A: the talks', link: 'https://news.example/?a=1&b=2' });
  });

  it('keeps a literal & inside CDATA as it is', async () => {
    const feed = await parseFeed(rss('<item><title>t</title><link><![CDATA[https://news.example/?a=1&b=2]]></link></item>'));
    expect(feed.items[0]?.link).toBe('https://news.example/?a=1&b=2');
  });

  it('reads <rss> without a version as RSS 2.0', async () => {
    const feed = await parseFeed('<rss><channel><title>No version</title><item><title>One</title></item></channel></rss>');
    expect(feed.items.map((item) => item.title)).toEqual(['One']);
  });

  it('accepts a byte order mark and whitespace before the XML declaration', async () => {
    const feed = await parseFeed(`\ufeff\n  ${rss('<item><title>One</title></item>')}`);
    expect(feed.items).toHaveLength(1);
  });

  it('reads a feed whose close tags do not match, as feed readers do', async () => {
    const xml = rss('<category>Politics<item><title>One</title></item><item><title>Two</title></item>');
    expect((await parseFeed(xml)).items.map((item) => item.title)).toEqual(['One', 'Two']);
  });

  it('reads the complete items of a truncated feed', async () => {
    const xml = '<rss version="2.0"><channel><title>T</title><item><title>One</title></item><item><title>Two</title><description>cut of';
    expect((await parseFeed(xml)).items.map((item) => item.title)).toEqual(['One', 'Two']);
  });

  it('never expands an entity declared in a DOCTYPE', async () => {
    const xml = `<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY word "EXPANDED">]>${rss('<item><title>&secret; &word;</title></item>')}`;
    const [item] = (await parseFeed(xml)).items;
    expect(item?.title).toBe('&secret; &word;');
  });

  it('reads windows-1252 characters sent as C1 character references as the characters meant', async () => {
    const feed = await parseFeed(rss('<item><title>don&#146;t</title></item>'));
    expect(feed.items[0]?.title).toBe('don’t');
  });
});

describe('parseFeed: RSS 1.0 (RDF)', () => {
  const rdf = (prefix: string): string => {
    const tag = (name: string): string => (prefix ? `${prefix}:${name}` : name);
    const vocabulary = prefix ? `xmlns:${prefix}="http://purl.org/rss/1.0/"` : 'xmlns="http://purl.org/rss/1.0/"';
    return `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" ${vocabulary} xmlns:dc="http://purl.org/dc/elements/1.1/">
  <${tag('channel')} rdf:about="https://news.example/"><${tag('title')}>RDF news</${tag('title')}></${tag('channel')}>
  <${tag('item')} rdf:about="https://news.example/a">
    <${tag('title')}>Memorandum published</${tag('title')}>
    <${tag('link')}>https://news.example/a?utm=rss</${tag('link')}>
    <${tag('description')}>Both sides exchanged drafts.</${tag('description')}>
    <dc:date>2025-06-02T12:00:00+02:00</dc:date>
  </${tag('item')}>
</rdf:RDF>`;
  };

  it('reads items beside the channel, their rdf:about as id and dc:date as date', async () => {
    expect(await parseFeed(rdf(''))).toEqual({
      title: 'RDF news',
      items: [
        expect.objectContaining({
          id: 'https://news.example/a',
          title: 'Memorandum published',
          link: 'https://news.example/a?utm=rss',
          published: '2025-06-02T10:00:00.000Z',
          body: 'Both sides exchanged drafts.',
        }),
      ],
    });
  });

  it('reads RSS 1.0 whose elements carry a namespace prefix', async () => {
    expect(await parseFeed(rdf('rss'))).toEqual(await parseFeed(rdf('')));
  });
});

describe('parseFeed: Atom', () => {
  const atom = (prefix: string): string => {
    const tag = (name: string): string => (prefix ? `${prefix}:${name}` : name);
    const namespace = prefix ? `xmlns:${prefix}="http://www.w3.org/2005/Atom"` : 'xmlns="http://www.w3.org/2005/Atom"';
    return `<?xml version="1.0" encoding="utf-8"?>
<${tag('feed')} ${namespace}>
  <${tag('title')} type="html">Talks &amp;amp; Truces</${tag('title')}>
  <${tag('entry')}>
    <${tag('id')}>tag:news.example,2025:1</${tag('id')}>
    <${tag('title')} type="html">&lt;em&gt;Ceasefire&lt;/em&gt; proposal</${tag('title')}>
    <${tag('link')} rel="self" href="https://news.example/api/1"/>
    <${tag('link')} rel="alternate" href="https://news.example/1"/>
    <${tag('updated')}>2025-03-11T18:00:00Z</${tag('updated')}>
    <${tag('summary')}>Short</${tag('summary')}>
    <${tag('content')} type="html">&lt;p&gt;A 30-day ceasefire was proposed.&lt;/p&gt;</${tag('content')}>
  </${tag('entry')}>
</${tag('feed')}>`;
  };

  it('reads an entry: id, alternate link, updated as date, content before summary', async () => {
    expect(await parseFeed(atom(''))).toEqual({
      title: 'Talks & Truces',
      items: [
        expect.objectContaining({
          id: 'tag:news.example,2025:1',
          title: 'Ceasefire proposal',
          link: 'https://news.example/1',
          published: '2025-03-11T18:00:00.000Z',
          body: 'A 30-day ceasefire was proposed.',
        }),
      ],
    });
  });

  it('reads Atom whose elements carry a namespace prefix', async () => {
    expect(await parseFeed(atom('a'))).toEqual(await parseFeed(atom('')));
  });

  it('reads an XHTML title and content as text', async () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id>
      <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Plan for <i>Donbas</i></div></title>
      <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One</p><p>Two</p></div></content></entry></feed>`;
    expect((await parseFeed(xml)).items[0]).toMatchObject({ title: 'Plan for Donbas', body: 'One\nTwo' });
  });

  it('keeps the feed when an entry has an unreadable date, using the next date there is', async () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom">
      <entry><id>1</id><published>yesterday</published><updated>2025-01-02T00:00:00Z</updated></entry>
      <entry><id>2</id><published>soon</published></entry></feed>`;
    expect((await parseFeed(xml)).items.map((item) => item.published)).toEqual(['2025-01-02T00:00:00.000Z', undefined]);
  });

  it('reads a link written as text instead of an href attribute', async () => {
    const xml = '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title><link>https://news.example/2</link></entry></feed>';
    expect((await parseFeed(xml)).items[0]).toMatchObject({ id: 'https://news.example/2', link: 'https://news.example/2' });
  });
});

describe('parseFeed: item ids', () => {
  it('uses the link when there is no guid', async () => {
    const [item] = (await parseFeed(rss('<item><title>t</title><link> https://news.example/7 </link></item>'))).items;
    expect(item?.id).toBe('https://news.example/7');
  });

  it('uses a hash of title and body when there is neither guid nor link; the same item keeps its id', async () => {
    const item = '<item><title>Statement</title><description>No change in position.</description></item>';
    const first = (await parseFeed(rss(item))).items[0];
    const again = (await parseFeed(rss(item, '<description>rebuilt channel</description>'))).items[0];
    const other = (await parseFeed(rss(item.replace('No change', 'A change')))).items[0];
    expect(first?.id).toBe(`sha256:${sha256('Statement\nNo change in position.')}`);
    expect(again?.id).toBe(first?.id);
    expect(other?.id).not.toBe(first?.id);
  });

  it('leaves the date out when it cannot be read', async () => {
    const [item] = (await parseFeed(rss('<item><guid>1</guid><pubDate>Seg, 24 Set 2018</pubDate></item>'))).items;
    expect(item?.published).toBeUndefined();
  });
});

describe('parseFeed: what is not a feed', () => {
  it.each([
    ['', 'not a feed: empty body'],
    ['\ufeff \n', 'not a feed: empty body'],
    ['just words', 'not a feed: no XML root element'],
    ['<!DOCTYPE html>\n<html><head><title>Moved</title></head><body>Gone</body></html>', 'not a feed: an HTML page'],
    ['<head><title>Document Moved</title></head><body>Object moved</body>', 'not a feed: an HTML page'],
    ['<?xml version="1.0"?><opml version="2.0"><body/></opml>', 'not a feed: root element <opml>'],
    ['<p>A fragment of an article</p>', 'not a feed: root element <p>'],
    ['<rss version="2.0"></rss>', 'not a feed: <rss> without a <channel>'],
    ['<rss version="2.0">\n<!-- <channel> -->\n</rss', 'malformed XML: unclosed root tag, line 3'],
  ])('%j is refused: %s', async (xml, message) => {
    expect((await rejection(xml)).message).toBe(message);
  });
});
