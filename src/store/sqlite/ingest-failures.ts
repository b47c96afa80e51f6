import type Database from 'better-sqlite3';
import type { IngestFailure } from '../store.js';

export interface IngestFailures {
  record(failure: IngestFailure): void;
  list(): IngestFailure[];
}

/** Failed documents, one row per key: a new failure replaces the last and counts the attempt. */
export function prepareIngestFailures(db: Database.Database): IngestFailures {
  const upsert = db.prepare<[string, string, string, string, string, string]>(
    `INSERT INTO ingest_errors (source_key, name, origin, reason, message, failed_at)
      VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (source_key) DO UPDATE SET name = excluded.name, origin = excluded.origin,
        reason = excluded.reason, message = excluded.message, failed_at = excluded.failed_at,
        attempts = attempts + 1`,
  );
  const all = db.prepare<[], IngestFailure>(
    `SELECT source_key AS key, name, origin, reason, message, attempts, failed_at AS failedAt
      FROM ingest_errors ORDER BY failed_at DESC, rowid DESC`,
  );
  return {
    record: (failure) =>
      upsert.run(
        failure.key,
        failure.name,
        failure.origin,
        failure.reason,
        failure.message,
        failure.failedAt ?? new Date().toISOString(),
      ),
    list: () => all.all(),
  };
}
