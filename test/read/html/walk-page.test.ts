/** walkPage: blocks in document order with their kinds, furniture skipped without being walked. */
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../src/read/html/dom.js';
import { blockValue, walkPage, type RawBlock } from '../../../src/read/html/walk-page.js';

const walk = (html: string): RawBlock[] => walkPage(parseHtmlDocument(html).documentElement).blocks;
const kinds = (html: string): [string, string][] => walk(html).map((block) => [block.kind, block.text]);

describe('walkPage', () => {
  it('cuts block elements and inline runs into blocks, white space collapsed', () => {
    expect(
      kinds(`<body><h1>Title</h1><div>Loose text <b>bold</b><br><br>second part</div>
        <p>One   <a href="/x">linked</a>
        paragraph.</p><ul><li>item</li></ul><h3>Sub</h3></body>`),
    ).toEqual([
      ['h1', 'Title'],
      ['paragraph', 'Loose text bold'],
      ['paragraph', 'second part'],
      ['paragraph', 'One linked paragraph.'],
      ['list-item', 'item'],
      ['heading', 'Sub'],
    ]);
  });

  it('counts link text', () => {
    const [block] = walk('<p>Read <a href="/a">the full report here</a></p>');
    expect(block!.linkChars).toBeGreaterThan(15);
    expect(block!.linkChars).toBeLessThan(block!.text.length);
  });

  it('skips scripts, navigation, hidden elements, furniture roles and furniture class names', () => {
    const texts = walk(`<body><script>var x = "code";</script><nav>Home News</nav>
      <div hidden>hidden</div><div aria-hidden="true">aria</div><div style="display: none">styled</div>
      <div role="navigation">roled</div><div class="cookie-banner">We use cookies</div>
      <div id="newsletter-signup">Sign up</div><div class="c-share-bar">Share</div><footer>Footer</footer>
      <div class="content-with-sidebar"><p>Kept: a content word beside a furniture word.</p></div>
      <div class="sdc-article-factbox"><p>Dropped: the name ends in a box word.</p></div>
      <div class="storyRelatedLinks"><p>Dropped: a camelCase name.</p></div></body>`).map(
      (block) => block.text,
    );
    expect(texts).toEqual(['Kept: a content word beside a furniture word.']);
  });

  it('gives special boxes their kinds: quote, pull quote, caption, speaker card, takeaways, byline', () => {
    expect(
      kinds(`<body><div class="byline">By Ann Lee</div>
        <figure><img src="a.jpg"><figcaption>The harbour at dawn.</figcaption></figure>
        <blockquote><p>Said only here.</p><footer>Ann Lee, mayor</footer></blockquote>
        <aside class="pullquote"><p>Repeated words</p></aside>
        <div class="key-points"><h4>In short</h4><ul><li>First point</li></ul></div>
        <h2>Highlights</h2><ol><li>Labelled point</li></ol></body>`),
    ).toEqual([
      ['byline', 'By Ann Lee'],
      ['caption', 'The harbour at dawn.'],
      ['quote', 'Said only here.'],
      ['speaker-card', 'Ann Lee, mayor'],
      ['pull-quote', 'Repeated words'],
      ['heading', 'In short'],
      ['takeaway', 'First point'],
      ['heading', 'Highlights'],
      ['takeaway', 'Labelled point'],
    ]);
  });

  it('gives a speaker card’s name and role a block each, as the analyzer reads cards', () => {
    expect(
      kinds(
        '<div class="speaker-card"><b class="name">Ann Lee</b><span class="role">Mayor of Holm</span></div>',
      ),
    ).toEqual([
      ['speaker-card', 'Ann Lee'],
      ['speaker-card', 'Mayor of Holm'],
    ]);
  });

  it('reads a paragraph that ends in a photo credit as a caption, and only such a paragraph', () => {
    expect(
      kinds(`<body><p>Smoke rises from the mill on Wednesday. Staff photo by Joe Bloggs</p>
        <p>Crowds at the gate (AP Photo/Ann Lee)</p><p>The exhibit includes a photo by Ansel Adams.</p>
        <p>The deal was first reported by Reuters.</p></body>`).map(([kind]) => kind),
    ).toEqual(['caption', 'caption', 'paragraph', 'paragraph']);
  });

  it('reads "By" and capitalized names as a byline, not a sentence or list item that starts with "By"', () => {
    expect(
      kinds(`<body><p>By Ann Lee and Tom Ray</p><p>By ANN LEE | Reuters</p><p>By Tuesday the water had gone</p>
        <ul><li>By 2030 Emissions Fall</li></ul></body>`).map(([kind]) => kind),
    ).toEqual(['byline', 'byline', 'paragraph', 'list-item']);
  });

  it('marks time stamps as dated and survives nesting deeper than its limit', () => {
    expect(walk('<p><time>10:42</time></p>')[0]!.dated).toBe(true);
    const deep = walk(`${'<div>'.repeat(2000)}<p>deep <b>text</b></p>`);
    expect(deep.map((block) => block.text)).toEqual(['deep text']);
  });
});

describe('blockValue', () => {
  it('rewards prose, charges fragments and links', () => {
    expect(blockValue('paragraph', 300, 0)).toBe(280);
    expect(blockValue('paragraph', 8, 0)).toBeLessThan(0);
    expect(blockValue('paragraph', 100, 100)).toBeLessThan(-100);
    expect(blockValue('heading', 40, 40)).toBeLessThan(0);
    expect(blockValue('heading', 40, 0)).toBe(0);
    expect(blockValue('caption', 200, 0)).toBe(0);
  });
});
