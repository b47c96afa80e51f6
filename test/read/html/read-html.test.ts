/**
 * readHtml on hand-written pages in the layouts news sites use (pages/README.md: all illustrative): what the
 * body keeps, what it drops, and the kinds its blocks get.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleBody } from '../../../src/read/article-body.js';
import { extract } from '../../../src/extract.js';
import { readHtml } from '../../../src/read/html/index.js';
import type { Article, BlockKind } from '../../../src/types.js';

const page = (name: string): string => readFileSync(join(import.meta.dirname, 'pages', name), 'utf8');
const read = (name: string): Article => readHtml(page(name), { name });
const textsOf = (article: Article, kind: BlockKind): string[] =>
  article.blocks
    .filter((block) => block.kind === kind)
    .map((block) => article.text.slice(block.start, block.end));

/** Every block is an exact, ordered, non-overlapping span; blocks are one blank line apart. */
function expectExactSpans(article: Article): void {
  if (article.blocks.length === 0) {
    expect(article.text).toBe('');
    return;
  }
  let end = -2;
  for (const block of article.blocks) {
    expect(block.start).toBe(end + 2);
    expect(article.text.slice(block.start, block.end).trim()).toBe(
      article.text.slice(block.start, block.end),
    );
    expect(block.end).toBeGreaterThan(block.start);
    end = block.end;
  }
  expect(end).toBe(article.text.length);
}

