/**
 * Migration 0009-family-keys on both engines: a store written before it holds the folded family name in
 * `people.family_key`; once migrated it holds `PersonName.familyKey`, and a family name alone written in
 * another script or spelling links to the person stored before.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { matchKey } from '../../src/link/match-key.js';
import { parsePersonName } from '../../src/link/person-name.js';
import { openSqliteStore, type Store } from '../../src/store/index.js';
import { connectPool } from '../../src/store/postgres/connect.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { listAppliedMigrations, migratePostgres } from '../../src/store/postgres/migrate.js';
import { MIGRATIONS as POSTGRES_MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { MIGRATIONS as SQLITE_MIGRATIONS, migrate as migrateSqlite } from '../../src/store/sqlite/index.js';
import {
  dropSchemas,
  freshSchemaName,
  POSTGRES_URL,
  urlWithSchema,
  usePostgres,
} from '../helpers/postgres.js';
import { extractionOf, spanOf } from './fixtures.js';

/** People as a store before 0009 wrote them: family_key the folded family name (NULL: no name). */
const OLD_PEOPLE: readonly { name: string; familyKey: string | null }[] = [
  { name: 'Ostap Verbytskyi', familyKey: 'verbytskyi' },
  { name: 'Maksym Kravets', familyKey: 'kravets' },
  { name: 'Olena Kravets', familyKey: 'kravets' },
  // A name that does not parse keeps no family key.
  { name: '.', familyKey: '.' },
];

const oldRow = ({ name, familyKey }: (typeof OLD_PEOPLE)[number]): unknown[] => [
  name,
  matchKey(name),
  parsePersonName(name)?.key ?? `raw:${name}`,
  familyKey,
];

/** An article that names one person. */
function articleNaming(file: string, name: string) {
  const text = `${name} spoke\n\n${name} spoke at the hearing.\n`;
  const mention = spanOf(text, name, 2);
  const person = {
    id: 'p1',
    name,
    aliases: [],
    roles: [],
    mentions: [{ start: mention.start, end: mention.end }],
  };
  return { text, extraction: extractionOf(text, file, [person], []) };
}

/** A store written before 0009, then opened (and so migrated) by this version. */
interface OldStore {
  /** The store, migrated; the ids of OLD_PEOPLE in order. */
  open(): Promise<{ store: Store; ids: number[] }>;
  /** The people's family keys now, by id. */
  familyKeys(): Promise<Map<number, string | null>>;
  /** The migration ids recorded. */
  applied(): Promise<string[]>;
}

const upTo = <T extends { id: string }>(migrations: readonly T[], last: string): T[] =>
  migrations.slice(0, migrations.findIndex((migration) => migration.id === last) + 1);

const directory = mkdtempSync(join(tmpdir(), 'onrecord-family-keys-'));
let files = 0;

function oldSqliteStore(last: string): OldStore {
  const path = join(directory, `old-${(files += 1)}.db`);
  const db = new Database(path);
  migrateSqlite(db, upTo(SQLITE_MIGRATIONS, last));
  const insert = db.prepare(
    'INSERT INTO people (name, name_key, identity_key, family_key) VALUES (?, ?, ?, ?) RETURNING id',
  );
  const ids = OLD_PEOPLE.map((person) => (insert.get(...oldRow(person)) as { id: number }).id);
  db.close();
  const read = <T>(select: string): T[] => {
    const reader = new Database(path, { readonly: true });
    try {
      return reader.prepare<[], T>(select).all();
    } finally {
      reader.close();
    }
  };
  return {
    open: () => Promise.resolve({ store: openSqliteStore(path), ids }),
    familyKeys: () =>
      Promise.resolve(
        new Map(
          read<{ id: number; familyKey: string | null }>(
            'SELECT id, family_key AS familyKey FROM people',
          ).map(({ id, familyKey }) => [id, familyKey]),
        ),
      ),
    applied: () =>
      Promise.resolve(
        read<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id').map(({ id }) => id),
      ),
  };
}

