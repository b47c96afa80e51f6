import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { Piscina } from 'piscina';
import type { SourceDocument } from '../acquire/sources/source-item.js';
import { prepareDocument, type PreparedDocument } from './prepare-document.js';

/** Prepares documents, on worker threads when there are cores to spare, else in this thread. */
export interface Preparer {
  readonly threads: number;
  prepare(item: SourceDocument): Promise<PreparedDocument>;
  close(): Promise<void>;
}

export interface PreparerOptions {
  /** Worker threads; 0 prepares in this thread. Defaults to one per core. */
  readonly threads?: number;
}

/** Cores to use by default: all of them (the main thread mostly waits on the store). */
export const defaultThreads = (): number => availableParallelism();

/**
 * A pool of worker threads (piscina) running prepareDocument. Workers need the compiled worker.js beside
 * this module; run from TypeScript sources (tests) there is none, and documents are prepared in this
 * thread, with the same results.
 */
export function createPreparer(options: PreparerOptions = {}): Preparer {
  const threads = options.threads ?? defaultThreads();
  const workerUrl = new URL('./worker.js', import.meta.url);
  const compiled = workerUrl.protocol === 'file:' && existsSync(fileURLToPath(workerUrl));
  if (threads <= 0 || !compiled) {
    return {
      threads: 0,
      prepare: (item) => Promise.resolve(prepareDocument(item)),
      close: () => Promise.resolve(),
    };
  }
  const pool = new Piscina<SourceDocument, PreparedDocument>({
    filename: workerUrl.href,
    minThreads: threads,
    maxThreads: threads,
    // No cap of its own: the caller keeps a bounded window of documents in flight.
    idleTimeout: 5_000,
  });
  return {
    threads,
    prepare: (item) => pool.run(item),
    close: () => pool.destroy(),
  };
}
