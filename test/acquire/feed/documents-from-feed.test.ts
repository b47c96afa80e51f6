import { describe, expect, it } from 'vitest';
import { documentsFromFeed, type FeedItem, type FetchPage } from '../../../src/acquire/feed/index.js';
import type { SourceItem } from '../../../src/acquire/sources/source-item.js';
import { ARTICLE_HTML, TEASER_HTML } from './fixtures.js';

const FETCHED_AT = '2026-06-12T07:00:00.000Z';

const item = (overrides: Partial<FeedItem>): FeedItem => ({
  key: 'k',
  link: null,
  title: null,
  published: null,
  authors: [],
  contentHtml: null,
  isFullText: false,
  ...overrides,
});

async function collect(items: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const all: SourceItem[] = [];
  for await (const sourceItem of items) all.push(sourceItem);
  return all;
}

/** A fetchPage that records its calls and answers each link with a small page (or a failure for /gone). */
function fakePages(): { fetchPage: FetchPage; fetched: string[] } {
  const fetched: string[] = [];
  const fetchPage: FetchPage = (url) => {
    fetched.push(url);
    if (url.endsWith('/gone'))
      return Promise.resolve({
        ok: false,
        name: url,
        origin: 'url',
        key: url,
        reason: 'http-status',
        message: `${url}: answered status 404`,
      });
    return Promise.resolve({
      ok: true,
      key: `${url}?redirected`,
      document: {
        origin: 'url',
        name: url,
        bytes: new TextEncoder().encode(`<html><title>Page</title><p>${url}</p></html>`),
        fetchedAt: FETCHED_AT,
        url,
        contentType: 'text/html',
        hints: { title: null, language: 'en' },
      },
    });
  };
  return { fetchPage, fetched };
}

describe('documentsFromFeed', () => {
  it('makes a full-text item a feed document, with the feed item as hints and its link as key', async () => {
    const { fetchPage, fetched } = fakePages();
    const [only] = await collect(
      documentsFromFeed(
        {
          items: [
            item({
              key: 'guid-1',
              link: 'https://courier.example/wall',
              title: 'Harbour wall',
              published: '2026-06-09T06:30:00.000Z',
              authors: ['Mara Quell'],
              contentHtml: ARTICLE_HTML,
              isFullText: true,
            }),
          ],
        },
        { fetchPage, fetchedAt: FETCHED_AT, outlet: 'Marrow Bay Courier' },
      ),
    );
    expect(fetched).toEqual([]);
    expect(only).toEqual({
      ok: true,
      key: 'https://courier.example/wall',
      document: {
        origin: 'feed',
        name: 'https://courier.example/wall',
        bytes: new TextEncoder().encode(ARTICLE_HTML),
        fetchedAt: FETCHED_AT,
        url: 'https://courier.example/wall',
        contentType: 'text/html; charset=utf-8',
        hints: {
          format: 'html',
          title: 'Harbour wall',
          published: '2026-06-09T06:30:00.000Z',
          authors: ['Mara Quell'],
          outlet: 'Marrow Bay Courier',
        },
      },
    });
  });

  it('fetches the link of every other item, in feed order, keeping the page hints that say something', async () => {
    const { fetchPage, fetched } = fakePages();
    const results = await collect(
      documentsFromFeed(
        {
          items: [
            item({ key: 'a', link: 'https://courier.example/a', title: 'A', contentHtml: TEASER_HTML }),
            item({ key: 'b', link: 'https://courier.example/gone', title: 'B' }),
            item({
              key: 'c',
              link: 'https://courier.example/c',
              title: 'C',
              published: '2026-06-01T00:00:00.000Z',
            }),
          ],
        },
        { fetchPage, fetchedAt: FETCHED_AT, lookahead: 2 },
      ),
    );
    expect(fetched).toEqual([
      'https://courier.example/a',
      'https://courier.example/gone',
      'https://courier.example/c',
    ]);
    expect(results.map((result) => [result.ok, result.key])).toEqual([
      [true, 'https://courier.example/a'],
      [false, 'https://courier.example/gone'],
      [true, 'https://courier.example/c'],
    ]);
    const third = results[2]!;
    expect(third.ok && third.document.hints).toEqual({
      title: 'C',
      published: '2026-06-01T00:00:00.000Z',
      language: 'en',
    });
    expect(results[1]).toMatchObject({
      ok: false,
      reason: 'http-status',
      message: 'https://courier.example/gone: answered status 404',
    });
  });

  it('reports an item with neither full text nor link as a failure, and a fetcher that throws as one too', async () => {
    const results = await collect(
      documentsFromFeed(
        {
          items: [
            item({ key: 'sha256:ab', title: 'Teaser only', contentHtml: TEASER_HTML }),
            item({ key: 'x', link: 'https://courier.example/x' }),
          ],
        },
        { fetchPage: () => Promise.reject(new Error('socket hang up')), fetchedAt: FETCHED_AT },
      ),
    );
    expect(results).toEqual([
      {
        ok: false,
        name: 'sha256:ab',
        origin: 'feed',
        key: 'sha256:ab',
        reason: 'no-link',
        message: 'the feed item has neither the article text nor a link to it',
      },
      {
        ok: false,
        name: 'https://courier.example/x',
        origin: 'url',
        key: 'https://courier.example/x',
        reason: 'network',
        message: 'socket hang up',
      },
    ]);
  });

  it('stops yielding and fetching once told to stop', async () => {
    const { fetchPage, fetched } = fakePages();
    let stop = false;
    const yielded: string[] = [];
    const links = ['a', 'b', 'c', 'd', 'e'].map((name) => `https://courier.example/${name}`);
    for await (const result of documentsFromFeed(
      { items: links.map((link) => item({ key: link, link })) },
      { fetchPage, fetchedAt: FETCHED_AT, lookahead: 1, stopped: () => stop },
    )) {
      yielded.push(result.key);
      if (yielded.length === 2) stop = true;
    }
    expect(yielded).toEqual(links.slice(0, 2));
    // One page is fetched ahead of the one handed over (lookahead 1); nothing after that.
    expect(fetched).toEqual(links.slice(0, 3));
  });
});
