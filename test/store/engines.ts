/**
 * The storage engines the contract suite runs against; each engine gives a fresh, empty store per call.
 * PostgreSQL's stores each live in a schema of their own on the test server (test/helpers/postgres.ts),
 * dropped by `cleanup`; without a server, its tests fail in CI and are skipped loudly elsewhere.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, type Store } from '../../src/store/index.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { dropSchemas, freshSchemaName, urlWithSchema, usePostgres } from '../helpers/postgres.js';

export interface Engine {
  readonly name: string;
  /** False when the engine cannot run here (it said why on stderr); throws in CI instead. */
  available(): Promise<boolean>;
  /** A new, empty store. */
  fresh(): Promise<Store>;
  /** Removes what `fresh` created. */
  cleanup(): Promise<void>;
}

function sqliteEngine(): Engine {
  let directory: string | undefined;
  let count = 0;
  return {
    name: 'sqlite',
    available: () => Promise.resolve(true),
    fresh() {
      directory ??= mkdtempSync(join(tmpdir(), 'onrecord-store-'));
      count += 1;
      return Promise.resolve(openSqliteStore(join(directory, `store-${count}.db`)));
    },
    cleanup() {
      if (directory) rmSync(directory, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

function postgresEngine(): Engine {
  const schemas: string[] = [];
  return {
    name: 'postgres',
    available: () => usePostgres('the PostgreSQL store contract tests'),
    fresh() {
      const schema = freshSchemaName();
      schemas.push(schema);
      return openPostgresStore(urlWithSchema(schema));
    },
    cleanup: () => dropSchemas(schemas.splice(0)),
  };
}

export const ENGINES: readonly (() => Engine)[] = [sqliteEngine, postgresEngine];
