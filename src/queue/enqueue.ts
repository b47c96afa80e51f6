import type { Sql } from '../store/postgres/sql.js';
import type { EnqueueResult, JobTarget } from './job.js';
import { jobRow, type JobRow } from './job-row.js';

/** Rows written per statement: few enough round trips, statements of a few megabytes at most. */
const MAX_ROWS = 500;
const MAX_BODY_BYTES = 8 * 1024 * 1024;

/**
 * Adds jobs. A job whose dedupe key is queued or running already is left alone (enqueueing the same
 * document twice is one job); one that failed is queued again with fresh attempts; one that is done is
 * queued again only when it names a place (a URL, a file), whose document may have changed since: a
 * carried document that is done is done (its bytes are its identity).
 */
export async function enqueueJobs(
  sql: Sql,
  targets: readonly JobTarget[],
  maxAttempts: number,
): Promise<EnqueueResult> {
  const result: EnqueueResult = { added: 0, requeued: 0, already: 0 };
  let chunk: JobRow[] = [];
  let chunkBytes = 0;
  const seen = new Set<string>();
  const flush = async (): Promise<void> => {
    if (chunk.length === 0) return;
    const written = await writeRows(sql, chunk, maxAttempts);
    result.added += written.added;
    result.requeued += written.requeued;
    result.already += chunk.length - written.added - written.requeued;
    chunk = [];
    chunkBytes = 0;
  };
  for (const target of targets) {
    const row = jobRow(target);
    // One statement cannot touch a row twice (ON CONFLICT DO UPDATE refuses): a repeat in the list is
    // the same job, counted as already there.
    if (seen.has(row.dedupeKey)) {
      result.already += 1;
      continue;
    }
    seen.add(row.dedupeKey);
    chunk.push(row);
    chunkBytes += row.body?.length ?? 0;
    if (chunk.length >= MAX_ROWS || chunkBytes >= MAX_BODY_BYTES) await flush();
  }
  await flush();
  return result;
}

async function writeRows(
  sql: Sql,
  rows: readonly JobRow[],
  maxAttempts: number,
): Promise<{ added: number; requeued: number }> {
  const written = await sql.query<{ inserted: boolean }>(
    `INSERT INTO queue_jobs (dedupe_key, source, payload, body, max_attempts)
     SELECT key, source, payload, body, $5 FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::bytea[])
       AS job (key, source, payload, body)
     ON CONFLICT (dedupe_key) DO UPDATE
       SET state = 'queued', attempts = 0, max_attempts = EXCLUDED.max_attempts, run_at = now(),
           payload = EXCLUDED.payload, body = EXCLUDED.body, last_error = NULL, outcome = NULL,
           locked_by = NULL, locked_until = NULL, enqueued_at = now(), started_at = NULL, finished_at = NULL
       WHERE queue_jobs.state = 'failed' OR (queue_jobs.state = 'done' AND queue_jobs.source <> 'document')
     RETURNING (xmax = 0) AS inserted`,
    [
      rows.map((row) => row.dedupeKey),
      rows.map((row) => row.source),
      rows.map((row) => JSON.stringify(row.payload)),
      rows.map((row) => row.body),
      maxAttempts,
    ],
  );
  const added = written.rows.filter((row) => row.inserted).length;
  return { added, requeued: written.rows.length - added };
}
