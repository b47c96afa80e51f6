/**
 * The ingest queue: jobs in a PostgreSQL table (migration 0008-queue) that any number of `onrecord worker`
 * processes, on any number of machines, take with `FOR UPDATE SKIP LOCKED`. A job is claimed with a lease
 * its worker renews while it works; a job whose lease runs out is taken back and run again; a failed
 * attempt is retried after an exponential backoff until the job has used its attempts.
 */
import type pg from 'pg';
import { connectPool, redactUrl } from '../store/postgres/connect.js';
// Read bigint ids and counts as numbers, as the store does (the parsers are set where the store's SQL lives).
import '../store/postgres/sql.js';
import { DEFAULT_BACKOFF, type Backoff } from './backoff.js';
import { claimJobs, reclaimExpired, renewLeases } from './claim.js';
import { countJobs, listFailedJobs } from './counts.js';
import { enqueueJobs } from './enqueue.js';
import { completeJob, failAttempt } from './finish.js';
import type { ClaimedJob, EnqueueResult, FailedJob, JobTarget, QueueCounts } from './job.js';

/** Attempts a job gets unless told otherwise: enough to ride out a restart or a network fault. */
export const DEFAULT_MAX_ATTEMPTS = 5;

export interface Queue {
  /** The database, without its password. */
  readonly location: string;
  enqueue(targets: readonly JobTarget[], options?: { maxAttempts?: number }): Promise<EnqueueResult>;
  /** Takes back expired leases, then claims up to `limit` ready jobs for `worker`. */
  claim(worker: string, limit: number, leaseMs: number): Promise<ClaimedJob[]>;
  /** Renews the leases `worker` holds; returns the ids still held. */
  renew(worker: string, ids: readonly number[], leaseMs: number): Promise<Set<number>>;
  complete(worker: string, id: number, outcome: string): Promise<boolean>;
  fail(worker: string, id: number, error: string): Promise<'queued' | 'failed' | null>;
  counts(): Promise<QueueCounts>;
  failedJobs(limit?: number): Promise<FailedJob[]>;
  close(): Promise<void>;
}

export interface QueueOptions {
  readonly backoff?: Backoff;
  /** Connections kept open at most (a worker needs one for claims and one for its heartbeat). */
  readonly maxConnections?: number;
}

/**
 * Opens the queue of the store at `url` (its schema from `?schema=`). The table must exist: open the
 * store first, which migrates the database.
 */
export function openQueue(url: string, options: QueueOptions = {}): Queue {
  const { pool } = connectPool(url, { maxConnections: options.maxConnections ?? 3 });
  return queueOnPool(pool, redactUrl(url), options.backoff ?? DEFAULT_BACKOFF);
}

export function queueOnPool(pool: pg.Pool, location: string, backoff: Backoff): Queue {
  return {
    location,
    enqueue: (targets, options = {}) =>
      enqueueJobs(pool, targets, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS),
    claim: async (worker, limit, leaseMs) => {
      await reclaimExpired(pool, backoff);
      return claimJobs(pool, worker, limit, leaseMs);
    },
    renew: (worker, ids, leaseMs) => renewLeases(pool, worker, ids, leaseMs),
    complete: (worker, id, outcome) => completeJob(pool, worker, id, outcome),
    fail: (worker, id, error) => failAttempt(pool, worker, id, error, backoff),
    counts: () => countJobs(pool),
    failedJobs: (limit = 100) => listFailedJobs(pool, limit),
    close: () => pool.end(),
  };
}
