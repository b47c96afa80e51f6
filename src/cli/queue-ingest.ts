import { expandInputs } from '../acquire/sources/index.js';
import { enqueueInputs } from '../queue/enqueue-inputs.js';
import { openQueue } from '../queue/queue.js';
import { EXIT_SOME_FAILED, type CliIo } from './io.js';
import type { ExitState } from './main.js';
import { openStore } from './open-store.js';
import { queueDatabase } from './queue-database.js';

export interface QueueIngestOptions {
  readonly db: string;
  readonly maxBytes: number;
}

/**
 * `onrecord ingest --queue`: the inputs become jobs in the PostgreSQL store's queue for `onrecord worker`
 * processes to do, on this machine or others. URLs and files are queued by address (a file must be where
 * the workers can read it, at the same path); standard input and the records of JSON Lines and WARC files
 * are read here and queued with their bytes. Refused on a SQLite store, which has no queue.
 */
export async function queueIngest(
  inputs: readonly string[],
  options: QueueIngestOptions,
  io: CliIo,
  exit: ExitState,
): Promise<void> {
  const url = queueDatabase(options.db, 'ingest --queue');
  const store = await openStore(url);
  const queue = openQueue(url, { maxConnections: 1 });
  const stop = { requested: false };
  const interrupt = (): void => {
    stop.requested = true;
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    const tally = await enqueueInputs(store, queue, expandInputs(inputs), {
      maxBytes: options.maxBytes,
      stdin: io.stdin,
      stderr: io.stderr,
      command: 'onrecord ingest',
      shouldStop: () => stop.requested,
    });
    const requeued = tally.requeued > 0 ? `, ${tally.requeued} queued again` : '';
    const failed = tally.failed > 0 ? `, ${tally.failed} unreadable (onrecord errors lists them)` : '';
    io.stderr.write(
      `queued ${tally.added} new jobs${requeued}, ${tally.already} already queued or done${failed}; ` +
        `\`onrecord worker\` does them (onrecord status shows how far they are)\n`,
    );
    if (tally.failed > 0) exit.code = EXIT_SOME_FAILED;
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    await queue.close();
    await store.close();
  }
}
