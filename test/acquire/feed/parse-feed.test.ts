import { describe, expect, it } from 'vitest';
import { decodeFeedBytes, FeedError, parseFeed } from '../../../src/acquire/feed/index.js';
import { ARTICLE_HTML, atom, rdf, rss2, TEASER_HTML } from './fixtures.js';

const FEED_URL = 'https://courier.example/feeds/news.xml';

function feedError(run: () => unknown): FeedError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

describe('parseFeed', () => {
  it('reads RSS 2.0: guid keys, links made absolute against the feed URL, dates with their offset, authors, full text', () => {
    const feed = parseFeed(
      rss2([
        {
          id: 'courier-1041',
          title: 'Harbour wall to be rebuilt',
          link: '/2026/06/harbour-wall',
          date: 'Tue, 09 Jun 2026 08:30:00 +0200',
          author: 'Mara Quell',
          summary: 'The council voted on Tuesday.',
          content: ARTICLE_HTML,
        },
        { title: 'Ferry timetable changes', link: 'https://courier.example/ferry', summary: TEASER_HTML },
      ]),
      FEED_URL,
    );
    expect(feed.title).toBe('Marrow Bay Courier (illustrative)');
    expect(feed.items).toEqual([
      {
        key: 'courier-1041',
        link: 'https://courier.example/2026/06/harbour-wall',
        title: 'Harbour wall to be rebuilt',
        published: '2026-06-09T08:30:00+02:00',
        authors: ['Mara Quell'],
        contentHtml: ARTICLE_HTML,
        isFullText: true,
      },
      {
        key: 'https://courier.example/ferry',
        link: 'https://courier.example/ferry',
        title: 'Ferry timetable changes',
        published: null,
        authors: [],
        contentHtml: TEASER_HTML,
        isFullText: false,
      },
    ]);
  });

  it('reads Atom: ids, alternate links, escaped HTML content, the updated date when nothing is published', () => {
    const feed = parseFeed(
      atom([
        {
          id: 'tag:harbour.example,2026:7',
          title: 'Quay repairs begin',
          link: 'https://harbour.example/quay',
          date: '2026-06-10T09:00:00+03:00',
          author: 'Ilse Varn',
          content: ARTICLE_HTML,
        },
        { id: 'tag:harbour.example,2026:8', title: 'Tide tables', link: 'tides', summary: TEASER_HTML },
      ]),
      'https://harbour.example/atom.xml',
    );
    expect(feed.title).toBe('Harbour Notes (illustrative)');
    expect(feed.items.map((item) => ({ ...item, contentHtml: item.contentHtml?.length }))).toEqual([
      {
        key: 'tag:harbour.example,2026:7',
        link: 'https://harbour.example/quay',
        title: 'Quay repairs begin',
        published: '2026-06-10T09:00:00+03:00',
        authors: ['Ilse Varn'],
        contentHtml: ARTICLE_HTML.length,
        isFullText: true,
      },
      {
        key: 'tag:harbour.example,2026:8',
        link: 'https://harbour.example/tides',
        title: 'Tide tables',
        published: null,
        authors: [],
        contentHtml: TEASER_HTML.length,
        isFullText: false,
      },
    ]);
    expect(feed.items[0]!.contentHtml).toBe(ARTICLE_HTML);
  });

  it('reads RDF (RSS 1.0): no guid, so the link is the key; dc:date and dc:creator', () => {
    const feed = parseFeed(
      rdf([
        {
          title: 'Storm warning lifted',
          link: 'https://coast.example/storm',
          date: '2026-06-11T05:00:00Z',
          author: 'Coast Wire desk',
          summary: 'Forecasters lifted the warning.',
        },
      ]),
      'https://coast.example/rdf',
    );
    expect(feed.title).toBe('Coast Wire (illustrative)');
    expect(feed.items).toEqual([
      {
        key: 'https://coast.example/storm',
        link: 'https://coast.example/storm',
        title: 'Storm warning lifted',
        published: '2026-06-11T05:00:00Z',
        authors: ['Coast Wire desk'],
        contentHtml: 'Forecasters lifted the warning.',
        isFullText: false,
      },
    ]);
  });

  it('keeps only http and https links, and keys an item with neither id nor link by its title and date', () => {
    const feed = parseFeed(
      rss2([
        { title: 'A script link', link: 'javascript:alert(1)', date: 'Wed, 10 Jun 2026 10:00:00 GMT' },
        { title: 'A mail link', link: 'mailto:desk@courier.example' },
        { title: 'A mail link', link: 'mailto:desk@courier.example' },
        { title: 'Same title, other day', date: 'Thu, 11 Jun 2026 10:00:00 GMT' },
      ]),
      FEED_URL,
    );
    expect(feed.items.map((item) => item.link)).toEqual([null, null, null, null]);
    const keys = feed.items.map((item) => item.key);
    for (const key of keys) expect(key).toMatch(/^sha256:[0-9a-f]{64}$/);
    // Equal title and date: the same item listed twice. Different date: another item.
    expect(keys[1]).toBe(keys[2]);
    expect(new Set(keys).size).toBe(3);
  });

  it('drops an item with no link, title or content: there is nothing to ingest', () => {
    expect(
      parseFeed(rss2([{ date: 'Wed, 10 Jun 2026 10:00:00 GMT' }, { link: '/x' }]), FEED_URL).items,
    ).toHaveLength(1);
  });

  it('refuses with a FeedError what is not a feed, and a feed cut off before its end', () => {
    expect(feedError(() => parseFeed('', FEED_URL)).message).toBe(
      `${FEED_URL}: not an RSS, Atom or RDF feed (The XML document could not be parsed as a feed)`,
    );
    expect(
      feedError(() => parseFeed('<!doctype html><html><body>Hello</body></html>', FEED_URL)).message,
    ).toMatch(/not an RSS, Atom or RDF feed/);
    expect(feedError(() => parseFeed('{"items": []}', FEED_URL)).url).toBe(FEED_URL);
    const whole = rss2([{ title: 'One', link: 'https://courier.example/one' }]);
    const cut = whole.slice(0, whole.indexOf('courier.example/one') + 10);
    expect(feedError(() => parseFeed(cut, FEED_URL)).message).toBe(
      `${FEED_URL}: the feed is cut off: its root element (rss, feed or rdf:RDF) is never closed`,
    );
  });

  it('reads a feed of thousands of items in time linear in its size', { timeout: 20_000 }, () => {
    const items = Array.from({ length: 8000 }, (_, index) => ({
      id: `g${index}`,
      title: `Item ${index}`,
      link: `/a/${index}`,
      date: 'Tue, 09 Jun 2026 08:30:00 +0200',
      summary: TEASER_HTML,
    }));
    const started = performance.now();
    const feed = parseFeed(rss2(items, { link: 'https://courier.example/' }), FEED_URL);
    // About a second here; with each item searching the whole channel again (quadratic) it took 78 s.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(feed.items).toHaveLength(8000);
    expect(feed.items[7999]!.link).toBe('https://courier.example/a/7999');
  });

  it('does not expand nested entity declarations (no exponential blow-up)', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">' +
      Array.from({ length: 8 }, (_, level) => {
        const previous = String.fromCharCode(97 + level);
        return `<!ENTITY ${String.fromCharCode(98 + level)} "${`&${previous};`.repeat(10)}">`;
      }).join('') +
      ']><rss><channel><title>&i;</title><item><title>&i;</title><link>https://x.example/</link></item></channel></rss>';
    const started = performance.now();
    const feed = parseFeed(laughs, FEED_URL);
    expect(performance.now() - started).toBeLessThan(1000);
    expect((feed.title ?? '').length).toBeLessThan(1000);
  });
});