describe('readHtml on CMS-like pages', () => {
  it('WordPress: keeps the entry content with its subheading, quote and caption; drops share, related, comments and widgets', () => {
    const article = read('wordpress.html');
    expectExactSpans(article);
    const body = articleBody(article);
    expect(article.blocks[0]!.kind).toBe('title');
    expect(textsOf(article, 'title')).toEqual(['Allotment waiting list passes 600 names']);
    expect(textsOf(article, 'byline')).toEqual(['by Hattie Drummond']);
    expect(textsOf(article, 'lead')[0]).toMatch(/^More than 600 people are now waiting/);
    expect(textsOf(article, 'heading')).toEqual(['A new site at Cole Lane?']);
    expect(textsOf(article, 'quote')).toEqual([
      'Half a plot is still enough to feed a family through the summer, and it gets people off the list years sooner.',
    ]);
    expect(textsOf(article, 'speaker-card')).toEqual(['Rufus Okonjo']);
    expect(textsOf(article, 'caption')).toEqual(['Plots at the Riverside site, where the list is longest.']);
    expect(body).toContain('The committee will discuss the report on 6 May.');
    for (const furniture of [
      'Share this',
      'Seed swap returns',
      'Posted in',
      'I have been waiting for six years',
      'Recent Posts',
      'volunteer-run community paper',
      'Skip to content',
      'Proudly powered',
    ]) {
      expect(article.text).not.toContain(furniture);
    }
    // Captions and speaker cards are blocks of the text, not of the body.
    expect(body).not.toContain('Plots at the Riverside site');
  });

  it('a short body beside a longer rail of linked teasers with sentence-like summaries', () => {
    const article = read('related-rail.html');
    const body = articleBody(article);
    expect(body.split('\n\n')).toEqual([
      "The former keeper's cottage at Skarv Point sold at auction on Friday for 410,000 kroner, well above the guide price set by the municipality.",
      '"We expected interest, but not this much," said auctioneer Britt Solheim. The buyer, a family from the mainland, plans to live there year round.',
    ]);
    expect(textsOf(article, 'byline')).toEqual(['By Oskar Lindqvist']);
    expect(article.text).not.toContain('More from the coast');
    expect(article.text).not.toContain('Researchers used a small drone');
  });

  it('a live blog: every entry, headings included, newest first; key points as takeaways; no time stamps or ads', () => {
    const article = read('live-blog.html');
    expectExactSpans(article);
    expect(article.meta.takeaways).toEqual([
      "Amina Roberts wins the women's race in a course record.",
      'Bridge Street reopens at 4pm.',
    ]);
    expect(textsOf(article, 'heading')).toEqual([
      'Key points',
      'Bridge Street reopens early',
      'Course record for Roberts',
      "And they're off",
    ]);
    const body = articleBody(article);
    expect(body).toContain('Volunteers at the mile 18 water station');
    expect(body.indexOf('Bridge Street reopens early')).toBeLessThan(body.indexOf("And they're off"));
    for (const furniture of [
      '15:40',
      '09:00',
      'Advertisement',
      'Sign up',
      'morning briefing',
      'Riverton Daily ©',
    ]) {
      expect(body).not.toContain(furniture);
    }
  });

  it('a "Key takeaways" list becomes takeaway blocks and meta.takeaways; related links are dropped', () => {
    const article = read('takeaways.html');
    expect(article.meta.takeaways).toEqual([
      'Average household bills rise by about $4 a month.',
      'The utility says pipe replacement is behind the increase.',
      'Customers on assistance plans are exempt.',
    ]);
    expect(textsOf(article, 'heading')).toEqual(['Key takeaways']);
    const body = articleBody(article);
    expect(body).toContain('Customers on assistance plans are exempt.');
    expect(body).toContain('Board member Len Hollis, who voted no');
    expect(body).not.toContain('Drought rules eased');
  });

  it('a pull quote repeating the body is a duplicate; a quote said only in a quote box is body, its speaker card is not', () => {
    const article = read('pull-quote-speaker.html');
    expectExactSpans(article);
    expect(textsOf(article, 'duplicate')).toEqual([
      '“People who work nights were walking home for an hour.”',
    ]);
    expect(textsOf(article, 'quote')).toEqual([
      '“The buses are the difference between keeping this job and losing it.”',
    ]);
    expect(textsOf(article, 'speaker-card')).toEqual(['Jonah Mensah', 'Night nurse, Eastside General']);
    const body = articleBody(article);
    expect(body.match(/walking home for an hour/g)).toHaveLength(1);
    expect(body).toContain('The buses are the difference');
    expect(body).not.toContain('Jonah Mensah');
  });

  it('a cookie wall and a modal overlay with long prose are not the article', () => {
    const article = read('cookie-wall.html');
    const body = articleBody(article);
    expect(body.split('\n\n')).toHaveLength(3);
    expect(body).toContain("Weaver's Mill");
    expect(article.text).not.toMatch(/partners|cookies|terms/i);
  });

  it('an old table layout with <br><br> paragraphs in a <font> cell, beside link columns', () => {
    const article = read('table-layout.html');
    const body = articleBody(article).split('\n\n');
    expect(body.slice(1)).toEqual([
      'The old paper mill on River Road burned for six hours on Sunday night before firefighters brought the blaze under control, the county said.',
      'No one was hurt. The building had been empty since 2009, and the owner had applied to turn it into flats.',
      '"We could see the flames from the bridge," said neighbour Alma Reyes. "The whole sky was orange."',
      'Investigators will return on Tuesday to look for the cause.',
    ]);
    expect(article.text).not.toMatch(/Weather|Town hall|Copyright/);
  });

  it('an embedded post is a quote, its source line a speaker card; an inline "Read more" link is dropped', () => {
    const article = read('embedded-post.html');
    expect(textsOf(article, 'quote')).toEqual([
      'The plan is fair, it is costed and it will pass. We will not be lectured by those who paid no tax last year.',
    ]);
    expect(textsOf(article, 'speaker-card')).toEqual(['— Jane Minister (@janeminister) March 4, 2025']);
    const body = articleBody(article);
    expect(body).not.toContain('Read more');
    expect(body).not.toContain('Most read');
    expect(body).toContain('The bill goes to a vote next week.');
  });

  it('text carried only as __NEXT_DATA__ JSON: paragraphs and a heading from the item types', () => {
    const article = read('script-data.html');
    expect(article.diagnostics.map((diagnostic) => diagnostic.rule)).toEqual(['body-from-script-data']);
    expect(textsOf(article, 'heading')).toEqual(["Neighbours' concerns"]);
    const body = articleBody(article);
    expect(body).toContain(
      'Residents of nearby streets had objected to night-time noise. The board added a condition limiting testing to daytime hours.',
    );
    expect(body).not.toContain('Bus lane review');
    expect(body).not.toContain('Loading');
  });

  it('text carried only as JSON-LD articleBody in an @graph', () => {
    const article = read('json-ld-body.html');
    expect(articleBody(article).split('\n\n')).toEqual([
      "Ferry fares for island residents will stay at last year's level until next April, the regional transport agency said on Thursday.",
      'The freeze covers the four routes to the outer islands, which carry about 1,200 residents between them.',
      '"Islanders should not pay more to get to a doctor," said agency director Mari Haugen.',
    ]);
  });
});

