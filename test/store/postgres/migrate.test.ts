/**
 * The PostgreSQL schema and its migrations: applied once (also by processes racing), refused when newer, the
 * same tables, columns and indexes as SQLite's, and the full-text columns kept by triggers.
 */
import Database from 'better-sqlite3';
import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { connectPool } from '../../../src/store/postgres/connect.js';
import { openPostgresStore } from '../../../src/store/postgres/index.js';
import { listAppliedMigrations, migratePostgres } from '../../../src/store/postgres/migrate.js';
import { MIGRATIONS } from '../../../src/store/postgres/migrations.js';
import {
  MIGRATIONS as SQLITE_MIGRATIONS,
  migrate as migrateSqlite,
} from '../../../src/store/sqlite/index.js';
import {
  dropSchemas,
  freshSchemaName,
  POSTGRES_URL,
  urlWithSchema,
  usePostgres,
} from '../../helpers/postgres.js';

const runs = await usePostgres('the PostgreSQL migration tests');

describe.skipIf(!runs)('PostgreSQL migrations', () => {
  const schemas: string[] = [];
  const pools: pg.Pool[] = [];
  /** A pool on a new schema (not created yet: migrating creates it). */
  const freshPool = (schema = freshSchemaName()): { pool: pg.Pool; schema: string } => {
    if (!schemas.includes(schema)) schemas.push(schema);
    const connected = connectPool(POSTGRES_URL, { schema });
    pools.push(connected.pool);
    return connected;
  };
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.end()));
    await dropSchemas(schemas);
  });

  const ids = MIGRATIONS.map((migration) => migration.id);

  it('migrates a fresh schema, and migrating it again applies nothing', async () => {
    const { pool, schema } = freshPool();
    expect((await migratePostgres(pool, schema)).applied).toEqual(ids);
    expect((await migratePostgres(pool, schema)).applied).toEqual([]);
    const listed = await listAppliedMigrations(pool, schema);
    expect(listed.map((migration) => migration.id)).toEqual(ids);
    expect(listed[0]!.appliedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // Opening the store on it migrates nothing more and works.
    const store = await openPostgresStore(urlWithSchema(schema));
    await store.close();
    expect((await listAppliedMigrations(pool, schema)).length).toBe(ids.length);
  });

  it('has the SQLite migrations under the same ids (the queue a no-op in SQLite)', () => {
    expect(ids).toEqual(SQLITE_MIGRATIONS.map((migration) => migration.id));
    expect(ids).toContain('0008-queue');
    expect(SQLITE_MIGRATIONS.find((migration) => migration.id === '0008-queue')).toMatchObject({ sql: '' });
  });

  it('applies each migration once when two processes migrate one new schema at once', async () => {
    const schema = freshSchemaName();
    const first = freshPool(schema);
    const second = freshPool(schema);
    const results = await Promise.all([
      migratePostgres(first.pool, schema),
      migratePostgres(second.pool, schema),
    ]);
    const applied = results.flatMap((result) => result.applied).sort();
    expect(applied).toEqual(ids);
    const recorded = await first.pool.query<{ id: string; n: number }>(
      'SELECT id, count(*) AS n FROM schema_migrations GROUP BY id ORDER BY id',
    );
    expect(recorded.rows).toEqual(ids.map((id) => ({ id, n: 1 })));
  });

  it('refuses a schema written by a newer onrecord', async () => {
    const { pool, schema } = freshPool();
    await migratePostgres(pool, schema);
    await pool.query("INSERT INTO schema_migrations (id, applied_at) VALUES ('9999-future', 'now')");
    await expect(migratePostgres(pool, schema)).rejects.toThrow(
      /does not know \(9999-future\).*newer onrecord/,
    );
    await expect(openPostgresStore(urlWithSchema(schema))).rejects.toThrow(
      /cannot open the database: .*does not know \(9999-future\)/,
    );
  });

  it('rolls back a migration that fails, leaving it to be applied again', async () => {
    const { pool, schema } = freshPool();
    const failing = [{ id: '0001-bad', sql: 'CREATE TABLE a (x integer); CREATE TABLE a (x integer);' }];
    await expect(migratePostgres(pool, schema, failing)).rejects.toThrow(/0001-bad failed: .*already exists/);
    expect((await pool.query('SELECT to_regclass($1) AS found', [`${schema}.a`])).rows[0]).toEqual({
      found: null,
    });
    const fixed = [{ id: '0001-bad', sql: 'CREATE TABLE a (x integer);' }];
    expect((await migratePostgres(pool, schema, fixed)).applied).toEqual(['0001-bad']);
  });

  it("runs a migration's step in code after its SQL, in its transaction", async () => {
    const { pool, schema } = freshPool();
    const table = { id: '0001-a', sql: 'CREATE TABLE a (x integer)' };
    const filling = {
      id: '0002-fill',
      sql: '',
      run: async (client: pg.ClientBase) => {
        await client.query('INSERT INTO a (x) VALUES (1), (2)');
      },
    };
    const failing = {
      id: '0003-fail',
      sql: 'INSERT INTO a (x) VALUES (3)',
      run: () => Promise.reject(new Error('the step failed')),
    };
    await expect(migratePostgres(pool, schema, [table, filling, failing])).rejects.toThrow(
      /0003-fail failed: the step failed/,
    );
    expect((await pool.query('SELECT x FROM a ORDER BY x')).rows).toEqual([{ x: 1 }, { x: 2 }]);
    expect((await listAppliedMigrations(pool, schema)).map((migration) => migration.id)).toEqual([
      '0001-a',
      '0002-fill',
    ]);
  });

  it('has the tables, columns and indexes of the SQLite schema', async () => {
    const sqlite = new Database(':memory:');
    migrateSqlite(sqlite, SQLITE_MIGRATIONS);
    const sqliteTables = sqlite
      .prepare<[], string>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' ORDER BY name",
      )
      .pluck()
      .all();
    const sqliteColumns = (table: string): string[] =>
      sqlite
        .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
        .all()
        .map((column) => column.name)
        .sort();
    const sqliteIndexes = sqlite
      .prepare<[], string>(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name",
      )
      .pluck()
      .all();

    const { pool, schema } = freshPool();
    await migratePostgres(pool, schema);
    const tables = await pool.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 AND table_name <> 'queue_jobs' ORDER BY 1",
      [schema],
    );
    expect(tables.rows.map((table) => table.name).sort()).toEqual([...sqliteTables].sort());
    for (const table of sqliteTables) {
      const columns = await pool.query<{ name: string }>(
        'SELECT column_name AS name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2',
        [schema, table],
      );
      // PostgreSQL's own additions: the full-text columns (SQLite keeps them in FTS5 tables), and the
      // order aliases were stored in (SQLite's implicit rowid).
      const expected = ['articles', 'attributions'].includes(table)
        ? [...sqliteColumns(table), 'search']
        : table === 'person_aliases'
          ? [...sqliteColumns(table), 'rowid']
          : sqliteColumns(table);
      expect(columns.rows.map((column) => column.name).sort(), table).toEqual(expected.sort());
    }
    sqlite.close();
    const indexes = await pool.query<{ name: string }>(
      'SELECT indexname AS name FROM pg_indexes WHERE schemaname = $1',
      [schema],
    );
    const names = new Set(indexes.rows.map((index) => index.name));
    for (const index of sqliteIndexes) expect(names.has(index), index).toBe(true);
    expect(names.has('attributions_search')).toBe(true);
    expect(names.has('articles_search')).toBe(true);
  });

  it('keeps the full-text columns and published-on in step by trigger', async () => {
    const { pool, schema } = freshPool();
    await migratePostgres(pool, schema);
    await pool.query(`INSERT INTO articles (source_key, file, content_hash, text, title, published, language, meta,
        diagnostics, contract_version, ingested_at)
      VALUES ('one', 'one.txt', repeat('a', 64), 'Élodie Marchand spoke of the ferry crossings.', 'Ferries',
        '2024-01-10T08:00:00Z', 'en-GB', '{}', '{}', '1', '2024-01-11T00:00:00Z'),
        ('two', 'two.txt', repeat('b', 64), 'новый причал откроют летом', 'Причал', NULL, 'ru', '{}', '{}', '1',
        '2024-01-11T00:00:00Z')`);
    await pool.query(`INSERT INTO attributions (article_id, local_id, seq, type, content, content_search,
        source_start, source_end, source_text, confidence)
      VALUES (1, 'a1', 0, 'indirect', '[]', 'the ferry would run extra crossings', 0, 15, 'Élodie Marchand', 0.9),
        (2, 'a1', 0, 'direct', '[]', 'новый причал откроют летом', 0, 13, 'Анна Соколова', 0.9)`);
    const matching = async (table: string, config: string, query: string): Promise<number[]> =>
      (
        await pool.query<{ id: number }>(
          `SELECT id FROM ${table} WHERE search @@ to_tsquery($1::regconfig, search_fold($2)) ORDER BY id`,
          [config, query],
        )
      ).rows.map((found) => found.id);

    // Stemmed by the article's language, folded diacritics, the source words indexed too.
    expect(await matching('attributions', 'english', 'crossing & ferries')).toEqual([1]);
    expect(await matching('attributions', 'english', 'ELODIE')).toEqual([1]);
    expect(await matching('attributions', 'russian', 'новому & ПРИЧАЛ')).toEqual([2]);
    expect(await matching('articles', 'english', 'ferries & elodie')).toEqual([1]);
    // A phrase does not span the words said and the source words.
    expect(await matching('attributions', 'english', 'crossings <-> elodie')).toEqual([]);
    expect(
      (
        await pool.query<{ published_on: string }>('SELECT published_on FROM attributions ORDER BY id')
      ).rows.map((row) => row.published_on),
    ).toEqual(['2024-01-10', '']);

    // Corrected as wrong: out of the index; the article's language and date followed.
    await pool.query('UPDATE attributions SET wrong = 1 WHERE id = 2');
    expect(await matching('attributions', 'russian', 'причал')).toEqual([]);
    await pool.query("UPDATE articles SET language = 'uk', published = '2024-03-01' WHERE id = 1");
    expect(await matching('attributions', 'simple', 'crossings')).toEqual([1]);
    expect(await matching('attributions', 'english', 'crossing')).toEqual([]);
    expect((await pool.query('SELECT published_on FROM attributions WHERE id = 1')).rows[0]).toEqual({
      published_on: '2024-03-01',
    });
  });

  it('maps languages to text search configurations, else simple', async () => {
    const { pool, schema } = freshPool();
    await migratePostgres(pool, schema);
    const configs = await pool.query<{ config: string }>(
      `SELECT text_search_config(language)::text AS config
        FROM unnest(ARRAY['en', 'de-AT', 'FR', 'es', 'ru', 'uk', '', NULL]) AS language`,
    );
    expect(configs.rows.map((row) => row.config)).toEqual([
      'english',
      'german',
      'french',
      'spanish',
      'russian',
      'simple',
      'simple',
      'simple',
    ]);
  });
});
