import type pg from 'pg';

/** Placeholder until the PostgreSQL migrations land: creates the schema and nothing else. */
export async function migratePostgres(pool: pg.Pool, schema: string): Promise<void> {
  await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
}
