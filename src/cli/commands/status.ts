import type { Command } from 'commander';
import { emptyCounts, type FailedJob, type QueueCounts } from '../../queue/job.js';
import { openQueue } from '../../queue/queue.js';
import { isPostgresUrl } from '../../store/postgres/connect.js';
import { DATABASE_OPTION, parsePositiveInteger } from '../database-option.js';
import type { CliIo } from '../io.js';
import { openStore } from '../open-store.js';

interface StatusCommandOptions {
  readonly db: string;
  readonly json?: boolean;
  readonly failed?: string | boolean;
}

/** Failed jobs listed by `--failed` without a number. */
const DEFAULT_FAILED_LIST = 20;

export function registerStatus(program: Command, io: CliIo): void {
  program
    .command('status')
    .description(
      'Show the ingest queue: how many jobs are queued, running, done and failed. A store whose queue ' +
        'was never used, and a SQLite store (which has none), show zeros.',
    )
    .option(...DATABASE_OPTION)
    .option(
      '--failed [n]',
      `also list the failed jobs with their last error (the latest ${DEFAULT_FAILED_LIST})`,
    )
    .option('--json', 'one JSON object: the counts, and the failed jobs with --failed')
    .action(async (options: StatusCommandOptions) => {
      const limit =
        options.failed === undefined || options.failed === false
          ? 0
          : options.failed === true
            ? DEFAULT_FAILED_LIST
            : parsePositiveInteger(options.failed, '--failed');
      const { counts, failed, location } = await readStatus(options.db, limit);
      if (options.json === true) {
        io.stdout.write(`${JSON.stringify({ ...counts, ...(limit > 0 ? { failedJobs: failed } : {}) })}\n`);
        return;
      }
      io.stdout.write(formatCounts(counts, location));
      for (const job of failed)
        io.stdout.write(
          `failed job ${job.id} (${job.attempts} attempts, ${job.finishedAt}): ${job.target}\n    ${job.error}\n`,
        );
    });
}

async function readStatus(
  db: string,
  limit: number,
): Promise<{ counts: QueueCounts; failed: FailedJob[]; location: string | null }> {
  if (!isPostgresUrl(db)) return { counts: emptyCounts(), failed: [], location: null };
  // Opening the store brings its schema up to date: the queue's table is there even if never used.
  const store = await openStore(db);
  const queue = openQueue(db, { maxConnections: 1 });
  try {
    return {
      counts: await queue.counts(),
      failed: limit > 0 ? await queue.failedJobs(limit) : [],
      location: queue.location,
    };
  } finally {
    await queue.close();
    await store.close();
  }
}

function formatCounts(counts: QueueCounts, location: string | null): string {
  const width = String(Math.max(counts.queued, counts.running, counts.done, counts.failed)).length;
  const line = (label: string, count: number, note = ''): string =>
    `${label.padEnd(8)}${String(count).padStart(width)}${note}\n`;
  const retrying = counts.retrying > 0 ? `  (${counts.retrying} waiting to be retried)` : '';
  const where =
    location === null
      ? 'queue: none (a SQLite store; the queue lives in a PostgreSQL store)\n'
      : `queue in ${location}\n`;
  return (
    where +
    line('queued', counts.queued, retrying) +
    line('running', counts.running) +
    line('done', counts.done) +
    line('failed', counts.failed, counts.failed > 0 ? '  (onrecord status --failed lists them)' : '')
  );
}
