import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { pollFeed, type PollFeedOptions } from '../../../src/acquire/feed/poll-feed.js';
import { createFetcher } from '../../../src/acquire/fetch/index.js';
import type { SourceItem } from '../../../src/acquire/sources/source-item.js';
import { emptyTally } from '../../../src/ingest/tally.js';
import { fetchPageItem } from '../../../src/ingest/url-items.js';
import { openSqliteStore, type Store } from '../../../src/store/index.js';
import type { LocalServer } from '../fetch/local-server.js';
import {
  conditionalHeaders,
  failingFirst,
  feedRoute,
  type FeedVersion,
  htmlRoute,
  serveRoutes,
} from './feed-server.js';
import { ARTICLE_HTML, articlePage, atom, rdf, rss2, TEASER_HTML } from './fixtures.js';

const directory = mkdtempSync(join(tmpdir(), 'onrecord-poll-'));
let stores = 0;
let server: LocalServer | undefined;
let store: Store | undefined;

afterEach(async () => {
  await server?.close();
  await store?.close();
  server = undefined;
  store = undefined;
});
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

const freshStore = (): Store => (store = openSqliteStore(join(directory, `poll-${(stores += 1)}.db`)));

/** A poller against the local server with a real fetcher and store; the ingester only records what it got. */
function poller(extra: Partial<PollFeedOptions> = {}) {
  const fetcher = createFetcher({ allowPrivate: true, minDelayMs: 0, retryBaseMs: 1, random: () => 0 });
  const ingested: SourceItem[][] = [];
  const options: PollFeedOptions = {
    store: store ?? freshStore(),
    fetchFeed: (url, conditional) => fetcher.fetch(url, conditional),
    fetchPage: (url) => fetchPageItem(fetcher, url),
    ingest: async (items) => {
      const batch: SourceItem[] = [];
      const tally = emptyTally();
      for await (const item of items) {
        batch.push(item);
        if (item.ok) tally.added += 1;
        else tally.failed += 1;
      }
      ingested.push(batch);
      return tally;
    },
    stopped: () => false,
    ...extra,
  };
  return { poll: (url: string) => pollFeed(url, options), ingested };
}

const keysOf = (batch: readonly SourceItem[] | undefined) => (batch ?? []).map((item) => item.key);

