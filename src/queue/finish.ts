import type { Sql } from '../store/postgres/sql.js';
import { nextRunSql, type Backoff } from './backoff.js';

/**
 * Marks a job done, once its document is committed to the store. Only the worker holding the job can:
 * a worker whose lease ran out (it was cut off, the job went to another) finds nothing to mark, which is
 * harmless, as the store's ingest is idempotent. The document's bytes are dropped: the store keeps them.
 * Returns whether the job was still this worker's.
 */
export async function completeJob(sql: Sql, worker: string, id: number, outcome: string): Promise<boolean> {
  const done = await sql.query(
    `UPDATE queue_jobs
        SET state = 'done', outcome = $3, finished_at = now(), body = NULL, locked_by = NULL,
            locked_until = NULL
      WHERE id = $1 AND locked_by = $2 AND state = 'running'`,
    [id, worker, outcome],
  );
  return done.rowCount === 1;
}

/**
 * Gives up an attempt that failed: the job runs again after a backoff, or, its attempts used, is failed
 * with the error kept. Returns the state it went to, or null when it was no longer this worker's.
 */
export async function failAttempt(
  sql: Sql,
  worker: string,
  id: number,
  error: string,
  backoff: Backoff,
): Promise<'queued' | 'failed' | null> {
  const failed = await sql.query<{ state: 'queued' | 'failed' }>(
    `UPDATE queue_jobs
        SET state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
            run_at = ${nextRunSql(4, 5)},
            finished_at = CASE WHEN attempts >= max_attempts THEN now() END,
            last_error = $3, locked_by = NULL, locked_until = NULL
      WHERE id = $1 AND locked_by = $2 AND state = 'running'
      RETURNING state`,
    [id, worker, error, backoff.baseMs, backoff.capMs],
  );
  return failed.rows[0]?.state ?? null;
}
