import type { Store } from '../store/index.js';

/**
 * Opens the store `location` names: a PostgreSQL database for a `postgres://` or `postgresql://` URL, else
 * a SQLite file. Each engine is loaded only when a command needs it (SQLite's is a native module, pg a
 * driver): `extract` and `--help` start faster without them. `mustExist` keeps a read-only command from
 * creating a SQLite file; a PostgreSQL store is created (its schema migrated) by whichever command comes
 * first, as the issue asks of every command.
 */
export async function openStore(location: string, options: { mustExist?: boolean } = {}): Promise<Store> {
  const { isPostgresUrl } = await import('../store/postgres/connect.js');
  if (isPostgresUrl(location)) {
    const { openPostgresStore } = await import('../store/postgres/index.js');
    return openPostgresStore(location.trim());
  }
  const { openSqliteStore } = await import('../store/index.js');
  return openSqliteStore(location, options);
}
