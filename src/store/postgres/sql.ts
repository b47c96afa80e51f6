import pg from 'pg';

// PostgreSQL sends bigint (count(*), sum(), identity columns of type bigint) as text, because a JavaScript
// number cannot hold every int8. The record's ids and counts stay far below 2^53: read them as numbers, as
// the SQLite store gives them.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

/** What runs a query: the pool (one statement, autocommit) or a client inside a transaction. */
export interface Sql {
  query<Row extends pg.QueryResultRow = Record<string, unknown>>(
    text: string,
    values?: readonly unknown[],
  ): Promise<pg.QueryResult<Row>>;
}

/** What every module of the PostgreSQL store is given. */
export interface PgContext {
  /** Where the store lives, for messages: the connection string without its password. */
  readonly location: string;
  readonly pool: pg.Pool;
}

/** The rows of a query. */
export async function rows<Row extends pg.QueryResultRow>(
  sql: Sql,
  text: string,
  values: readonly unknown[] = [],
): Promise<Row[]> {
  return (await sql.query<Row>(text, values)).rows;
}

/** The first row of a query, or undefined. */
export async function row<Row extends pg.QueryResultRow>(
  sql: Sql,
  text: string,
  values: readonly unknown[] = [],
): Promise<Row | undefined> {
  return (await sql.query<Row>(text, values)).rows[0];
}

/**
 * Runs `work` in one transaction on one client of the pool: committed when it resolves, rolled back when it
 * throws (and the error passed on). A client whose connection broke is destroyed, not returned to the pool.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (sql: Sql) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (cause) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackFailure) {
      broken = rollbackFailure instanceof Error ? rollbackFailure : new Error(String(rollbackFailure));
    }
    throw cause;
  } finally {
    client.release(broken);
  }
}

/**
 * Runs `work` inside a savepoint of the transaction `sql` is in: a failure rolls back what `work` did and
 * nothing before it, and is passed on.
 */
export async function inSavepoint<T>(sql: Sql, name: string, work: () => Promise<T>): Promise<T> {
  await sql.query(`SAVEPOINT ${name}`);
  try {
    const result = await work();
    await sql.query(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (cause) {
    await sql.query(`ROLLBACK TO SAVEPOINT ${name}`);
    throw cause;
  }
}

/**
 * PostgreSQL's codes for a transaction that lost a race with another: a deadlock it broke by aborting this
 * one (40P01), a serialization failure (40001), a unique key another writer took first (23505). The race
 * is not the transaction's fault, and a new try starts from what is committed by then.
 */
const LOST_RACE_CODES: ReadonlySet<string> = new Set(['40P01', '40001', '23505']);

/** How many times in all a transaction that lost a race is tried: the next try usually goes through. */
export const MAX_TRIES = 5;

/** Whether an error is a lost race (LOST_RACE_CODES), which a new try may not meet. */
export const isLostRace = (cause: unknown): boolean =>
  typeof cause === 'object' &&
  cause !== null &&
  'code' in cause &&
  typeof cause.code === 'string' &&
  LOST_RACE_CODES.has(cause.code);

/**
 * Runs `work` in one transaction (as inTransaction), tried again while it loses a race (`isLostRace`), up
 * to MAX_TRIES times in all, each after a short, growing, jittered wait so that the two writers do not meet
 * again; `work` is told when its try is the last. The last failure, or any other, is passed on.
 */
export async function inRetriedTransaction<T>(
  pool: pg.Pool,
  work: (sql: Sql, lastTry: boolean) => Promise<T>,
): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await inTransaction(pool, (sql) => work(sql, tries === MAX_TRIES));
    } catch (cause) {
      if (tries >= MAX_TRIES || !isLostRace(cause)) throw cause;
      await pause(tries);
    }
  }
}

/** A wait of up to 20 ms times 2^tries. */
const pause = (tries: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** tries));
