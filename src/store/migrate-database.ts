/**
 * `onrecord migrate`: brings a store up to date, on either engine, and says which migrations it holds.
 * Opening a store migrates it (every command does so by itself); this reads the record of migrations before
 * and after, to tell what this run applied.
 */
import { errorMessage, StoreError } from '../errors.js';
import { isPostgresUrl, redactUrl } from './postgres/connect.js';

export interface RecordedMigration {
  readonly id: string;
  readonly appliedAt: string;
}

export interface MigrationReport {
  /** Where the store is (a PostgreSQL URL without its password). */
  readonly location: string;
  /** Migrations this run applied, in order. */
  readonly applied: readonly string[];
  /** Every migration the store holds now, oldest first. */
  readonly migrations: readonly RecordedMigration[];
}

export async function migrateDatabase(location: string): Promise<MigrationReport> {
  const recorded = isPostgresUrl(location) ? postgresMigrations : sqliteMigrations;
  const before = new Set((await recorded(location)).map((migration) => migration.id));
  const store = isPostgresUrl(location)
    ? await (await import('./postgres/index.js')).openPostgresStore(location.trim())
    : (await import('./sqlite/index.js')).openSqliteStore(location);
  await store.close();
  const migrations = await recorded(location);
  return {
    location: store.location,
    applied: migrations.map((migration) => migration.id).filter((id) => !before.has(id)),
    migrations,
  };
}

async function sqliteMigrations(path: string): Promise<RecordedMigration[]> {
  const { existsSync } = await import('node:fs');
  if (path !== ':memory:' && !existsSync(path)) return [];
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare(
      "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
    );
    if (table.get() === undefined) return [];
    return db
      .prepare<[], RecordedMigration>('SELECT id, applied_at AS appliedAt FROM schema_migrations ORDER BY id')
      .all();
  } finally {
    db.close();
  }
}

async function postgresMigrations(url: string): Promise<RecordedMigration[]> {
  const { connectPool } = await import('./postgres/connect.js');
  const { listAppliedMigrations } = await import('./postgres/migrate.js');
  const { pool, schema } = connectPool(url.trim(), { maxConnections: 1 });
  try {
    return await listAppliedMigrations(pool, schema);
  } catch (cause) {
    throw new StoreError(redactUrl(url), `cannot read its migrations: ${errorMessage(cause)}`, { cause });
  } finally {
    await pool.end();
  }
}
