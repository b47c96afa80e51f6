import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Sql } from './sql.js';

/**
 * A query a write runs for every attribution or person, as a named prepared statement: each connection
 * parses it once, and PostgreSQL may keep its plan, instead of planning it again each time (planning the
 * statement lookup cost more than running it). The name is the text's hash, so one text is one statement.
 */
export interface PreparedQuery {
  readonly name: string;
  readonly text: string;
}

export function prepared(text: string): PreparedQuery {
  return { name: `onrecord_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`, text };
}

/** Runs a prepared query on `sql` (the pool, or a client in a transaction: both take a query config). */
export function runPrepared<Row extends pg.QueryResultRow>(
  sql: Sql,
  query: PreparedQuery,
  values: readonly unknown[],
): Promise<pg.QueryResult<Row>> {
  return (sql as unknown as pg.ClientBase).query<Row>({ ...query, values: [...values] });
}