const schemas: string[] = [];

async function oldPostgresStore(last: string): Promise<OldStore> {
  const schema = freshSchemaName();
  schemas.push(schema);
  const { pool } = connectPool(POSTGRES_URL, { schema });
  let ids: number[];
  try {
    await migratePostgres(pool, schema, upTo(POSTGRES_MIGRATIONS, last));
    ids = [];
    for (const person of OLD_PEOPLE)
      ids.push(
        (
          await pool.query<{ id: number }>(
            'INSERT INTO people (name, name_key, identity_key, family_key) VALUES ($1, $2, $3, $4) RETURNING id',
            oldRow(person),
          )
        ).rows[0]!.id,
      );
  } finally {
    await pool.end();
  }
  const withPool = async <T>(read: (pool: ReturnType<typeof connectPool>['pool']) => Promise<T>) => {
    const connected = connectPool(POSTGRES_URL, { schema });
    try {
      return await read(connected.pool);
    } finally {
      await connected.pool.end();
    }
  };
  return {
    open: async () => ({ store: await openPostgresStore(urlWithSchema(schema)), ids }),
    familyKeys: () =>
      withPool(
        async (pool) =>
          new Map(
            (
              await pool.query<{ id: number; familyKey: string | null }>(
                'SELECT id, family_key AS "familyKey" FROM people',
              )
            ).rows.map(({ id, familyKey }) => [id, familyKey]),
          ),
      ),
    applied: () => withPool(async (pool) => (await listAppliedMigrations(pool, schema)).map(({ id }) => id)),
  };
}

afterAll(async () => {
  rmSync(directory, { recursive: true, force: true });
  await dropSchemas(schemas);
});

/** Each engine, and the last migration its released stores hold (SQLite's had no 0008 before 0009). */
const ENGINES = [
  {
    name: 'sqlite',
    runs: true,
    old: () => Promise.resolve(oldSqliteStore('0007-person-edit-undo')),
  },
  {
    name: 'postgres',
    runs: await usePostgres('the PostgreSQL family key migration tests'),
    old: () => oldPostgresStore('0008-queue'),
  },
];

for (const engine of ENGINES)
  describe.skipIf(!engine.runs)(`migration 0009-family-keys: ${engine.name}`, () => {
    it('recomputes the family keys of a store written before it', async () => {
      const old = await engine.old();
      const { store, ids } = await old.open();
      await store.close();
      expect(await old.applied()).toEqual(
        (engine.name === 'sqlite' ? SQLITE_MIGRATIONS : POSTGRES_MIGRATIONS).map(({ id }) => id),
      );
      const keys = await old.familyKeys();
      expect(OLD_PEOPLE.map((_, at) => keys.get(ids[at]!))).toEqual(
        OLD_PEOPLE.map(({ name }) => parsePersonName(name)?.familyKey ?? null),
      );
      expect(keys.get(ids[0]!)).not.toBe('verbytskyi');
      expect(keys.get(ids[3]!)).toBeNull();
    });

    it('links a family name alone across spellings to a person stored before it', async () => {
      const old = await engine.old();
      const { store, ids } = await old.open();
      try {
        await store.ingest(articleNaming('bare.txt', 'Вербицький'));
        await store.ingest(articleNaming('other.txt', 'Werbyzkyj'));
        await store.ingest(articleNaming('namesakes.txt', 'Кравець'));
        const linksOf = async (id: number) =>
          (await store.explainPerson(id)).links.map((link) => link.article.file);
        expect(await linksOf(ids[0]!)).toEqual(['bare.txt', 'other.txt']);
        // Two Kravets were stored: nothing decides between them.
        expect(await linksOf(ids[1]!)).toEqual([]);
        expect(await linksOf(ids[2]!)).toEqual([]);
      } finally {
        await store.close();
      }
    });
  });
