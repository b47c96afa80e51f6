/**
 * The PostgreSQL server tests run against: ONRECORD_TEST_DATABASE_URL, else the machine's own
 * (postgres://postgres@127.0.0.1:5432/test, trust auth). Each store gets its own schema, dropped afterwards.
 *
 * When no server answers, the tests that need one say so loudly: in CI (CI=true) they fail; elsewhere they
 * are skipped with a warning on stderr. They never pass silently.
 */
import pg from 'pg';
import { randomBytes } from 'node:crypto';

export const POSTGRES_URL =
  process.env['ONRECORD_TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

let reachable: Promise<string | null> | undefined;

/** null when the server answers, else why not. Asked once per test file. */
export function postgresProblem(): Promise<string | null> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return null;
    } catch (cause) {
      return cause instanceof Error ? cause.message : String(cause);
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return reachable;
}

/**
 * Whether to run the PostgreSQL tests of a file. Throws in CI when the server is absent (the suite must
 * fail there); elsewhere warns on stderr and returns false.
 */
export async function usePostgres(what: string): Promise<boolean> {
  const problem = await postgresProblem();
  if (problem === null) return true;
  const message = `PostgreSQL is not reachable at ${POSTGRES_URL} (${problem}): ${what} NOT RUN`;
  if (process.env['CI'] === 'true') throw new Error(message);
  process.stderr.write(`\n*** ${message} ***\n\n`);
  return false;
}

/** A new schema name, unique to this run. */
export function freshSchemaName(prefix = 'onrecord_test'): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** The URL of the test server with `?schema=` set. */
export function urlWithSchema(schema: string): string {
  const url = new URL(POSTGRES_URL);
  url.searchParams.set('schema', schema);
  return url.toString();
}

/** Drops the schemas (and everything in them). */
export async function dropSchemas(schemas: readonly string[]): Promise<void> {
  if (schemas.length === 0) return;
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
