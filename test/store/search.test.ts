/** Full-text search over a small record: words, phrases, prefixes, every filter, pages, facets, hostile input. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openSqliteStore,
  StoreRequestError,
  type SearchHit,
  type SearchQuery,
  type Store,
} from '../../src/store/index.js';
import { ENGINES } from './engines.js';
import { WEB_ARTICLES, webArticle } from './web-fixtures.js';

const contents = (hits: readonly SearchHit[]): string[] => hits.map((hit) => hit.content);

for (const makeEngine of ENGINES) {
  const engine = makeEngine();
  // An engine that cannot run here (no PostgreSQL server) has said so on stderr; in CI it throws instead.
  const runs = await engine.available();

  describe.skipIf(!runs)(`search: ${engine.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await engine.fresh();
      for (const spec of WEB_ARTICLES) expect((await store.ingest(webArticle(spec))).status).toBe('added');
    });
    afterAll(async () => {
      await store.close();
      await engine.cleanup();
    });

    const search = (query: SearchQuery) => store.search(query);

    it('finds the attributions holding every word, best first, with their article and speaker', async () => {
      const page = await search({ q: 'ferry crossings' });
      expect(page.total).toBe(2);
      expect(contents(page.hits).sort()).toEqual([
        'the ferry would run extra crossings during the bridge repairs',
        'the winter ferry timetable would lose two crossings',
      ]);
      const hit = page.hits.find((found) => found.content.includes('winter'))!;
      expect(hit).toMatchObject({
        localId: 'a1',
        type: 'indirect',
        source: 'Marta Lindqvist',
        person: { name: 'Marta Lindqvist' },
        article: {
          title: 'Ferry timetable cut for winter',
          outlet: 'Coast Courier',
          published: '2024-01-10',
        },
        reports: 1,
      });
      expect(hit.score).toBeLessThan(0);
      expect(page.hits[0]!.score).toBeLessThanOrEqual(page.hits[1]!.score);
    });

    it('matches exact phrases in double quotes and prefixes with a trailing star', async () => {
      expect(contents((await search({ q: '"harbour budget"' })).hits).sort()).toEqual([
        'the harbour budget could not carry a third boat',
        'the mooring levy should wait for the harbour budget',
      ]);
      expect((await search({ q: '"budget harbour"' })).total).toBe(0);
      expect((await search({ q: 'repai*' })).total).toBe(2);
      expect((await search({ q: 'repai' })).total).toBe(0);
    });

    it('finds words in the source words and the speaker name, and folds case and diacritics', async () => {
      expect(contents((await search({ q: 'port official' })).hits)).toEqual([
        'the harbour budget could not carry a third boat',
      ]);
      expect((await search({ q: 'elodie' })).total).toBe(1);
      expect((await search({ q: 'LIBRARY' })).total).toBe(1);
    });

    it('searches Cyrillic text', async () => {
      const page = await search({ q: 'причал' });
      expect(contents(page.hits)).toEqual(['новый причал откроют летом']);
      expect((await search({ q: 'ПРИЧАЛ' })).total).toBe(1);
      expect((await search({ q: 'Соколова' })).hits[0]?.person?.name).toBe('Анна Соколова');
    });

    it('never lets FTS5 syntax through: hostile queries match words or nothing, and never throw', async () => {
      const hostile = [
        '"',
        '""',
        '"unclosed phrase',
        '(',
        'ferry)',
        'NEAR(ferry bridge)',
        'ferry OR bridge',
        'ferry AND NOT bridge',
        '-ferry',
        'content:ferry',
        '{content}: ferry',
        '^ferry',
        '*',
        'ferry**',
        'ferry * bridge',
        "'; DROP TABLE attributions; --",
        '\u0000',
        '💥 ferry',
        'a'.repeat(5000),
      ];
      for (const q of hostile) {
        const page = await search({ q });
        expect(page.total, q).toBeGreaterThanOrEqual(0);
      }
      // Filter values are held in the index as tags beginning with x: no word finds them.
      for (const tag of ['xtdirect', 'xpnone', 'XT*', 'x*', 'ẋtdirect'])
        expect((await search({ q: tag })).total, tag).toBe(0);
      // Operators are words like any other: "OR" must occur too, so nothing matches.
      expect((await search({ q: 'ferry OR bridge' })).total).toBe(0);
      // "NEAR(ferry" is the phrase "near ferry", which no one said.
      expect((await search({ q: 'NEAR(ferry bridge)' })).total).toBe(0);
      expect((await search({ q: '(ferry) [bridge]' })).total).toBe(1);
      // Punctuation alone searches nothing, which is no text filter at all.
      expect((await search({ q: '"' })).total).toBe(8);
      expect((await store.listAttributions()).length).toBe(8);
    });

    it('filters by speaker id, name or alias in any case, outlet, type and language', async () => {
      const marta = (await store.findPeople('Marta Lindqvist'))[0]!;
      expect((await search({ personId: marta.id })).total).toBe(3);
      expect((await search({ speaker: 'marta LINDQVIST' })).total).toBe(3);
      expect((await search({ speaker: 'nobody at all' })).total).toBe(0);
      expect((await search({ q: 'ferry', personId: marta.id })).total).toBe(1);
      expect((await search({ outlet: 'Coast Courier' })).total).toBe(4);
      expect((await search({ q: 'budget', outlet: 'Valley Herald' })).total).toBe(0);
      expect((await search({ type: 'direct' })).total).toBe(1);
      expect((await search({ type: 'direct', q: 'bridge' })).hits[0]?.source).toBe('Marta Lindqvist');
      expect((await search({ language: 'ru' })).total).toBe(1);
      expect((await search({ language: 'en' })).total).toBe(7);
    });

    it('filters on said-at (else the publication date) and on publication dates, inclusive', async () => {
      const said = await search({ saidFrom: '2024-01-30', saidTo: '2024-01-30' });
      expect(contents(said.hits)).toEqual(['The bridge will close at night while the repairs last']);
      // A month-precise said-at meets any range within its month.
      expect(contents((await search({ saidFrom: '2024-03-10', saidTo: '2024-03-11' })).hits)).toEqual([
        'the library would stay open on Saturdays',
      ]);
      expect((await search({ publishedFrom: '2024-02-01', publishedTo: '2024-02-20' })).total).toBe(4);
      expect((await search({ publishedFrom: '2024-03-01' })).total).toBe(2);
      expect((await search({ q: 'levy', publishedTo: '2024-02-19' })).total).toBe(0);
    });

    it('rejects bad dates, limits and cursors as request errors', async () => {
      await expect(search({ saidFrom: 'yesterday' })).rejects.toBeInstanceOf(StoreRequestError);
      await expect(search({ limit: 0 })).rejects.toBeInstanceOf(StoreRequestError);
      await expect(search({ limit: 101 })).rejects.toBeInstanceOf(StoreRequestError);
      await expect(search({ cursor: 'not a cursor' })).rejects.toMatchObject({ problem: 'invalid' });
      const withWords = await search({ q: 'the', limit: 1 });
      // A cursor of a search with words does not fit one without.
      await expect(search({ cursor: withWords.nextCursor })).rejects.toBeInstanceOf(StoreRequestError);
    });

    it('pages through every hit once, in order, with and without words', async () => {
      for (const query of [{}, { q: 'the' }, { outlet: 'Coast Courier' }]) {
        const all = await search({ ...query, limit: 100 });
        const seen: number[] = [];
        let cursor: string | null = null;
        do {
          const page: Awaited<ReturnType<Store['search']>> = await search({ ...query, limit: 3, cursor });
          expect(page.total).toBe(all.total);
          seen.push(...page.hits.map((hit) => hit.attributionId));
          cursor = page.nextCursor;
        } while (cursor !== null);
        expect(seen).toEqual(all.hits.map((hit) => hit.attributionId));
        expect(new Set(seen).size).toBe(all.total);
      }
    });

    it('walks every match newest stored first in stored order (what an export reads), without facets', async () => {
      for (const query of [
        { q: 'the' },
        { outlet: 'Coast Courier' },
        { q: 'the', type: 'indirect' as const },
      ]) {
        const ranked = await search({ ...query, limit: 100 });
        const seen: number[] = [];
        let cursor: string | null = null;
        do {
          const page: Awaited<ReturnType<Store['search']>> = await search({
            ...query,
            order: 'stored',
            limit: 2,
            cursor,
          });
          expect(page.total).toBe(ranked.total);
          expect(page.facets.speakers).toEqual([]);
          seen.push(...page.hits.map((hit) => hit.attributionId));
          cursor = page.nextCursor;
        } while (cursor !== null);
        expect(seen).toEqual([...seen].sort((a, b) => b - a));
        expect([...seen].sort()).toEqual(ranked.hits.map((hit) => hit.attributionId).sort());
      }
    });

    it('orders by newest publication without words', async () => {
      const published = (await search({})).hits.map((hit) => hit.article.published ?? '');
      expect(published).toEqual([...published].sort().reverse());
    });

    it('counts facets over the whole result, not the page', async () => {
      const page = await search({ limit: 1 });
      expect(page.hits).toHaveLength(1);
      expect(page.total).toBe(8);
      expect(page.facets.speakers.map(({ name, count }) => [name, count])).toEqual([
        ['Marta Lindqvist', 3],
        ['Oskar Brandt', 2],
        ['Élodie Marchetti', 1],
        ['Анна Соколова', 1],
      ]);
      expect(page.facets.outlets).toEqual([
        { outlet: 'Coast Courier', count: 4 },
        { outlet: 'Valley Herald', count: 3 },
        { outlet: 'Северная газета', count: 1 },
      ]);
      expect(page.facets.months).toEqual([
        { month: '2024-01', count: 3 },
        { month: '2024-02', count: 3 },
        { month: '2024-03', count: 2 },
      ]);
      const filtered = await search({ q: 'budget' });
      expect(filtered.facets.outlets).toEqual([{ outlet: 'Coast Courier', count: 3 }]);
    });

    it.skipIf(engine.name !== 'sqlite')(
      'sees what another connection stored since the same search ran',
      async () => {
        const other = openSqliteStore(store.location);
        try {
          expect((await search({ q: 'lighthouse' })).total).toBe(0);
          await other.ingest(
            webArticle({
              file: 'lighthouse.txt',
              title: 'Lighthouse to be sold',
              outlet: 'Coast Courier',
              published: '2024-04-01',
              quotes: [
                { speaker: null, source: 'The council', cue: 'said', words: 'the lighthouse would be sold' },
              ],
            }),
          );
          expect((await search({ q: 'lighthouse' })).total).toBe(1);
          expect((await search({})).total).toBe(9);
        } finally {
          await other.deleteArticle((await other.searchArticles('lighthouse'))[0]!.id);
          await other.close();
        }
        expect((await search({ q: 'lighthouse' })).total).toBe(0);
      },
    );

    it('searches articles by title and text', async () => {
      const found = await store.searchArticles('bridge repairs');
      expect(found.map((article) => article.title)).toEqual(['Bridge repairs start in March']);
      expect(await store.searchArticles('NEAR(')).toEqual([]);
      expect((await store.searchArticles('причал'))[0]?.language).toBe('ru');
    });
  });
}
