import type { Sql } from '../store/postgres/sql.js';
import { nextRunSql, type Backoff } from './backoff.js';
import type { ClaimedJob } from './job.js';
import { targetOf } from './job-row.js';

interface ClaimedRow {
  id: number;
  attempts: number;
  max_attempts: number;
  source: string;
  payload: Record<string, unknown>;
  body: Buffer | null;
}

/**
 * Takes up to `limit` jobs whose time has come, oldest first, for `worker`, with a lease of `leaseMs`.
 * `FOR UPDATE SKIP LOCKED` lets any number of workers claim at once: each passes over the rows another is
 * claiming instead of waiting for them, so no job is handed out twice. The attempt is counted here, when
 * it starts, so that a document that kills its worker every time still runs out of attempts.
 */
export async function claimJobs(
  sql: Sql,
  worker: string,
  limit: number,
  leaseMs: number,
): Promise<ClaimedJob[]> {
  const claimed = await sql.query<ClaimedRow>(
    `UPDATE queue_jobs
        SET state = 'running', attempts = attempts + 1, locked_by = $1,
            locked_until = now() + make_interval(secs => $2::float8 / 1000.0), started_at = now()
      WHERE id IN (SELECT id FROM queue_jobs
                    WHERE state = 'queued' AND run_at <= now()
                    ORDER BY run_at, id
                    LIMIT $3
                    FOR UPDATE SKIP LOCKED)
      RETURNING id, attempts, max_attempts, source, payload, body`,
    [worker, leaseMs, limit],
  );
  return claimed.rows
    .sort((first, second) => first.id - second.id)
    .map((row) => ({
      id: row.id,
      attempts: row.attempts,
      maxAttempts: row.max_attempts,
      target: targetOf(row.source, row.payload, row.body),
    }));
}

/**
 * Jobs whose lease ran out belonged to a worker that stopped without finishing them (killed, its machine
 * gone, cut off from the database for longer than the lease): they are queued again, after a backoff, or
 * failed when they have used their attempts. Any worker may run this; the lock skips rows another is
 * handling at the same moment. Returns how many were taken back.
 */
export async function reclaimExpired(sql: Sql, backoff: Backoff): Promise<number> {
  const reclaimed = await sql.query(
    `UPDATE queue_jobs
        SET state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
            run_at = ${nextRunSql(1, 2)},
            finished_at = CASE WHEN attempts >= max_attempts THEN now() END,
            last_error = 'its worker (' || coalesce(locked_by, '?') || ') stopped holding it: the lease ran out',
            locked_by = NULL, locked_until = NULL
      WHERE id IN (SELECT id FROM queue_jobs
                    WHERE state = 'running' AND locked_until < now()
                    FOR UPDATE SKIP LOCKED)`,
    [backoff.baseMs, backoff.capMs],
  );
  return reclaimed.rowCount ?? 0;
}

/**
 * Renews the lease on jobs `worker` holds. Returns the ids it still holds: a job missing from the answer
 * was taken back (the lease ran out before this renewal) and is another worker's now.
 */
export async function renewLeases(
  sql: Sql,
  worker: string,
  ids: readonly number[],
  leaseMs: number,
): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const renewed = await sql.query<{ id: number }>(
    `UPDATE queue_jobs SET locked_until = now() + make_interval(secs => $3::float8 / 1000.0)
      WHERE id = ANY($1::bigint[]) AND locked_by = $2 AND state = 'running'
      RETURNING id`,
    [ids, worker, leaseMs],
  );
  return new Set(renewed.rows.map((row) => row.id));
}
