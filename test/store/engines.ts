/**
 * The storage engines the contract suite runs against; each engine gives a fresh, empty store per call.
 * PostgreSQL's stores each live in a schema of their own on the test server (test/helpers/postgres.ts),
 * dropped by `cleanup`; without a server, its tests fail in CI and are skipped loudly elsewhere.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openSqliteStore, type Store } from '../../src/store/index.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import {
  dropSchemas,
  freshSchemaName,
  POSTGRES_URL,
  urlWithSchema,
  usePostgres,
} from '../helpers/postgres.js';

export interface Engine {
  readonly name: string;
  /** False when the engine cannot run here (it said why on stderr); throws in CI instead. */
  available(): Promise<boolean>;
  /** A new, empty store. */
  fresh(): Promise<Store>;
  /** Removes what `fresh` created. */
  cleanup(): Promise<void>;
  /**
   * The rows a SELECT gives in a store `fresh` made (open or closed), read on a connection of the engine's
   * own. Write SQL both engines read alike: quote camel-cased aliases (`AS "seenAt"`).
   */
  rows(store: Store, select: string): Promise<Record<string, unknown>[]>;
}

/** Where each store `fresh` made keeps its data: a file, a schema. */
type Places = WeakMap<Store, string>;

const placeOf = (places: Places, store: Store): string => {
  const place = places.get(store);
  if (place === undefined) throw new Error(`the engine did not make the store at ${store.location}`);
  return place;
};

function sqliteEngine(): Engine {
  let directory: string | undefined;
  let count = 0;
  const files: Places = new WeakMap();
  return {
    name: 'sqlite',
    available: () => Promise.resolve(true),
    fresh() {
      directory ??= mkdtempSync(join(tmpdir(), 'onrecord-store-'));
      count += 1;
      const file = join(directory, `store-${count}.db`);
      const store = openSqliteStore(file);
      files.set(store, file);
      return Promise.resolve(store);
    },
    cleanup() {
      if (directory) rmSync(directory, { recursive: true, force: true });
      return Promise.resolve();
    },
    rows(store, select) {
      const db = new Database(placeOf(files, store), { readonly: true, fileMustExist: true });
      try {
        return Promise.resolve(db.prepare<[], Record<string, unknown>>(select).all());
      } finally {
        db.close();
      }
    },
  };
}

function postgresEngine(): Engine {
  const schemas: string[] = [];
  const places: Places = new WeakMap();
  return {
    name: 'postgres',
    available: () => usePostgres('the PostgreSQL store contract tests'),
    async fresh() {
      const schema = freshSchemaName();
      schemas.push(schema);
      const store = await openPostgresStore(urlWithSchema(schema));
      places.set(store, schema);
      return store;
    },
    cleanup: () => dropSchemas(schemas.splice(0)),
    async rows(store, select) {
      const client = new pg.Client({
        connectionString: POSTGRES_URL,
        options: `-c search_path=${placeOf(places, store)}`,
      });
      await client.connect();
      try {
        return (await client.query<Record<string, unknown>>(select)).rows;
      } finally {
        await client.end();
      }
    },
  };
}

export const ENGINES: readonly (() => Engine)[] = [sqliteEngine, postgresEngine];
