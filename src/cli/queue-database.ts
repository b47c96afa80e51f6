import { UsageError } from '../errors.js';
import { isPostgresUrl } from '../store/postgres/connect.js';

/**
 * The PostgreSQL URL of the store whose queue a command works on: the queue lives in PostgreSQL, where
 * workers on every machine reach it. A SQLite store has none: the command is refused, saying what to do.
 */
export function queueDatabase(db: string, command: string): string {
  if (isPostgresUrl(db)) return db;
  throw new UsageError(
    `${command} needs the store in PostgreSQL (--db postgres://user@host/database, or ` +
      `ONRECORD_DATABASE_URL): the queue lives there, where workers on every machine reach it; ` +
      `${JSON.stringify(db)} is a SQLite file, which has no queue`,
  );
}
