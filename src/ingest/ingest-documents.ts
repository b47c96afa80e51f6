import type { SourceDocument, SourceFailure, SourceItem } from '../acquire/sources/source-item.js';
import { errorMessage } from '../errors.js';
import type { IngestFailure, Store } from '../store/index.js';
import { bytesHash, type PreparedDocument } from './prepare-document.js';
import { createPreparer, type Preparer } from './preparer.js';
import { emptyTally, type IngestTally } from './tally.js';

/**
 * Most documents stored in one transaction: enough that a commit's cost is shared, few enough that a
 * killed process has little to redo (a batch is all or nothing; every document in it is whole).
 */
const MAX_BATCH = 64;

/** A document handed to a worker, in input order. */
interface Pending {
  readonly name: string;
  readonly result: Promise<PreparedDocument | Unchanged>;
  settled: boolean;
}

interface Finished {
  readonly name: string;
  readonly result: PreparedDocument | Unchanged;
}

/** A document whose bytes are stored already under its key: skipped before any work. */
interface Unchanged {
  readonly unchanged: true;
  readonly key: string;
  readonly articleId: number;
}

const isUnchanged = (result: PreparedDocument | Unchanged): result is Unchanged => 'unchanged' in result;

/** What became of one document, as it happens: for callers that answer per document (the HTTP API). */
export type DocumentOutcome =
  | {
      readonly key: string;
      readonly name: string;
      readonly status: 'added' | 'replaced' | 'unchanged' | 'duplicate';
      readonly articleId: number;
      /** For an added article that is a syndicated copy: the article it copies. */
      readonly copyOf: number | null;
    }
  | {
      readonly key: string;
      readonly name: string;
      readonly status: 'failed';
      readonly reason: string;
      readonly message: string;
    };

export interface IngestProgressEvent {
  readonly done: number;
  readonly tally: IngestTally;
  /** The name of the document just finished. */
  readonly name: string;
}

/**
 * Where an ingest's time went, in milliseconds summed over documents: the workers' stages (in parallel,
 * so they may add up to more than the wall time), and this thread's waiting for the sources and writing
 * the store.
 */
export interface IngestStats {
  read: number;
  analyze: number;
  compress: number;
  /** Waiting for the next input: reading files, unpacking archives, fetching. */
  source: number;
  /** Writing to the store, linking people and statements included. */
  store: number;
}

export const emptyStats = (): IngestStats => ({ read: 0, analyze: 0, compress: 0, source: 0, store: 0 });

export interface IngestDocumentsOptions {
  /** Filled with where the time went, when given. */
  readonly stats?: IngestStats;
  /** Where each failure is reported as it happens (one line each). */
  readonly stderr: NodeJS.WritableStream;
  /** Prefix of each error line, e.g. `onrecord ingest`. */
  readonly command: string;
  /** Worker threads (default: one per core; 0 works in this thread). */
  readonly threads?: number;
  /** A pool to reuse across calls (watch rounds); when given, `threads` is ignored and it is not closed. */
  readonly preparer?: Preparer;
  /** Called with what became of each document, in the order they are finished. */
  readonly onOutcome?: (outcome: DocumentOutcome) => void;
  /** Called after every document. */
  readonly onProgress?: (event: IngestProgressEvent) => void;
  /** Checked before each new document is taken: when it returns true the run stops cleanly. */
  readonly shouldStop?: () => boolean;
}

/**
 * Ingests a stream of documents: each is read and analyzed on a worker thread, then stored on this thread
 * in input order, the documents ready at once in one transaction (each document whole or not at all). A bounded window of documents is in flight, so memory
 * stays flat whatever the input's size. A document whose key and original bytes are already stored is
 * skipped before any work (which is what makes an interrupted run, run again, continue where it stopped).
 * Failures are reported, kept in the store with their reason, and never stop the run.
 */
