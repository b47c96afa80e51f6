/**
 * Property tests: whatever the markup (arbitrary strings, random tag soup, illustrative pages cut short or
 * with bytes changed), readHtml returns an Article whose blocks are exact, ordered spans of its text, and
 * never throws.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../src/read/html/index.js';
import type { Article } from '../../../src/types.js';

function expectWellFormed(article: Article): void {
  let end = -2;
  for (const block of article.blocks) {
    expect(block.start).toBe(end + 2);
    expect(block.end).toBeGreaterThan(block.start);
    const text = article.text.slice(block.start, block.end);
    expect(text).toBe(text.trim());
    expect(text).not.toMatch(/\s{2}|\n/);
    end = block.end;
  }
  expect(article.blocks.length === 0 ? article.text === '' : end === article.text.length).toBe(true);
  expect(article.meta.takeaways.every((takeaway) => article.text.includes(takeaway))).toBe(true);
}

const TAGS = [
  'p',
  'div',
  'article',
  'aside',
  'blockquote',
  'figure',
  'figcaption',
  'ul',
  'li',
  'h2',
  'a',
  'span',
  'br',
  'script',
  'nav',
  'time',
  'main',
  'cite',
  'footer',
];
const CLASSES = [
  '',
  'share',
  'related',
  'article-body',
  'pullquote',
  'key-points',
  'speaker-card',
  'byline',
  'caption',
  'standfirst',
  'ad',
  'content-with-sidebar',
];

const tagSoup = fc
  .array(
    fc.oneof(
      fc
        .record({ tag: fc.constantFrom(...TAGS), cls: fc.constantFrom(...CLASSES), close: fc.boolean() })
        .map(({ tag, cls, close }) =>
          close ? `</${tag}>` : `<${tag}${cls === '' ? '' : ` class="${cls}"`}>`,
        ),
      fc.constantFrom('Key takeaways', 'Advertisement', '10:42', 'By Ann Lee', '“A quote,” she said.'),
      fc.string({ maxLength: 80 }),
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(''));

const pagesFolder = join(import.meta.dirname, 'pages');
const pages = readdirSync(pagesFolder)
  .filter((name) => name.endsWith('.html'))
  .map((name) => readFileSync(join(pagesFolder, name), 'utf8'));

describe('readHtml on arbitrary input', () => {
  it('arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (html) => {
        expectWellFormed(readHtml(html));
      }),
      {
        numRuns: 200,
      },
    );
  });

  it('random tag soup with the class names the reader looks for', () => {
    fc.assert(
      fc.property(tagSoup, (html) => {
        expectWellFormed(readHtml(html));
      }),
      { numRuns: 300 },
    );
  });

  it('illustrative pages cut short or with characters replaced', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...pages),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('<', '>', '"', '&', '\u0000', '</div>', '<p>')), {
          maxLength: 8,
        }),
        (page, cut, changes) => {
          let html = page.slice(0, cut % (page.length + 1));
          for (const [at, replacement] of changes) {
            const position = at % (html.length + 1);
            html = html.slice(0, position) + replacement + html.slice(position + 1);
          }
          expectWellFormed(readHtml(html));
        },
      ),
      { numRuns: 200 },
    );
  });
});
