import type { IngestFailure } from '../store.js';
import { rows, type Sql } from './sql.js';

/**
 * Failed documents, one row per key, as src/store/sqlite/ingest-failures.ts keeps them: a new failure
 * replaces the last and counts the attempt.
 */
export async function recordFailure(sql: Sql, failure: IngestFailure): Promise<void> {
  await sql.query(
    `INSERT INTO ingest_errors (source_key, name, origin, reason, message, failed_at)
      VALUES ($1, $2, $3, $4, $5, $6)
      ON CONFLICT (source_key) DO UPDATE SET name = excluded.name, origin = excluded.origin,
        reason = excluded.reason, message = excluded.message, failed_at = excluded.failed_at,
        attempts = ingest_errors.attempts + 1`,
    [
      failure.key,
      failure.name,
      failure.origin,
      failure.reason,
      failure.message,
      failure.failedAt ?? new Date().toISOString(),
    ],
  );
}

/**
 * Documents whose latest ingest failed, most recent first. The table has no rowid to break ties by the order
 * of recording, as SQLite's does: ties go by key, which at least keeps the order stable.
 */
export function listFailures(sql: Sql): Promise<IngestFailure[]> {
  return rows<IngestFailure>(
    sql,
    `SELECT source_key AS key, name, origin, reason, message, attempts, failed_at AS "failedAt"
      FROM ingest_errors ORDER BY failed_at DESC, source_key DESC`,
  );
}