describe('pollFeed', () => {
  it('ingests an RSS feed, full-text items from the feed and the others from their pages; then a 304 (ETag)', async () => {
    let version: FeedVersion = { body: '', etag: '"v1"' };
    server = await serveRoutes({
      '/feed.xml': feedRoute(() => version),
      '/news/ferry': htmlRoute(articlePage('Ferry timetable changes')),
    });
    const origin = server.origin;
    version = {
      etag: '"v1"',
      body: rss2([
        { id: 'c-1', title: 'Harbour wall', link: `${origin}/news/wall`, content: ARTICLE_HTML },
        { id: 'c-2', title: 'Ferry timetable changes', link: '/news/ferry', summary: TEASER_HTML },
      ]),
    };
    const { poll, ingested } = poller();
    const first = await poll(`${origin}/feed.xml`);
    expect(first).toMatchObject({
      status: 'changed',
      items: 2,
      unseen: 2,
      ingested: 2,
      title: 'Marrow Bay Courier (illustrative)',
    });
    const [batch] = ingested;
    expect(keysOf(batch)).toEqual([`${origin}/news/wall`, `${origin}/news/ferry`]);
    expect(batch!.map((item) => item.ok && item.document.origin)).toEqual(['feed', 'url']);
    const page = batch![1]!;
    expect(page.ok && new TextDecoder().decode(page.document.bytes)).toContain(
      'Ferry timetable changes</h1>',
    );
    expect(page.ok && page.document.hints?.title).toBe('Ferry timetable changes');
    expect(await store!.feedState(`${origin}/feed.xml`)).toMatchObject({
      etag: '"v1"',
      title: 'Marrow Bay Courier (illustrative)',
    });

    expect(await poll(`${origin}/feed.xml`)).toEqual({ status: 'not-modified', url: `${origin}/feed.xml` });
    expect(ingested).toHaveLength(1);
    expect(conditionalHeaders(server, '/feed.xml')).toEqual([
      { ifNoneMatch: null, ifModifiedSince: null },
      { ifNoneMatch: '"v1"', ifModifiedSince: null },
    ]);
  });

  it('sends If-Modified-Since when the feed gave only Last-Modified, and gets a 304 (Atom)', async () => {
    const lastModified = 'Wed, 10 Jun 2026 09:00:00 GMT';
    server = await serveRoutes({
      '/atom': feedRoute(() => ({
        lastModified,
        contentType: 'application/atom+xml',
        body: atom([
          {
            id: 'tag:h,2026:1',
            title: 'Quay repairs',
            link: 'https://harbour.example/quay',
            content: ARTICLE_HTML,
          },
        ]),
      })),
    });
    const { poll, ingested } = poller();
    expect(await poll(`${server.origin}/atom`)).toMatchObject({ status: 'changed', ingested: 1 });
    expect(await poll(`${server.origin}/atom`)).toMatchObject({ status: 'not-modified' });
    expect(conditionalHeaders(server, '/atom')).toEqual([
      { ifNoneMatch: null, ifModifiedSince: null },
      { ifNoneMatch: null, ifModifiedSince: lastModified },
    ]);
    expect(keysOf(ingested[0])).toEqual(['https://harbour.example/quay']);
  });

  it('ingests only the items not seen before when the feed changes (RDF)', async () => {
    const storm = { title: 'Storm warning', link: 'https://coast.example/storm', content: ARTICLE_HTML };
    const ferry = { title: 'Ferry back', link: 'https://coast.example/ferry', content: ARTICLE_HTML };
    let version: FeedVersion = { etag: '"1"', body: rdf([storm]) };
    server = await serveRoutes({ '/rdf': feedRoute(() => version) });
    const { poll, ingested } = poller();
    await poll(`${server.origin}/rdf`);
    version = { etag: '"2"', body: rdf([ferry, storm]) };
    expect(await poll(`${server.origin}/rdf`)).toMatchObject({
      status: 'changed',
      items: 2,
      unseen: 1,
      ingested: 1,
    });
    expect(ingested.map(keysOf)).toEqual([['https://coast.example/storm'], ['https://coast.example/ferry']]);
    expect(await store!.feedState(`${server.origin}/rdf`)).toMatchObject({ etag: '"2"' });
  });

  it('reports a broken feed clearly, keeps no validators from it, and reads it whole once it is fixed', async () => {
    let version: FeedVersion = { etag: '"broken"', body: '<rss><channel><title>Half a fee' };
    server = await serveRoutes({ '/feed': feedRoute(() => version) });
    const { poll, ingested } = poller();
    const url = `${server.origin}/feed`;
    expect(await poll(url)).toEqual({
      status: 'failed',
      url,
      reason: 'bad-feed',
      message: `${url}: the feed is cut off: its root element (rss, feed or rdf:RDF) is never closed`,
    });
    expect(await store!.feedState(url)).toMatchObject({ etag: null, changedAt: null });
    expect((await store!.feedState(url))?.checkedAt).not.toBeNull();
    version = {
      etag: '"broken"',
      body: rss2([{ id: '1', link: 'https://courier.example/1', content: ARTICLE_HTML }]),
    };
    expect(await poll(url)).toMatchObject({ status: 'changed', ingested: 1 });
    expect(conditionalHeaders(server, '/feed').map((headers) => headers.ifNoneMatch)).toEqual([null, null]);
    expect(ingested).toHaveLength(1);
  });

  it('retries a 503 and reads the feed; reports a feed that keeps failing with the fetch reason', async () => {
    const feed = rss2([{ id: '1', link: 'https://courier.example/1', content: ARTICLE_HTML }]);
    server = await serveRoutes({
      '/busy': failingFirst(
        1,
        503,
        feedRoute(() => ({ body: feed })),
      ),
      '/down': failingFirst(
        100,
        503,
        feedRoute(() => ({ body: feed })),
      ),
    });
    const { poll } = poller();
    expect(await poll(`${server.origin}/busy`)).toMatchObject({ status: 'changed', ingested: 1 });
    expect(server.paths().filter((path) => path === '/busy')).toHaveLength(2);
    expect(await poll(`${server.origin}/down`)).toEqual({
      status: 'failed',
      url: `${server.origin}/down`,
      reason: 'http-status',
      message: `${server.origin}/down: ${server.origin}/down answered status 503`,
    });
  });

  it('takes at most maxItems new items per poll and keeps the validators only once all are taken', async () => {
    const items = ['a', 'b', 'c'].map((name) => ({
      id: name,
      link: `https://courier.example/${name}`,
      content: ARTICLE_HTML,
    }));
    server = await serveRoutes({ '/feed': feedRoute(() => ({ etag: '"x"', body: rss2(items) })) });
    const { poll, ingested } = poller({ maxItems: 2 });
    const url = `${server.origin}/feed`;
    expect(await poll(url)).toMatchObject({ status: 'changed', unseen: 3, ingested: 2 });
    expect(await store!.feedState(url)).toMatchObject({ etag: null });
    expect(await poll(url)).toMatchObject({ status: 'changed', unseen: 1, ingested: 1 });
    expect(await poll(url)).toMatchObject({ status: 'not-modified' });
    expect(ingested.map(keysOf)).toEqual([
      ['https://courier.example/a', 'https://courier.example/b'],
      ['https://courier.example/c'],
    ]);
  });

  it('marks seen only the items handed to the ingester before a stop, and failed items too', async () => {
    const items = [
      { id: 'gone', link: '/gone' },
      { id: 'b', link: 'https://courier.example/b', content: ARTICLE_HTML },
      { id: 'c', link: 'https://courier.example/c', content: ARTICLE_HTML },
    ];
    server = await serveRoutes({ '/feed': feedRoute(() => ({ etag: '"s"', body: rss2(items) })) });
    let stop = false;
    let handed = 0;
    const { poll, ingested } = poller({
      stopped: () => stop,
      ingest: async (sourceItems) => {
        for await (const item of sourceItems) {
          handed += 1;
          if (item.ok) stop = true;
        }
        return { ...emptyTally(), failed: 1, added: 1 };
      },
    });
    const url = `${server.origin}/feed`;
    expect(await poll(url)).toMatchObject({ status: 'changed', unseen: 3, ingested: 2 });
    expect(handed).toBe(2);
    expect(await store!.unseenFeedItems(url, ['gone', 'b', 'c'])).toEqual(['c']);
    // Not all taken: no validators, so the next poll reads the feed again.
    expect(await store!.feedState(url)).toMatchObject({ etag: null });
    expect(ingested).toEqual([]);
  });
});