describe('decodeFeedBytes', () => {
  const cyrillic = 'Новини'; // "news"
  const windows1251 = Buffer.from([0xcd, 0xee, 0xe2, 0xe8, 0xed, 0xe8]);
  const koi8r = Buffer.from([0xee, 0xcf, 0xd7, 0xc9, 0xce, 0xc9]);
  const feedBytes = (declaration: string, title: Buffer) =>
    Buffer.concat([
      Buffer.from(`<?xml version="1.0" ${declaration}?><rss><channel><title>`),
      title,
      Buffer.from('</title></channel></rss>'),
    ]);

  it('follows the XML declaration, and the Content-Type charset over it', () => {
    expect(
      parseFeed(decodeFeedBytes(feedBytes('encoding="windows-1251"', windows1251)), FEED_URL).title,
    ).toBe(cyrillic);
    expect(parseFeed(decodeFeedBytes(feedBytes("encoding='KOI8-R'", koi8r)), FEED_URL).title).toBe(cyrillic);
    const mislabelled = feedBytes('encoding="utf-8"', koi8r);
    expect(
      parseFeed(decodeFeedBytes(mislabelled, 'application/rss+xml; charset=koi8-r'), FEED_URL).title,
    ).toBe(cyrillic);
  });

  it('follows a byte-order mark, and reads UTF-8 when nothing is declared', () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('<rss><channel><title>Ω</title></channel></rss>', 'utf16le'),
    ]);
    expect(parseFeed(decodeFeedBytes(utf16, 'text/xml; charset=iso-8859-1'), FEED_URL).title).toBe('Ω');
    expect(
      parseFeed(decodeFeedBytes(Buffer.from('<rss><channel><title>Ω</title></channel></rss>')), FEED_URL)
        .title,
    ).toBe('Ω');
  });
});
