/** selectBody: the winning container, its strong siblings, skipped link boxes, the article header. */
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../src/read/html/dom.js';
import { type KnownHeader, selectBody, sumSubtrees } from '../../../src/read/html/select-body.js';
import { walkPage } from '../../../src/read/html/walk-page.js';

const select = (html: string, known: KnownHeader = { title: null, subtitle: null }) => {
  const walk = walkPage(parseHtmlDocument(html).documentElement);
  sumSubtrees(walk.containers);
  return selectBody(walk, known);
};
const prose = (words: string): string =>
  `<p>${words} ${'and the story goes on with more words, '.repeat(3)}end.</p>`;

describe('selectBody', () => {
  it('takes the container with the most prose and leaves a link-heavy list beside it', () => {
    const selection = select(`<body><div>${prose('First')}${prose('Second')}</div>
      <div><ul>${'<li><a href="/x">A linked headline of another story</a></li>'.repeat(12)}</ul></div></body>`);
    expect(selection.blocks.map((block) => block.text.split(' ')[0])).toEqual(['First', 'Second']);
  });

  it('skips a link box inside the body and a linked teaser card', () => {
    const selection = select(`<body><div>${prose('One')}
      <div><h4>More</h4><ul><li><a href="/a">Other story about the harbour</a></li><li><a href="/b">Another one about roads</a></li></ul></div>
      <div><h3><a href="/c">A teaser headline that links away</a></h3><p>Short teaser.</p></div>${prose('Two')}</div></body>`);
    expect(selection.blocks.map((block) => block.text.split(' ')[0])).toEqual(['One', 'Two']);
  });

  it('joins siblings of the winner that hold prose too', () => {
    const selection = select(`<body><main><div class="part">${prose('A')}${prose('B')}</div>
      <div class="ad-slot">Advertisement</div><div class="part">${prose('C')}</div></main></body>`);
    expect(selection.blocks.map((block) => block.text[0])).toEqual(['A', 'B', 'C']);
  });

  it('drops the article header above a byline: kicker, display headline, standfirst; keeps its bullets as takeaways', () => {
    const selection = select(
      `<body><article><p>Politics</p><h1>Mayor wins vote on harbour plan after a long night</h1>
      <p>The plan now goes to the county.</p><ul><li>Vote was 7-2</li></ul><p class="meta">By Ann Lee</p>
      <div>${prose('Body')}${prose('More')}</div></article></body>`,
      { title: 'Mayor wins vote on harbour plan', subtitle: null },
    );
    expect(selection.byline).toBe('By Ann Lee');
    expect(selection.blocks.map((block) => [block.kind, block.text.split(' ')[0]])).toEqual([
      ['takeaway', 'Vote'],
      ['paragraph', 'Body'],
      ['paragraph', 'More'],
    ]);
  });

  it('keeps a lead paragraph that an "Updated" line follows: the header ends before the story starts', () => {
    const selection = select(
      `<body><div>${prose('Lead')}<p>Updated 10:41 GMT</p>${prose('Second')}${prose('Third')}</div></body>`,
    );
    expect(selection.blocks.map((block) => block.text.split(' ')[0])).toEqual(['Lead', 'Second', 'Third']);
  });

  it('keeps a lead that the page also gives as its description (subtitle)', () => {
    const lead =
      'The harbour will reopen on Monday after six weeks of repairs to the pier, the council said.';
    const selection = select(`<body><div><p>${lead}</p>${prose('Second')}</div></body>`, {
      title: null,
      subtitle: lead,
    });
    expect(selection.blocks[0]).toEqual({ kind: 'paragraph', text: lead });
  });

  it('keeps only the article with the headline when the next story is appended below it', () => {
    const story = (title: string, word: string) =>
      `<article><h2>${title}</h2>${prose(word)}${prose(word)}${prose(word)}</article>`;
    const selection = select(
      `<body><div id="stream">${story('Bridge reopens', 'Bridge')}${story('School closes', 'School')}</div></body>`,
      { title: 'Bridge reopens', subtitle: null },
    );
    expect(new Set(selection.blocks.map((block) => block.text.split(' ')[0]))).toEqual(new Set(['Bridge']));
  });

  it('marks a block quotation that repeats a paragraph word for word as a duplicate, marked up or not', () => {
    const selection = select(`<body><div>${prose('First')}
      <p>“We will rebuild the pier before summer,” the mayor said on Monday, to applause.</p>
      <blockquote>We will rebuild the pier before summer</blockquote>
      <blockquote>Said only here, and long enough to count as a quotation.</blockquote>${prose('Last')}</div></body>`);
    expect(selection.blocks.filter((block) => block.kind !== 'paragraph')).toEqual([
      { kind: 'duplicate', text: 'We will rebuild the pier before summer' },
      { kind: 'quote', text: 'Said only here, and long enough to count as a quotation.' },
    ]);
  });

  it('marks a pull quote that shortens what it repeats as a duplicate, with the line that credits it', () => {
    const selection = select(`<body><div>${prose('First')}
      <p>“This is not a story about heavy rain,” said the agency’s chief, Dr Lorna Penhallow. “Many of these discharges took place on dry days.”</p>
      <aside class="dcr-pullquote"><blockquote><p>This is not a story about heavy rain. Many of these discharges took place on dry days</p><footer><cite>Dr Lorna Penhallow, Water Standards Agency</cite></footer></blockquote></aside>
      ${prose('Last')}</div></body>`);
    expect(selection.blocks.filter((block) => block.kind !== 'paragraph')).toEqual([
      {
        kind: 'duplicate',
        text: 'This is not a story about heavy rain. Many of these discharges took place on dry days',
      },
      { kind: 'duplicate', text: 'Dr Lorna Penhallow, Water Standards Agency' },
    ]);
  });

  it('reads a box named by its test hook as what it is ("article-body-ad", "interstitial-link")', () => {
    const selection = select(`<body><div>${prose('First')}
      <div data-qa="interstitial-link"><span>Inmate deaths at county jail prompt call for review</span></div>
      <div data-qa="article-body-ad"><div>Story continues below advertisement</div></div>${prose('Last')}</div></body>`);
    expect(selection.blocks.map((block) => block.text.split(' ')[0])).toEqual(['First', 'Last']);
  });

  it('takes the whole page when nothing reads as prose', () => {
    const selection = select('<body><div>one</div><p>two</p></body>');
    expect(selection.blocks.map((block) => block.text)).toEqual(['one', 'two']);
  });
});
