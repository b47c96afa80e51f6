/**
 * One worker process's loop: it keeps up to `concurrency` jobs in hand, each ingested through the same
 * pipeline as `onrecord ingest` (read, analyzed on worker threads, stored in one transaction), renews its
 * leases on a heartbeat, and marks each job done after the store has committed its document. A worker that
 * dies holding jobs leaves them to the lease: they are taken back and run again, and the store's ingest,
 * idempotent by key and bytes, stores each document once whatever happened before.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { errorMessage } from '../errors.js';
import {
  emptyStats,
  emptyTally,
  ingestDocuments,
  type DocumentOutcome,
  type IngestStats,
  type IngestTally,
  type Preparer,
} from '../ingest/index.js';
import { formatTally } from '../ingest/tally.js';
import type { Store } from '../store/index.js';
import type { ClaimedJob } from './job.js';
import { jobItems, type JobReading } from './job-items.js';
import type { Queue } from './queue.js';

/**
 * Failure reasons worth another attempt: the database or a worker thread failed, the network did. A
 * document that cannot be read (no text, too large, not found) fails the same way every time: its job is
 * done, and the failure kept in the store (`onrecord errors`).
 */
const RETRYABLE_REASONS = new Set(['store', 'worker', 'network', 'timeout', 'dns']);

/** When the worker stops: never (until a signal), when no job is ready, or when none is left at all. */
export type WorkerUntil = 'stopped' | 'idle' | 'empty';

export interface WorkerOptions {
  /** This worker's name in the queue (`locked_by`): unique among every worker of every machine. */
  readonly id: string;
  /** Jobs in hand at once. */
  readonly concurrency: number;
  readonly leaseMs: number;
  /** How long to wait before asking again when no job is ready. */
  readonly pollMs: number;
  readonly until: WorkerUntil;
  readonly reading: JobReading;
  readonly preparer: Preparer;
  /** Where failures, retries and lost leases are told, one line each. */
  readonly stderr: NodeJS.WritableStream;
  /** Aborted to stop: no new job is claimed, the jobs in hand are finished. */
  readonly signal?: AbortSignal;
  /** Told of each job finished (done, queued again, failed). */
  readonly onJob?: (job: ClaimedJob, state: 'done' | 'queued' | 'failed' | 'lost') => void;
}

export interface WorkerTally {
  /** Jobs by how this worker left them. */
  readonly jobs: { done: number; retried: number; failed: number; lost: number };
  /** What became of their documents. */
  readonly documents: IngestTally;
  /** Where the time went: the ingest pipeline's stages, and the queue's own statements (ms). */
  readonly stats: IngestStats & { claim: number; finish: number };
}

const PREFIX = 'onrecord worker';

export async function runWorker(store: Store, queue: Queue, options: WorkerOptions): Promise<WorkerTally> {
  const tally: WorkerTally = {
    jobs: { done: 0, retried: 0, failed: 0, lost: 0 },
    documents: emptyTally(),
    stats: { ...emptyStats(), claim: 0, finish: 0 },
  };
  const say = (line: string): void => {
    options.stderr.write(`${PREFIX}: ${line}\n`);
  };
  const held = new Set<number>();
  const inFlight = new Map<number, Promise<void>>();
  const stopped = (): boolean => options.signal?.aborted === true;
  const heartbeat = startHeartbeat(queue, options, held, say);
  // A store whose lookup fails (the connection was cut) answers "not stored": the document is prepared
  // and the write decides, idempotent by key and bytes; a lookup that rejected would end the whole job.
  const tolerant: Store = {
    ...store,
    storedVersion: (key) => store.storedVersion(key).catch(() => null),
  };

  const run = async (job: ClaimedJob): Promise<void> => {
    const state = await processJob(tolerant, queue, job, options, tally, say);
    held.delete(job.id);
    if (state === 'done') tally.jobs.done += 1;
    else if (state === 'queued') tally.jobs.retried += 1;
    else if (state === 'failed') tally.jobs.failed += 1;
    else tally.jobs.lost += 1;
    options.onJob?.(job, state);
  };

  try {
    while (!stopped()) {
      const free = options.concurrency - inFlight.size;
      if (free === 0) {
        await Promise.race(inFlight.values());
        continue;
      }
      let jobs: ClaimedJob[];
      const claiming = performance.now();
      try {
        jobs = await queue.claim(options.id, free, options.leaseMs);
      } catch (error) {
        say(`cannot claim jobs (${errorMessage(error)}); trying again`);
        await pause(options.pollMs, options.signal);
        continue;
      } finally {
        tally.stats.claim += performance.now() - claiming;
      }
      for (const job of jobs) {
        held.add(job.id);
        const running = run(job).finally(() => inFlight.delete(job.id));
        inFlight.set(job.id, running);
      }
      if (jobs.length > 0) continue;
      if (inFlight.size === 0 && (await finished(queue, options.until))) break;
      await Promise.race([pause(options.pollMs, options.signal), ...inFlight.values()]);
    }
  } finally {
    await Promise.allSettled(inFlight.values());
    heartbeat.stop();
  }
  return tally;
}

