import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { abortableSleep, watchFeeds, type WatchFeedsOptions } from '../../../src/acquire/feed/watch-feeds.js';
import { createFetcher } from '../../../src/acquire/fetch/index.js';
import { emptyTally } from '../../../src/ingest/tally.js';
import { fetchPageItem } from '../../../src/ingest/url-items.js';
import { openSqliteStore, type Store } from '../../../src/store/index.js';
import type { LocalServer } from '../fetch/local-server.js';
import { feedRoute, serveRoutes } from './feed-server.js';
import { ARTICLE_HTML, rss2 } from './fixtures.js';

const directory = mkdtempSync(join(tmpdir(), 'onrecord-watch-loop-'));
let server: LocalServer | undefined;
let store: Store | undefined;
afterEach(async () => {
  await server?.close();
  await store?.close();
});
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

function watchOptions(extra: Partial<WatchFeedsOptions> & Pick<WatchFeedsOptions, 'signal'>) {
  const fetcher = createFetcher({ allowPrivate: true, minDelayMs: 0, maxRetries: 0 });
  const lines: string[] = [];
  store = openSqliteStore(join(directory, `${Math.random().toString(36).slice(2)}.db`));
  const options: WatchFeedsOptions = {
    store,
    fetchFeed: (url, conditional) => fetcher.fetch(url, conditional),
    fetchPage: (url) => fetchPageItem(fetcher, url),
    ingest: async (items) => {
      const tally = emptyTally();
      for await (const item of items) if (item.ok) tally.added += 1;
      return tally;
    },
    everyMs: 60_000,
    once: false,
    report: (line) => lines.push(line),
    ...extra,
  };
  return { options, lines };
}

describe('watchFeeds', () => {
  it('polls round after round, sleeping the rest of the interval, until aborted', async () => {
    let items = [{ id: '1', link: 'https://courier.example/1', content: ARTICLE_HTML }];
    let version = 1;
    server = await serveRoutes({
      '/feed': feedRoute(() => ({ etag: `"${version}"`, body: rss2(items) })),
      '/down': (_request, response) => response.writeHead(500).end(),
    });
    const controller = new AbortController();
    const slept: number[] = [];
    const { options, lines } = watchOptions({
      signal: controller.signal,
      sleep: (ms) => {
        slept.push(ms);
        // Between rounds the feed gains an item; after the third round the watch is stopped.
        items = [
          ...items,
          {
            id: `${items.length + 1}`,
            link: `https://courier.example/${items.length + 1}`,
            content: ARTICLE_HTML,
          },
        ];
        version += slept.length === 1 ? 1 : 0;
        if (slept.length === 3) controller.abort();
        return Promise.resolve();
      },
    });
    const last = await watchFeeds([`${server.origin}/feed`, `${server.origin}/down`], options);
    expect(lines.filter((line) => !line.startsWith('round '))).toEqual(
      Array.from({ length: 3 }, () => `${server!.origin}/down: ${server!.origin}/down answered status 500`),
    );
    expect(
      lines
        .filter((line) => line.startsWith('round '))
        .map((line) => line.replace(/next in \w+$/, 'next in …')),
    ).toEqual([
      'round 1: 2 feeds (1 changed, 0 not modified, 1 failed); 1 new item: 1 added, 0 replaced, 0 unchanged, 0 duplicate, 0 failed; next in …',
      'round 2: 2 feeds (1 changed, 0 not modified, 1 failed); 1 new item: 1 added, 0 replaced, 0 unchanged, 0 duplicate, 0 failed; next in …',
      // The feed gained an item but kept its ETag: the server says 304, as a real one would.
      'round 3: 2 feeds (0 changed, 1 not modified, 1 failed); no new items; next in …',
    ]);
    expect(last.round).toBe(3);
    // Each sleep is what is left of the minute once the round's work is done.
    for (const ms of slept) {
      expect(ms).toBeGreaterThan(55_000);
      expect(ms).toBeLessThanOrEqual(60_000);
    }
  });

  it('ends the sleep between rounds at once when aborted, and starts no feed after', async () => {
    server = await serveRoutes({ '/feed': feedRoute(() => ({ body: rss2([]) })) });
    const controller = new AbortController();
    const { options, lines } = watchOptions({ signal: controller.signal });
    const started = performance.now();
    const watching = watchFeeds([`${server.origin}/feed`], options);
    setTimeout(() => {
      controller.abort();
    }, 100);
    const last = await watching;
    expect(performance.now() - started).toBeLessThan(2000);
    expect(last.round).toBe(1);
    expect(lines).toEqual([
      'round 1: 1 feed (1 changed, 0 not modified, 0 failed); no new items; next in 1m',
    ]);
  });

  it('handles each feed as its response arrives: a slow feed holds up no other', async () => {
    server = await serveRoutes({
      '/slow': (request, response) => {
        setTimeout(() => {
          feedRoute(() => ({
            body: rss2([{ id: 's', link: 'https://courier.example/s', content: ARTICLE_HTML }]),
          }))(request, response);
        }, 400);
      },
      '/fast': feedRoute(() => ({
        body: rss2([{ id: 'f', link: 'https://courier.example/f', content: ARTICLE_HTML }]),
      })),
    });
    const order: string[] = [];
    const { options } = watchOptions({
      signal: new AbortController().signal,
      once: true,
      ingest: async (items) => {
        for await (const item of items) order.push(item.key);
        return { ...emptyTally(), added: 1 };
      },
    });
    const last = await watchFeeds(
      [`${server.origin}/slow`, `${server.origin}/fast`, `${server.origin}/fast`],
      options,
    );
    expect(order).toEqual(['https://courier.example/f', 'https://courier.example/s']);
    expect(last.polls.map((poll) => poll.url)).toEqual([`${server.origin}/fast`, `${server.origin}/slow`]);
  });

  it('polls no feed when stopped before the round, and says so', async () => {
    const controller = new AbortController();
    controller.abort();
    const { options, lines } = watchOptions({ signal: controller.signal });
    const last = await watchFeeds(['https://courier.example/a', 'https://courier.example/b'], options);
    expect(last.polls).toEqual([]);
    expect(lines).toEqual([
      'round 1: 2 feeds (0 changed, 0 not modified, 0 failed, 2 not polled); no new items; stopped',
    ]);
  });

  it('abortableSleep waits the time asked when nothing aborts it', async () => {
    const started = performance.now();
    await abortableSleep(30, new AbortController().signal);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });
});
