import type { Command } from 'commander';
import { createFetcher } from '../../acquire/fetch/index.js';
import { UsageError } from '../../errors.js';
import { createPreparer, defaultThreads, formatTally } from '../../ingest/index.js';
import { openQueue } from '../../queue/queue.js';
import { runWorker, type WorkerUntil } from '../../queue/run-worker.js';
import { redactUrl } from '../../store/postgres/connect.js';
import { newWorkerId, withApplicationName } from '../../queue/worker-id.js';
import { DATABASE_OPTION, parsePositiveInteger } from '../database-option.js';
import type { CliIo } from '../io.js';
import type { ExitState } from '../main.js';
import { openStore } from '../open-store.js';
import { HOST_DELAY_OPTION, parseByteSize, parseHostDelay } from '../options.js';
import { queueDatabase } from '../queue-database.js';

interface WorkerCommandOptions {
  readonly db: string;
  readonly concurrency?: string;
  readonly threads?: string;
  readonly lease: string;
  readonly poll: string;
  readonly once?: boolean;
  readonly untilEmpty?: boolean;
  readonly maxBytes: string;
  readonly hostDelay: string;
  readonly allowPrivate?: boolean;
  readonly stats?: boolean;
}

export function registerWorker(program: Command, io: CliIo, exit: ExitState): void {
  program
    .command('worker')
    .description(
      'Take ingest jobs from the queue in the PostgreSQL store (`onrecord ingest --queue`) and do them, ' +
        'until stopped: any number of workers, on any number of machines, share one queue. A job whose ' +
        'worker dies is taken up again when its lease runs out; a failed attempt is retried with backoff. ' +
        'Ctrl-C or SIGTERM finishes the jobs in hand, then stops.',
    )
    .option(...DATABASE_OPTION)
    .option('--concurrency <n>', 'jobs in hand at once (default: two per worker thread)')
    .option('--threads <n>', 'worker threads reading and analyzing documents (default: one per core)')
    .option('--lease <seconds>', 'how long a job stays ours without a heartbeat (renewed every third)', '60')
    .option('--poll <seconds>', 'how long to wait before asking again when no job is ready', '1')
    .option('--once', 'do the jobs that are ready, then stop')
    .option('--until-empty', 'stop when no job is queued or running (retries and other workers waited for)')
    .option('--max-bytes <size>', 'refuse documents larger than this (e.g. 5MB)', '5MB')
    .option(...HOST_DELAY_OPTION)
    .option(
      '--allow-private',
      'fetch URLs on private, loopback and other reserved addresses too (intranet use; refused by default)',
    )
    .option('--stats', 'at the end, print one JSON line with the counts and where the time went')
    .action(async (options: WorkerCommandOptions) => {
      if (options.once === true && options.untilEmpty === true)
        throw new UsageError('--once and --until-empty do not go together: choose one');
      const url = queueDatabase(options.db, 'onrecord worker');
      const threads =
        options.threads === undefined ? defaultThreads() : parsePositiveInteger(options.threads, '--threads');
      const concurrency =
        options.concurrency === undefined
          ? Math.max(2, threads * 2)
          : parsePositiveInteger(options.concurrency, '--concurrency');
      const leaseMs = parseSeconds(options.lease, '--lease') * 1000;
      const pollMs = parseSeconds(options.poll, '--poll') * 1000;
      const until: WorkerUntil =
        options.once === true ? 'idle' : options.untilEmpty === true ? 'empty' : 'stopped';
      const maxBytes = parseByteSize(options.maxBytes);
      const id = newWorkerId();
      const named = withApplicationName(url, id);

      const store = await openStore(named);
      const queue = openQueue(named);
      const preparer = createPreparer({ threads });
      const stop = new AbortController();
      // The first signal stops claiming; with the handlers gone, a second one ends the process at once.
      const interrupt = (): void => {
        io.stderr.write('onrecord worker: stopping after the jobs in hand (again to stop now)\n');
        process.off('SIGINT', interrupt);
        process.off('SIGTERM', interrupt);
        stop.abort();
      };
      process.on('SIGINT', interrupt);
      process.on('SIGTERM', interrupt);
      const started = performance.now();
      io.stderr.write(`onrecord worker ${id}: taking jobs from ${redactUrl(url)}\n`);
      try {
        const tally = await runWorker(store, queue, {
          id,
          concurrency,
          leaseMs,
          pollMs,
          until,
          preparer,
          reading: {
            maxBytes,
            fetcher: createFetcher({
              allowPrivate: options.allowPrivate === true,
              maxBytes,
              minDelayMs: parseHostDelay(options.hostDelay),
            }),
          },
          stderr: io.stderr,
          signal: stop.signal,
        });
        const { done, retried, failed, lost } = tally.jobs;
        io.stderr.write(
          `onrecord worker ${id}: ${done} jobs done, ${retried} to be retried, ${failed} failed, ` +
            `${lost} lost to other workers; documents: ${formatTally(tally.documents)}\n`,
        );
        if (options.stats === true) {
          const seconds = (performance.now() - started) / 1000;
          const ms = Object.fromEntries(
            Object.entries(tally.stats).map(([stage, time]: [string, number]) => [stage, Math.round(time)]),
          );
          io.stdout.write(
            `${JSON.stringify({ worker: id, seconds: Number(seconds.toFixed(3)), jobs: tally.jobs, documents: tally.documents, threads, concurrency, ms })}\n`,
          );
        }
        if (failed > 0) exit.code = 1;
      } finally {
        process.off('SIGINT', interrupt);
        process.off('SIGTERM', interrupt);
        await preparer.close();
        await queue.close();
        await store.close();
      }
    });
}

/** `60`, `2.5`: a positive number of seconds. */
function parseSeconds(value: string, option: string): number {
  const seconds = Number(value);
  if (!/^\s*\d+(?:\.\d+)?\s*$/.test(value) || !(seconds > 0))
    throw new UsageError(`${option} needs a number of seconds above 0, not ${JSON.stringify(value)}`);
  return seconds;
}
