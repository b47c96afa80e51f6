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