describe('readHtml: metadata and hints', () => {
  const html = `<html><head><title>Harbour fees rise</title></head><body><article><h1>Harbour fees rise</h1>
    <p>Harbour fees for visiting yachts will rise by a tenth next season, the port authority said on Monday, citing repair costs.</p>
    <p>Local sailors said the increase was fair if the pontoons were finally fixed before the summer.</p></article></body></html>`;

  it('hints fill what the page does not say; the page wins where it speaks', () => {
    const article = readHtml(html, {
      url: 'https://harbour.example/fees',
      hints: {
        title: 'Container title',
        published: '2025-05-01',
        outlet: 'Harbour Post',
        authors: ['Ana Ruiz'],
      },
    });
    expect(article.meta.title).toBe('Harbour fees rise');
    expect(article.meta.published).toBe('2025-05-01');
    expect(article.meta.authors).toEqual(['Ana Ruiz']);
    expect(article.meta.url).toBe('https://harbour.example/fees');
  });

  it('a description cut from the lead is meta.subtitle but not a second copy of the lead in the text', () => {
    const lead = 'Harbour fees for visiting yachts will rise by a tenth next season, the port authority said';
    const withDescription = html.replace(
      '</title>',
      `</title><meta name="description" content="${lead.slice(0, 50)}..."><meta property="og:description" content="${lead.slice(0, 50)}...">`,
    );
    const article = readHtml(withDescription);
    expect(article.meta.subtitle).toMatch(/^Harbour fees for visiting yachts/);
    expect(article.blocks.map((block) => block.kind)).toEqual(['title', 'lead', 'paragraph']);
  });

  it('language: the page declaration, else the hint, else detection', () => {
    const declared = html.replace('<html>', '<html lang="nb">');
    expect(readHtml(declared, { hints: { language: 'de' } }).meta.language).toBe('nb');
    expect(readHtml(html, { hints: { language: 'de' } }).meta.language).toBe('de');
    expect(readHtml(html).meta.language).toBe('en');
  });
});

describe('readHtml never throws', () => {
  const inputs = [
    '',
    'plain words with no markup at all',
    '<div>one</div><p>two',
    '<!doctype html>',
    '\u0000\u0001<<<>>>&&&;',
    '<html><body></body></html>',
    `${'<div>'.repeat(5000)}deep text.`,
    '<table><tr><td><p>cell<td>other</table></p></div></span>',
    '<script type="application/ld+json">{not json</script><script id="__NEXT_DATA__" type="application/json">[1,2,</script>',
  ];
  for (const input of inputs) {
    it(`reads ${JSON.stringify(input.slice(0, 40))}`, () => {
      const article = readHtml(input);
      expectExactSpans(article);
    });
  }
});

describe('readHtml feeds the analyzer', () => {
  it('a quote said only in a box is attributed to the speaker card beside it', () => {
    const extraction = extract(read('pull-quote-speaker.html'));
    const card = extraction.attributions.find((attribution) => attribution.speaker?.name === 'Jonah Mensah');
    expect(card?.content.map((fragment) => fragment.text).join(' ')).toContain(
      'The buses are the difference',
    );
  });
});
