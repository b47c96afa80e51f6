/**
 * Copying a SQLite store into PostgreSQL: every row of every table, ids kept, identities continued, the
 * full-text columns filled; a target that holds a store refused unless forced; a source with a table copy
 * does not know refused.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySqliteToPostgres, type CopyProgress } from '../../src/store/copy/copy-store.js';
import { COPY_TABLES } from '../../src/store/copy/copy-tables.js';
import { openSqliteStore } from '../../src/store/index.js';
import {
  dropSchemas,
  freshSchemaName,
  POSTGRES_URL,
  urlWithSchema,
  usePostgres,
} from '../helpers/postgres.js';
import { harbourArticle, tunnelArticle } from './fixtures.js';
import { WEB_ARTICLES, webArticle } from './web-fixtures.js';

const runs = await usePostgres('the SQLite-to-PostgreSQL copy tests');

/** JSON with object keys sorted, so that jsonb (which reorders keys) and JSON text compare equal. */
function canonical(value: unknown): string {
  if (Buffer.isBuffer(value)) return JSON.stringify(value.toString('hex'));
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

describe.skipIf(!runs)('copy from SQLite to PostgreSQL', () => {
  const directory = mkdtempSync(join(tmpdir(), 'onrecord-copy-'));
  const source = join(directory, 'source.db');
  const schemas: string[] = [];
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  const freshTarget = (): { url: string; schema: string } => {
    const schema = freshSchemaName();
    schemas.push(schema);
    return { url: urlWithSchema(schema), schema };
  };

  beforeAll(async () => {
    const store = openSqliteStore(source);
    for (const spec of WEB_ARTICLES) await store.ingest(webArticle(spec));
    await store.ingest(harbourArticle());
    await store.ingest(tunnelArticle());
    // A person merged into one stored after them: merged_into points forward, past rows not yet copied.
    const people = (await store.listPeople()).sort((a, b) => a.id - b.id);
    await store.mergePeople(people.at(-1)!.id, people[0]!.id, 'the same person');
    const first = new Database(source, { readonly: true });
    const attributionId = first.prepare<[], number>('SELECT min(id) FROM attributions').pluck().get()!;
    first.close();
    await store.correctAttribution({
      attributionId,
      kind: 'wrong',
      by: 'editor',
      note: 'a headline',
    });
    await store.recordFailure({
      key: 'gone.html',
      name: 'gone.html',
      origin: 'file',
      reason: 'not-found',
      message: 'no such file',
    });
    await store.saveFeedState({
      url: 'https://example.org/feed.xml',
      title: 'Example',
      etag: '"abc"',
      lastModified: null,
      checkedAt: '2026-01-01T00:00:00.000Z',
      changed: true,
    });
    await store.markFeedItemsSeen('https://example.org/feed.xml', [
      { key: 'item-1', link: 'https://example.org/1' },
    ]);
    await store.close();
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await dropSchemas(schemas);
    rmSync(directory, { recursive: true, force: true });
  });

  /** Every row of a table, canonical and sorted, from each engine. */
  const sqliteRows = (table: string, jsonColumns: ReadonlySet<string>): string[] => {
    const db = new Database(source, { readonly: true });
    try {
      // PostgreSQL's person_aliases holds SQLite's implicit rowid as a column.
      return db
        .prepare<[], Record<string, unknown>>(
          `SELECT ${table === 'person_aliases' ? 'rowid, ' : ''}* FROM ${table}`,
        )
        .all()
        .map((row) =>
          canonical(
            Object.fromEntries(
              Object.entries(row).map(([key, value]) => [
                key,
                jsonColumns.has(key) && typeof value === 'string' ? JSON.parse(value) : value,
              ]),
            ),
          ),
        )
        .sort();
    } finally {
      db.close();
    }
  };
  const postgresRows = async (schema: string, table: string): Promise<string[]> =>
    (await client.query<Record<string, unknown>>(`SELECT * FROM ${schema}.${table}`)).rows
      .map((row) => canonical(Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'search'))))
      .sort();
  const jsonColumnsOf = async (schema: string, table: string): Promise<Set<string>> =>
    new Set(
      (
        await client.query<{ name: string }>(
          "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 AND udt_name = 'jsonb'",
          [schema, table],
        )
      ).rows.map((column) => column.name),
    );

  it('copies every row of every table with its id, in batches, reporting progress', async () => {
    const { url, schema } = freshTarget();
    const progress: CopyProgress[] = [];
    const result = await copySqliteToPostgres(source, url, {
      batchRows: 7,
      onProgress: (state) => progress.push(state),
    });
    expect(result.tables.map((table) => table.name)).toEqual(COPY_TABLES.map((table) => table.name));
    expect(result.target).toContain(schema);
    for (const table of COPY_TABLES) {
      const expected = sqliteRows(table.name, await jsonColumnsOf(schema, table.name));
      expect(await postgresRows(schema, table.name), table.name).toEqual(expected);
      expect(result.tables.find((copied) => copied.name === table.name)!.rows).toBe(expected.length);
    }
    // Batches of 7: several progress reports for the larger tables, each table ending at its total.
    const attributions = progress.filter((state) => state.table === 'attributions');
    expect(attributions.length).toBeGreaterThan(1);
    expect(attributions.at(-1)).toMatchObject({ copied: attributions.at(-1)!.total });
    expect(progress.some((state) => state.table === 'people')).toBe(true);
    expect(
      (await client.query(`SELECT 1 FROM ${schema}.people WHERE merged_into IS NOT NULL`)).rowCount,
    ).toBe(1);
  });

  it('fills the full-text columns and continues every identity after the largest id copied', async () => {
    const { url, schema } = freshTarget();
    await copySqliteToPostgres(source, url);
    const search = await client.query<{ wrong: number; indexed: number; total: number }>(
      `SELECT wrong, count(search) AS indexed, count(*) AS total FROM ${schema}.attributions GROUP BY wrong ORDER BY wrong`,
    );
    expect(search.rows).toEqual([
      { wrong: 0, indexed: search.rows[0]!.total, total: search.rows[0]!.total },
      { wrong: 1, indexed: 0, total: 1 },
    ]);
    const ferry = await client.query(
      `SELECT id FROM ${schema}.attributions WHERE search @@ to_tsquery('english', 'ferry')`,
    );
    expect(ferry.rowCount).toBeGreaterThan(0);
    expect((await client.query(`SELECT 1 FROM ${schema}.articles WHERE search IS NULL`)).rowCount).toBe(0);

    const inserted = await client.query<{ id: number; max: number }>(
      `INSERT INTO ${schema}.people (name, name_key, identity_key) VALUES ('New Person', 'new person', 'new-person')
        RETURNING id, (SELECT max(id) FROM ${schema}.people) AS max`,
    );
    expect(inserted.rows[0]!.id).toBe(inserted.rows[0]!.max + 1);
    const statements = await client.query<{ id: number }>(
      `INSERT INTO ${schema}.statements (created_at) VALUES ('now') RETURNING id`,
    );
    const largest = await client.query<{ max: number }>(
      `SELECT max(id) AS max FROM ${schema}.statements WHERE created_at <> 'now'`,
    );
    expect(statements.rows[0]!.id).toBeGreaterThan(largest.rows[0]!.max);
  });

  it('refuses a target that holds a store, and replaces it with --force', async () => {
    const { url, schema } = freshTarget();
    await copySqliteToPostgres(source, url);
    const count = async (): Promise<number> =>
      (await client.query<{ n: number }>(`SELECT count(*) AS n FROM ${schema}.attributions`)).rows[0]!.n;
    const before = await count();
    await expect(copySqliteToPostgres(source, url)).rejects.toThrow(/is not empty \(articles.*--force/);
    expect(await count()).toBe(before);
    await copySqliteToPostgres(source, url, { force: true });
    expect(await count()).toBe(before);
  });

  it('refuses a source with a table it does not know, copying nothing', async () => {
    const odd = join(directory, 'odd.db');
    copyFileSync(source, odd);
    const db = new Database(odd);
    db.exec('CREATE TABLE my_notes (note TEXT)');
    db.close();
    const { url, schema } = freshTarget();
    await expect(copySqliteToPostgres(odd, url)).rejects.toThrow(/does not know \(my_notes\)/);
    expect((await client.query(`SELECT 1 FROM ${schema}.articles`)).rowCount).toBe(0);
  });

  it('refuses a source file that does not exist, creating nothing', async () => {
    const { url } = freshTarget();
    await expect(copySqliteToPostgres(join(directory, 'missing.db'), url)).rejects.toThrow(
      /no such database file/,
    );
  });
});
