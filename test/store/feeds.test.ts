/** Feed state in the store: validators, check times, and the items seen, through the Store interface. */
import { afterAll, describe, expect, it } from 'vitest';
import { ENGINES } from './engines.js';

const FEED = 'https://courier.example/feed.xml';

for (const makeEngine of ENGINES) {
  const engine = makeEngine();
  // An engine that cannot run here (no PostgreSQL server) has said so on stderr; in CI it throws instead.
  const runs = await engine.available();
  describe.skipIf(!runs)(`feed state (${engine.name})`, () => {
    afterAll(() => engine.cleanup());

    it('knows no state for a feed never polled', async () => {
      const store = await engine.fresh();
      try {
        expect(await store.feedState(FEED)).toBeNull();
        expect(await store.unseenFeedItems(FEED, ['a', 'b'])).toEqual(['a', 'b']);
      } finally {
        await store.close();
      }
    });

    it('keeps the last validators, the known title, and when the feed last changed', async () => {
      const store = await engine.fresh();
      try {
        await store.saveFeedState({
          url: FEED,
          title: 'Marrow Bay Courier',
          etag: '"v1"',
          lastModified: 'Tue, 09 Jun 2026 08:00:00 GMT',
          checkedAt: '2026-06-09T08:00:05.000Z',
          changed: true,
        });
        await store.saveFeedState({
          url: FEED,
          title: null,
          etag: '"v1"',
          lastModified: null,
          checkedAt: '2026-06-09T08:10:05.000Z',
          changed: false,
        });
        expect(await store.feedState(FEED)).toEqual({
          url: FEED,
          title: 'Marrow Bay Courier',
          etag: '"v1"',
          lastModified: null,
          checkedAt: '2026-06-09T08:10:05.000Z',
          changedAt: '2026-06-09T08:00:05.000Z',
        });
      } finally {
        await store.close();
      }
    });

    it('tells unseen items from seen ones per feed, in order, each once; seeing one twice is no error', async () => {
      const store = await engine.fresh();
      try {
        // A feed never saved gets its row when items are marked seen.
        await store.markFeedItemsSeen(FEED, [
          { key: 'guid-1', link: 'https://courier.example/1' },
          { key: 'sha256:ff', link: null },
        ]);
        await store.markFeedItemsSeen(
          FEED,
          [{ key: 'guid-1', link: 'https://courier.example/1' }],
          '2026-06-10T00:00:00.000Z',
        );
        expect(
          await store.unseenFeedItems(FEED, [
            'guid-3',
            'guid-1',
            'guid-3',
            "it's; DROP TABLE feeds",
            'sha256:ff',
          ]),
        ).toEqual(['guid-3', "it's; DROP TABLE feeds"]);
        expect(await store.unseenFeedItems('https://other.example/rss', ['guid-1'])).toEqual(['guid-1']);
        expect(await store.feedState(FEED)).toMatchObject({ url: FEED, etag: null, checkedAt: null });
      } finally {
        await store.close();
      }
    });

    it('stores one row per seen item, with its link', async () => {
      const store = await engine.fresh();
      await store.markFeedItemsSeen(
        FEED,
        [
          { key: 'guid-1', link: 'https://courier.example/1' },
          { key: 'guid-2', link: null },
        ],
        '2026-06-11T00:00:00.000Z',
      );
      await store.markFeedItemsSeen(FEED, [{ key: 'guid-2', link: null }], '2026-06-12T00:00:00.000Z');
      await store.close();
      const rows = await engine.rows(
        store,
        'SELECT item_key AS key, link, seen_at AS "seenAt" FROM feed_items ORDER BY item_key',
      );
      expect(rows).toEqual([
        { key: 'guid-1', link: 'https://courier.example/1', seenAt: '2026-06-11T00:00:00.000Z' },
        { key: 'guid-2', link: null, seenAt: '2026-06-11T00:00:00.000Z' },
      ]);
    });
  });
}
