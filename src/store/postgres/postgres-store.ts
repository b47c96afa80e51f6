import { errorMessage, StoreError } from '../../errors.js';
import type { Store } from '../store.js';
import { connectPool, redactUrl, type PostgresConnectOptions } from './connect.js';
import { prepareEdits } from './edits.js';
import { migratePostgres } from './migrate.js';
import { prepareRead } from './read.js';
import type { PgContext } from './sql.js';
import { prepareWrite } from './write.js';

export type PostgresStoreOptions = PostgresConnectOptions;

/**
 * Opens the store in a PostgreSQL database (`postgres://user@host:port/database`, optionally `?schema=name`)
 * and brings its schema up to date. The same `Store` as SQLite's, on an engine that many processes on many
 * machines share: every write of one document is one transaction, and the ingest queue lives beside it.
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const location = redactUrl(url);
  let context: PgContext;
  try {
    const { pool, schema } = connectPool(url, options);
    context = { location, pool };
    try {
      await migratePostgres(pool, schema);
    } catch (cause) {
      await pool.end();
      throw cause;
    }
  } catch (cause) {
    throw new StoreError(location, `cannot open the database: ${errorMessage(cause)}`, { cause });
  }
  return {
    location,
    ...prepareWrite(context),
    ...prepareRead(context),
    ...prepareEdits(context),
    close: () => context.pool.end(),
  };
}
