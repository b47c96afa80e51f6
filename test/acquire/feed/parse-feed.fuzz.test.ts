import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes, type Feed, FeedError, parseFeed } from '../../../src/acquire/feed/index.js';
import { ARTICLE_HTML, atom, rdf, rss2, TEASER_HTML } from './fixtures.js';

const FEED_URL = 'https://courier.example/feed.xml';
/** A feed of a few kilobytes parses in a few milliseconds; anything near this is a hang in the making. */
const SLOW_MS = 250;

const ITEMS = [
  {
    id: 'a-1',
    title: 'Wall & quay',
    link: '/a/1',
    date: 'Tue, 09 Jun 2026 08:30:00 GMT',
    author: 'Mara Quell',
    content: ARTICLE_HTML,
  },
  {
    title: 'Tides',
    link: 'https://courier.example/tides',
    summary: TEASER_HTML,
    date: '2026-06-10T09:00:00Z',
  },
  { id: 'tag:x,2026:3', title: '<Ferry> "times"', link: 'ferry?x=1&y=2', author: 'Ilse Varn' },
];
// Valid feeds of each kind, to cut short and to damage.
const SEEDS = [rss2(ITEMS, { link: 'https://courier.example/' }), atom(ITEMS), rdf(ITEMS)];

/** What any Feed that parseFeed returns must be, whatever its input. */
function expectWellFormed(feed: Feed): void {
  expect(feed.title === null || typeof feed.title === 'string').toBe(true);
  for (const item of feed.items) {
    expect(item.key.length).toBeGreaterThan(0);
    if (item.link !== null) expect(new URL(item.link).protocol).toMatch(/^https?:$/);
    if (item.published !== null) {
      expect(item.published).toMatch(
        /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?)?$/,
      );
      expect(Number.isNaN(Date.parse(item.published))).toBe(false);
    }
    expect(item.authors.every((author) => typeof author === 'string' && author.trim() === author)).toBe(true);
    if (item.isFullText) expect(item.contentHtml).not.toBeNull();
  }
}

/** parseFeed gives a well-formed Feed or a FeedError, quickly; never another error, never a hang. */
function parsesOrRefuses(xml: string): void {
  const started = performance.now();
  try {
    expectWellFormed(parseFeed(xml, FEED_URL));
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
  }
  expect(performance.now() - started).toBeLessThan(SLOW_MS);
}

const XML_PIECES = [
  '<',
  '>',
  '</',
  '/>',
  '&',
  '&amp;',
  '&#',
  ';',
  '"',
  "'",
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<?xml ?>',
  '<!DOCTYPE rss [<!ENTITY e "x">]>',
  '&e;',
  '<rss>',
  '</rss>',
  '<channel>',
  '<item>',
  '<feed>',
  '<entry>',
  '</feed>',
  '<link>',
  'javascript:',
  'http://',
  '\u0000',
  '\uFEFF',
  '\uD800',
  'xmlns:a="b"',
  '=',
  ' ',
];

/** One edit of a string: a piece inserted, a span deleted, or a span replaced by a piece. */
const mutation = fc.record({
  at: fc.nat(),
  length: fc.nat({ max: 40 }),
  piece: fc.oneof(fc.constantFrom(...XML_PIECES), fc.string({ maxLength: 6 })),
});

function mutate(text: string, edits: readonly { at: number; length: number; piece: string }[]): string {
  let result = text;
  for (const { at, length, piece } of edits) {
    const start = at % (result.length + 1);
    result = result.slice(0, start) + piece + result.slice(start + length);
  }
  return result;
}

describe('parseFeed under fuzzing', () => {
  it('parses or refuses arbitrary strings, XML-like ones too', { timeout: 30_000 }, () => {
    const xmlish = fc.array(fc.oneof(fc.constantFrom(...XML_PIECES), fc.string({ maxLength: 10 })), {
      maxLength: 60,
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 2000, unit: 'binary' }),
          xmlish.map((parts) => parts.join('')),
        ),
        (xml) => {
          parsesOrRefuses(xml);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('parses or refuses every prefix of a valid feed, and refuses a cut one', { timeout: 30_000 }, () => {
    for (const seed of SEEDS) {
      for (let end = 0; end < seed.length; end += 7) {
        const prefix = seed.slice(0, end);
        parsesOrRefuses(prefix);
        // Cut before the closing root tag: refused, not half-read.
        if (end < seed.trimEnd().lastIndexOf('</'))
          expect(() => parseFeed(prefix, FEED_URL)).toThrow(FeedError);
      }
    }
  });

  it('parses or refuses valid feeds damaged by random edits', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEEDS),
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        (seed, edits) => {
          parsesOrRefuses(mutate(seed, edits));
        },
      ),
      { numRuns: 600 },
    );
  });

  it('decodes any bytes to a string that then parses or is refused', { timeout: 30_000 }, () => {
    const contentType = fc.constantFrom(
      null,
      'application/rss+xml',
      'text/xml; charset=koi8-r',
      'text/xml; charset=nonsense',
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1500 }), contentType, (bytes, type) => {
        parsesOrRefuses(decodeFeedBytes(bytes, type));
      }),
      { numRuns: 300 },
    );
  });
});