export async function ingestDocuments(
  store: Store,
  items: AsyncIterable<SourceItem> | Iterable<SourceItem>,
  options: IngestDocumentsOptions,
): Promise<IngestTally> {
  const tally = emptyTally();
  const preparer =
    options.preparer ??
    createPreparer({ ...(options.threads === undefined ? {} : { threads: options.threads }) });
  // Enough in flight to keep every worker busy while the store writes; few enough to keep memory flat.
  const window = Math.max(2, preparer.threads * 4);
  const pending: Pending[] = [];
  let done = 0;

  const fail = async (failure: IngestFailure): Promise<void> => {
    tally.failed += 1;
    tally.failedBy[failure.reason] = (tally.failedBy[failure.reason] ?? 0) + 1;
    options.stderr.write(`${options.command}: ${failure.message}\n`);
    await store.recordFailure(failure).catch((error: unknown) => {
      options.stderr.write(`${options.command}: could not record the failure: ${errorMessage(error)}\n`);
    });
  };

  const stats = options.stats;
  /** Stores a run of finished documents in one batch (one commit), then counts each in input order. */
  const finish = async (batch: readonly Finished[]): Promise<void> => {
    const toStore = batch.flatMap(({ result }) => (!isUnchanged(result) && result.ok ? [result] : []));
    const writing = performance.now();
    const outcomes = toStore.length > 0 ? await store.ingestBatch(toStore.map(({ input }) => input)) : [];
    if (stats) stats.store += performance.now() - writing;
    let stored = 0;
    for (const { name, result } of batch) {
      if (!isUnchanged(result) && stats && result.timings) {
        stats.read += result.timings.read;
        stats.analyze += result.timings.analyze;
        stats.compress += result.timings.compress;
      }
      if (isUnchanged(result)) {
        tally.unchanged += 1;
        options.onOutcome?.({ ...result, name, status: 'unchanged', copyOf: null });
      } else if (!result.ok) {
        await fail(result);
        options.onOutcome?.({ ...result, name, status: 'failed' });
      } else {
        const outcome = outcomes[stored++]!;
        if (outcome.status === 'failed') {
          const failure = {
            key: result.key,
            name,
            origin: result.input.document?.origin ?? 'file',
            reason: 'store',
            message: outcome.error.message,
          };
          await fail(failure);
          options.onOutcome?.({ ...failure, status: 'failed' });
        } else {
          tally[outcome.status] += 1;
          if (outcome.status === 'added' && outcome.copyOf != null) tally.copies += 1;
          options.onOutcome?.({
            key: result.key,
            name,
            status: outcome.status,
            articleId: outcome.articleId,
            copyOf: outcome.copyOf ?? null,
          });
        }
      }
      done += 1;
      options.onProgress?.({ done, tally, name });
    }
  };

  /** Waits for the oldest document, and takes with it those after it that are ready too. */
  const drainBatch = async (): Promise<void> => {
    const head = pending.shift();
    if (!head) return;
    const batch: Finished[] = [{ name: head.name, result: await head.result }];
    while (batch.length < MAX_BATCH && pending[0]?.settled === true) {
      const next = pending.shift()!;
      batch.push({ name: next.name, result: await next.result });
    }
    await finish(batch);
  };

  try {
    for await (const item of timed(items, stats)) {
      if (!item.ok) {
        await fail(failureOf(item));
        options.onOutcome?.({
          key: item.key,
          name: item.name,
          status: 'failed',
          reason: item.reason,
          message: item.message,
        });
        done += 1;
        options.onProgress?.({ done, tally, name: item.name });
      } else {
        const entry: Pending = {
          name: item.document.name,
          result: start(store, preparer, item),
          settled: false,
        };
        // Settled either way: a rejection (the store's connection lost while asking for a stored
        // version) is awaited, and reported, where the batch is drained; left unhandled here it would end
        // the process.
        const settle = () => {
          entry.settled = true;
        };
        entry.result.then(settle, settle);
        pending.push(entry);
        if (pending.length >= window) await drainBatch();
      }
      if (options.shouldStop?.() === true) break;
    }
    while (pending.length > 0) await drainBatch();
  } finally {
    // Whatever stopped the run, what was already read is finished and stored before returning.
    while (pending.length > 0) await drainBatch().catch(() => undefined);
    if (options.preparer === undefined) await preparer.close();
  }
  return tally;
}

/** Skips a document already stored byte for byte under its key; else hands it to a worker. */
async function start(
  store: Store,
  preparer: Preparer,
  item: SourceDocument,
): Promise<PreparedDocument | Unchanged> {
  const stored = await store.storedVersion(item.key);
  if (stored?.bytesHash != null && stored.bytesHash === bytesHash(item.document.bytes))
    return { unchanged: true, key: item.key, articleId: stored.articleId };
  try {
    return await preparer.prepare(item);
  } catch (error) {
    return {
      ok: false,
      key: item.key,
      name: item.document.name,
      origin: item.document.origin,
      reason: 'worker',
      message: `${item.document.name}: ${errorMessage(error)}`,
    };
  }
}

const failureOf = (item: SourceFailure): IngestFailure => ({
  key: item.key,
  name: item.name,
  origin: item.origin,
  reason: item.reason,
  message: item.message,
});

/** The items, with the time spent waiting for each added to `stats.source`. */
async function* timed(
  items: AsyncIterable<SourceItem> | Iterable<SourceItem>,
  stats: IngestStats | undefined,
): AsyncIterable<SourceItem> {
  if (!stats) {
    yield* items;
    return;
  }
  const iterator =
    Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : toAsyncIterator(items[Symbol.iterator]());
  try {
    for (;;) {
      const waiting = performance.now();
      const next = await iterator.next();
      stats.source += performance.now() - waiting;
      if (next.done === true) return;
      yield next.value;
    }
  } finally {
    // A run that stops early closes the source (its open files) as `for await` would.
    await iterator.return?.();
  }
}

function toAsyncIterator<T>(iterator: Iterator<T>): AsyncIterator<T> {
  return { next: () => Promise.resolve(iterator.next()) };
}
