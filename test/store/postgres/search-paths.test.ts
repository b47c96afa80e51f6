/**
 * PostgreSQL search past the contract suite's few rows: results counted past COUNT_CAP are read in index
 * order, smaller ones whole then sorted (src/store/postgres/search.ts); both must give every match once, in
 * the contract's order, whatever the path. Rows are written in SQL (the triggers index them), which is fast.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNT_CAP, RANK_WINDOW } from '../../../src/store/search-page.js';
import { openPostgresStore } from '../../../src/store/postgres/index.js';
import type { SearchQuery, Store } from '../../../src/store/index.js';
import {
  dropSchemas,
  freshSchemaName,
  POSTGRES_URL,
  urlWithSchema,
  usePostgres,
} from '../../helpers/postgres.js';

const runs = await usePostgres('the PostgreSQL search path tests');

/** More attributions than the count cap: every one says "common", every tenth also "rare". */
const ROWS = COUNT_CAP + 500;
const ARTICLES = 200;

describe.skipIf(!runs)('PostgreSQL search on more matches than the count cap', () => {
  const schema = freshSchemaName('onrecord_test_search');
  let store: Store;
  let client: pg.Client;

  beforeAll(async () => {
    store = await openPostgresStore(urlWithSchema(schema));
    client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    await client.query(`SET search_path = ${schema}, public`);
    await client.query(
      `INSERT INTO articles (source_key, file, content_hash, text, title, published, outlet, language, meta,
          diagnostics, contract_version, ingested_at)
        SELECT 'k' || g, 'f' || g || '.txt', repeat('0', 64), 'text ' || g, 'Title ' || g,
          to_char(date '2023-01-01' + g % 90, 'YYYY-MM-DD'), 'Outlet ' || g % 3, 'en', '{}', '{}', '1', ''
        FROM generate_series(1, $1::int) g`,
      [ARTICLES],
    );
    await client.query(
      `INSERT INTO attributions (article_id, local_id, seq, type, content, content_search, confidence, dated)
        SELECT 1 + g % $2::int, 'a' || g, g, 'indirect',
          jsonb_build_array(jsonb_build_object('start', 0, 'end', 1, 'text', words)), words, 0.9,
          to_char(date '2023-01-01' + (1 + g % $2::int) % 90, 'YYYY-MM-DD')
        FROM (SELECT g, CASE WHEN g % 10 = 0 THEN 'a common and rare word ' || g ELSE 'a common word ' || g END
            AS words FROM generate_series(1, $1::int) g) seeded`,
      [ROWS, ARTICLES],
    );
    await client.query('ANALYZE');
  }, 120_000);

  afterAll(async () => {
    await store.close();
    await client.end();
    await dropSchemas([schema]);
  });

  /** Every hit of a search, page after page. */
  const walk = async (query: SearchQuery): Promise<number[]> => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<Store['search']>> = await store.search({ ...query, limit: 100, cursor });
      seen.push(...page.hits.map((hit) => hit.attributionId));
      cursor = page.nextCursor;
    } while (cursor !== null);
    return seen;
  };

  const ids = async (sql: string): Promise<number[]> =>
    (await client.query<{ id: number }>(sql)).rows.map((found) => found.id);

  it('counts up to the cap, then says the total is a floor', async () => {
    expect(await store.search({ q: 'common' })).toMatchObject({ total: COUNT_CAP, totalExact: false });
    expect(await store.search({ q: 'rare' })).toMatchObject({ total: ROWS / 10, totalExact: true });
    expect(await store.search({})).toMatchObject({ total: COUNT_CAP, totalExact: false });
  });

  it('ranks the newest stored matches, large result or small, and pages through them once', async () => {
    for (const [q, newest] of [
      ['common', 'SELECT id FROM attributions ORDER BY id DESC LIMIT 1000'],
      ['rare', "SELECT id FROM attributions WHERE content_search LIKE '%rare%' ORDER BY id DESC LIMIT 1000"],
    ] as const) {
      const seen = await walk({ q });
      expect(seen).toHaveLength(RANK_WINDOW);
      expect(new Set(seen).size).toBe(RANK_WINDOW);
      expect([...seen].sort((a, b) => a - b)).toEqual((await ids(newest)).sort((a, b) => a - b));
      const page = await store.search({ q });
      expect(page.facets.outlets.reduce((sum, facet) => sum + facet.count, 0)).toBe(RANK_WINDOW);
    }
  });

  it('walks every match newest stored first, large result or small', async () => {
    const rare = await walk({ q: 'rare', order: 'stored' });
    expect(rare).toEqual(
      await ids("SELECT id FROM attributions WHERE content_search LIKE '%rare%' ORDER BY id DESC"),
    );
    // A large result, its first pages: the keyset continues where each page ended.
    let cursor: string | null = null;
    const common: number[] = [];
    for (let page = 0; page < 3; page += 1) {
      const found: Awaited<ReturnType<Store['search']>> = await store.search({
        q: 'common',
        order: 'stored',
        limit: 100,
        cursor,
      });
      common.push(...found.hits.map((hit) => hit.attributionId));
      cursor = found.nextCursor;
    }
    expect(common).toEqual(await ids('SELECT id FROM attributions ORDER BY id DESC LIMIT 300'));
  });

  it('orders matches without words by the newest publication, large result or small', async () => {
    const first = await store.search({ limit: 100 });
    expect(first.hits.map((hit) => hit.attributionId)).toEqual(
      await ids('SELECT id FROM attributions ORDER BY published_on DESC, id DESC LIMIT 100'),
    );
    expect(await walk({ outlet: 'Outlet 1' })).toEqual(
      await ids(`SELECT a.id FROM attributions a JOIN articles ar ON ar.id = a.article_id
        WHERE ar.outlet = 'Outlet 1' ORDER BY a.published_on DESC, a.id DESC`),
    );
  });
});
