import type pg from 'pg';
import { errorMessage } from '../../errors.js';
import { MIGRATIONS, type Migration } from './migrations.js';

export interface MigrationResult {
  /** Ids applied by this call, in order; empty when the database was already up to date. */
  readonly applied: readonly string[];
}

export interface AppliedMigration {
  readonly id: string;
  readonly appliedAt: string;
}

/** A schema name as connect.ts accepts it (lower-case letters, digits, _): safe to write unquoted. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/u;

/**
 * Brings a schema up to date: creates it when absent, then applies, in order, each migration not yet
 * recorded in its `schema_migrations`, each one (its SQL, then its step in code) with its record in one
 * transaction (PostgreSQL's DDL is transactional: a migration that fails leaves nothing behind). A session
 * advisory lock keyed by the schema makes processes that open the same new store at once wait for each
 * other, so each migration is applied once. Refuses a schema that has migrations this version does not know
 * (a newer onrecord wrote it).
 */
export async function migratePostgres(
  pool: pg.Pool,
  schema: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationResult> {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`"${schema}" is not a schema name onrecord uses`);
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('onrecord migrate'), hashtext($1))", [schema]);
    try {
      return await applyMigrations(client, schema, migrations);
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext('onrecord migrate'), hashtext($1))", [schema]);
    }
  } catch (cause) {
    broken = cause instanceof Error ? cause : new Error(String(cause));
    throw cause;
  } finally {
    // A client that failed midway may hold the lock or a broken transaction: it is closed, not reused.
    client.release(broken);
  }
}

async function applyMigrations(
  client: pg.PoolClient,
  schema: string,
  migrations: readonly Migration[],
): Promise<MigrationResult> {
  // Created only when absent: CREATE SCHEMA IF NOT EXISTS needs the right to create schemas even when it
  // exists, which a role given only its own schema (or public) does not have.
  const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
  if (exists.rowCount === 0) await client.query(`CREATE SCHEMA ${schema}`);
  // The pool's connections put this schema first on their search path; set again now that it exists, so
  // that what the migrations create lands in it.
  await client.query(`SET search_path TO ${schema}, public`);
  await client.query(`CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (
    id text COLLATE "C" PRIMARY KEY,
    applied_at text COLLATE "C" NOT NULL
  )`);
  const done = new Set(await appliedIds(client, schema));
  const known = new Set(migrations.map((migration) => migration.id));
  const unknown = [...done].filter((id) => !known.has(id)).sort();
  if (unknown.length > 0)
    throw new Error(
      `the database has schema migrations this version of onrecord does not know (${unknown.join(', ')}): ` +
        'it was written by a newer onrecord; upgrade onrecord to use it',
    );

  const applied: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.id)) continue;
    await client.query('BEGIN');
    try {
      if (migration.sql.trim() !== '') await client.query(migration.sql);
      await migration.run?.(client);
      await client.query(`INSERT INTO ${schema}.schema_migrations (id, applied_at) VALUES ($1, $2)`, [
        migration.id,
        new Date().toISOString(),
      ]);
      await client.query('COMMIT');
    } catch (cause) {
      await client.query('ROLLBACK');
      throw new Error(`migration ${migration.id} failed: ${errorMessage(cause)}`, {
        cause,
      });
    }
    applied.push(migration.id);
  }
  return { applied };
}

async function appliedIds(client: pg.PoolClient, schema: string): Promise<string[]> {
  const result = await client.query<{ id: string }>(`SELECT id FROM ${schema}.schema_migrations ORDER BY id`);
  return result.rows.map((found) => found.id);
}

/** The migrations recorded in a schema, oldest first (for `onrecord migrate`); empty when it has none. */
export async function listAppliedMigrations(pool: pg.Pool, schema: string): Promise<AppliedMigration[]> {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`"${schema}" is not a schema name onrecord uses`);
  const exists = await pool.query<{ table: string | null }>('SELECT to_regclass($1) AS table', [
    `${schema}.schema_migrations`,
  ]);
  if (exists.rows[0]?.table == null) return [];
  const result = await pool.query<AppliedMigration>(
    `SELECT id, applied_at AS "appliedAt" FROM ${schema}.schema_migrations ORDER BY id`,
  );
  return result.rows;
}
