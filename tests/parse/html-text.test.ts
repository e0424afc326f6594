import { describe, expect, it } from 'vitest';
import { articleText, htmlToText } from '../../src/parse/html-text.js';

describe('htmlToText', () => {
  it('keeps paragraphs and other blocks as lines', () => {
    expect(htmlToText('<p>Kyiv rejects the plan.</p><p>Moscow insists.</p><ul><li>one</li><li>two</li></ul>')).toBe(
      'Kyiv rejects the plan.\nMoscow insists.\none\ntwo',
    );
  });

  it('turns <br> into a line break', () => {
    expect(htmlToText('first line<br>second line<br/>third')).toBe('first line\nsecond line\nthird');
  });

  it('collapses whitespace, source line breaks included, and leaves no blank lines', () => {
    expect(htmlToText('  <div>\n  a   cap of\n   600,000 </div>\n\n<div></div><p>  troops </p>')).toBe('a cap of 600,000\ntroops');
  });

  it('decodes entities, named and numeric', () => {
    expect(htmlToText('Zelensky &amp; Putin &mdash; &laquo;talks&raquo; &#8220;soon&#x201D;&nbsp;now')).toBe('Zelensky & Putin — «talks» “soon” now');
  });

  it('leaves out scripts, styles, noscript and iframes', () => {
    const html = '<p>Visible</p><script>alert("x")</script><style>p { color: red }</style><noscript>enable JS</noscript><iframe src="x">frame</iframe>';
    expect(htmlToText(html)).toBe('Visible');
  });

  it('separates table cells', () => {
    expect(htmlToText('<table><tr><td>Party</td><td>Position</td></tr><tr><td>Ukraine</td><td>ceasefire first</td></tr></table>')).toBe(
      'Party Position\nUkraine ceasefire first',
    );
  });

  it('reads plain text as it is', () => {
    expect(htmlToText('No markup at all, 1 < 2')).toBe('No markup at all, 1 < 2');
  });
});

describe('articleText', () => {
  const furniture = '<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>';
  const footer = '<footer><p>© The Outlet</p></footer><aside><p>Most read</p></aside>';

  it('reads the <article> without navigation, captions and forms', () => {
    const page = `<html><head><title>T</title></head><body>${furniture}
      <article><h1>Talks resume</h1><figure><img src="a.jpg"><figcaption>Delegates in Istanbul</figcaption></figure>
      <p>The delegations met on Monday.</p><form><input name="email"> Subscribe</form><p>No agreement was reached.</p></article>
      ${footer}</body></html>`;
    expect(articleText(page)).toBe('Talks resume\nThe delegations met on Monday.\nNo agreement was reached.');
  });

  it('takes the longest <article> when a page has several (teasers, related stories)', () => {
    const page = '<article><p>Related: short teaser</p></article><article><p>The full report, which is much longer than the teaser.</p></article>';
    expect(articleText(page)).toBe('The full report, which is much longer than the teaser.');
  });

  it('falls back to <main> when there is no <article>', () => {
    expect(articleText(`${furniture}<main><h2>Update</h2><div>Kyiv said no.</div></main>${footer}`)).toBe('Update\nKyiv said no.');
  });

  it('falls back to the paragraphs of the page when there is neither', () => {
    const page = `${furniture}<div class="story"><p>First paragraph.</p><div>Share this</div><p>Second <b>paragraph</b>.</p></div>${footer}`;
    expect(articleText(page)).toBe('First paragraph.\nSecond paragraph.');
  });
});