/** Whether a worker with nothing in hand and nothing ready is done. */
async function finished(queue: Queue, until: WorkerUntil): Promise<boolean> {
  if (until === 'idle') return true;
  if (until === 'stopped') return false;
  // Jobs running elsewhere may come back (their worker may die), and queued ones wait for their backoff.
  const counts = await queue.counts().catch(() => null);
  return counts !== null && counts.queued === 0 && counts.running === 0;
}

/** Ingests one job's documents and leaves the job done, queued again or failed; 'lost' if no longer ours. */
async function processJob(
  store: Store,
  queue: Queue,
  job: ClaimedJob,
  options: WorkerOptions,
  tally: WorkerTally,
  say: (line: string) => void,
): Promise<'done' | 'queued' | 'failed' | 'lost'> {
  let problem: string;
  try {
    const outcomes: DocumentOutcome[] = [];
    const documents = await ingestDocuments(store, jobItems(job.target, options.reading), {
      stderr: options.stderr,
      command: PREFIX,
      preparer: options.preparer,
      stats: tally.stats,
      onOutcome: (outcome) => outcomes.push(outcome),
    });
    const retryable = outcomes.flatMap((outcome) =>
      outcome.status === 'failed' && RETRYABLE_REASONS.has(outcome.reason) ? [outcome.message] : [],
    );
    if (retryable.length === 0) {
      addTally(tally.documents, documents);
      const ours = await finishing(tally, say, () =>
        queue.complete(options.id, job.id, formatTally(documents)),
      );
      return ours === true ? 'done' : 'lost';
    }
    problem = retryable.join('; ');
  } catch (error) {
    problem = errorMessage(error);
  }
  const state = await finishing(tally, say, () => queue.fail(options.id, job.id, problem));
  if (state === undefined || state === null) return 'lost';
  const when = state === 'failed' ? `failed after ${job.attempts} attempts` : 'will be tried again';
  say(`job ${job.id} (attempt ${job.attempts} of ${job.maxAttempts}) ${when}: ${problem}`);
  return state;
}

/**
 * Writes a job's end, retrying a few times: the connection may have just been cut, and the pool opens a
 * new one. If it never gets through, the job stays running until its lease runs out, and is run again.
 */
async function finishing<T>(
  tally: WorkerTally,
  say: (line: string) => void,
  write: () => Promise<T>,
): Promise<T | undefined> {
  const started = performance.now();
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await write();
      } catch (error) {
        if (attempt === 4) {
          say(`cannot record a job's end (${errorMessage(error)}); it will be run again when its lease ends`);
          return undefined;
        }
        await sleep(100 * 2 ** attempt);
      }
    }
  } finally {
    tally.stats.finish += performance.now() - started;
  }
}

interface Heartbeat {
  stop(): void;
}

/** Renews the leases of the jobs in hand every third of a lease; a job no longer ours is said once. */
function startHeartbeat(
  queue: Queue,
  options: WorkerOptions,
  held: Set<number>,
  say: (line: string) => void,
): Heartbeat {
  let beating = false;
  const timer = setInterval(() => {
    if (beating || held.size === 0) return;
    beating = true;
    const ids = [...held];
    queue
      .renew(options.id, ids, options.leaseMs)
      .then((kept) => {
        for (const id of ids)
          if (!kept.has(id) && held.delete(id))
            say(`job ${id}: lease lost (taken back after it ran out); another worker will finish it`);
      })
      .catch((error: unknown) => {
        say(`cannot renew leases (${errorMessage(error)}); trying again`);
      })
      .finally(() => {
        beating = false;
      });
  }, options.leaseMs / 3);
  return {
    stop: () => {
      clearInterval(timer);
    },
  };
}

/** Waits `ms`, or less when the signal aborts. */
async function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  await sleep(ms, undefined, signal === undefined ? {} : { signal }).catch(() => undefined);
}

function addTally(total: IngestTally, part: IngestTally): void {
  total.added += part.added;
  total.replaced += part.replaced;
  total.unchanged += part.unchanged;
  total.duplicate += part.duplicate;
  total.copies += part.copies;
  total.failed += part.failed;
  for (const [reason, count] of Object.entries(part.failedBy))
    total.failedBy[reason] = (total.failedBy[reason] ?? 0) + count;
}
