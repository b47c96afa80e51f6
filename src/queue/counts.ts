import type { Sql } from '../store/postgres/sql.js';
import { emptyCounts, type FailedJob, type JobState, type QueueCounts } from './job.js';
import { targetName } from './job-row.js';

/** How many jobs are in each state. */
export async function countJobs(sql: Sql): Promise<QueueCounts> {
  const counted = await sql.query<{ state: JobState; jobs: number; retrying: number }>(
    `SELECT state, count(*) AS jobs, count(*) FILTER (WHERE attempts > 0) AS retrying
       FROM queue_jobs GROUP BY state`,
  );
  const counts: Record<keyof QueueCounts, number> = { ...emptyCounts() };
  for (const { state, jobs, retrying } of counted.rows) {
    counts[state] = jobs;
    if (state === 'queued') counts.retrying = retrying;
  }
  return counts;
}

/** The failed jobs, latest first, with the error of their last attempt. */
export async function listFailedJobs(sql: Sql, limit: number): Promise<FailedJob[]> {
  const failed = await sql.query<{
    id: number;
    source: string;
    payload: Record<string, unknown>;
    attempts: number;
    last_error: string | null;
    finished_at: Date | null;
  }>(
    `SELECT id, source, payload, attempts, last_error, finished_at
       FROM queue_jobs WHERE state = 'failed' ORDER BY finished_at DESC NULLS LAST, id DESC LIMIT $1`,
    [limit],
  );
  return failed.rows.map((row) => ({
    id: row.id,
    target: targetName(row.source, row.payload),
    attempts: row.attempts,
    error: row.last_error ?? '',
    finishedAt: row.finished_at?.toISOString() ?? '',
  }));
}
