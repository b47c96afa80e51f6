import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeText, readDocumentFile } from '../acquire/index.js';
import { errorMessage } from '../errors.js';
import { extract } from '../extract.js';
import type { Document } from '../types.js';
import { contentHash } from '../store/content-hash.js';
import type { IngestOutcome, IngestStatus, Store } from '../store/index.js';
import type { ArticlePath } from './article-paths.js';
import { createProgress } from './progress.js';

/** How many files are being read while one is analyzed and stored. */

export type IngestTally = Record<IngestStatus, number>;

export interface IngestFilesOptions {
  readonly maxBytes: number;
  /** Where errors and the progress line go. */
  readonly stderr: NodeJS.WritableStream;
  /** Prefix of each error line, e.g. `onrecord ingest`. */
  readonly command: string;
}

/**
 * Reads, extracts and stores each file, one transaction per file. A file that fails is reported on
 * stderr and the batch goes on; the tally says what happened to every input. The next files are read
 */
export async function ingestFiles(
  store: Store,
  inputs: readonly ArticlePath[],
  options: IngestFilesOptions,
): Promise<IngestTally> {
  const tally: IngestTally = { added: 0, replaced: 0, unchanged: 0, failed: 0 };
  const progress = createProgress(options.stderr);
  const fail = (message: string): void => {
    tally.failed += 1;
    progress.done();
    options.stderr.write(`${options.command}: ${message}\n`);
  };
  const read = (input: ArticlePath): Document | string => {
    if ('error' in input) return input.error.message;
    try {
      return readDocumentFile(input.file, { maxBytes: options.maxBytes });
    } catch (error) {
      return errorMessage(error);
    }
  };
  for (let index = 0; index < inputs.length; index += 1) {
    const document = read(inputs[index]!);
    const outcome =
      typeof document === 'string' ? document : await storeDocument(store, document).catch(errorMessage);
    if (typeof outcome === 'string') fail(outcome);
    else if (outcome.status === 'failed') fail(outcome.error.message);
    else tally[outcome.status] += 1;
    progress.update(() => `ingesting ${index + 1}/${inputs.length}: ${formatTally(tally)}`);
  }
  progress.done();
  return tally;
}

async function storeDocument(store: Store, document: Document): Promise<IngestOutcome> {
  const text = decodeText(document);
  // A file is known by its absolute location, so that `a.txt` and `./a.txt` are one document.
  const key = pathToFileURL(resolve(document.name)).href;
  // An unchanged file is not analyzed again (the store would leave it alone anyway).
  const stored = await store.storedVersion(key);
  if (stored?.contentHash === contentHash(text))
    return { status: 'unchanged', key, articleId: stored.articleId };
  const extraction = extract(text, { file: document.name });
  return store.ingest({ text, extraction, key, fetchedAt: document.fetchedAt });
}

export const formatTally = (tally: IngestTally): string =>
  `${tally.added} added, ${tally.replaced} replaced, ${tally.unchanged} unchanged, ${tally.failed} failed`;

export const tallyTotal = (tally: IngestTally): number =>
  tally.added + tally.replaced + tally.unchanged + tally.failed;
