import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readDocumentFile } from '../acquire/index.js';
import type { SourceItem } from '../acquire/sources/source-item.js';
import { InputError, errorMessage } from '../errors.js';
import { ingestDocuments, type IngestTally } from '../ingest/index.js';
import type { Store } from '../store/index.js';
import type { ArticlePath } from './article-paths.js';
import { createIngestProgress } from './ingest-progress.js';

export interface IngestFilesOptions {
  readonly maxBytes: number;
  /** Where errors and the progress line go. */
  readonly stderr: NodeJS.WritableStream;
  /** Prefix of each error line, e.g. `onrecord ingest`. */
  readonly command: string;
  /** Worker threads (default: one per core). */
  readonly threads?: number;
}

/** Ingests a known list of files (the demo's samples), with progress against their count. */
export async function ingestFiles(
  store: Store,
  inputs: readonly ArticlePath[],
  options: IngestFilesOptions,
): Promise<IngestTally> {
  const progress = createIngestProgress(options.stderr, { total: inputs.length });
  try {
    return await ingestDocuments(store, fileItems(inputs, options.maxBytes), {
      stderr: options.stderr,
      command: options.command,
      ...(options.threads === undefined ? {} : { threads: options.threads }),
      onProgress: (event) => {
        progress.update(event);
      },
    });
  } finally {
    progress.done();
  }
}

/** The files as source items, read one at a time as the ingest asks for them. */
function* fileItems(inputs: readonly ArticlePath[], maxBytes: number): Iterable<SourceItem> {
  for (const input of inputs) {
    if ('error' in input) {
      yield {
        ok: false,
        name: input.error.file,
        origin: 'file',
        key: input.error.file,
        reason: input.error.reason,
        message: input.error.message,
      };
      continue;
    }
    // A file is known by its absolute location, so that `a.txt` and `./a.txt` are one document.
    const key = pathToFileURL(resolve(input.file)).href;
    try {
      yield { ok: true, key, document: readDocumentFile(input.file, { maxBytes }) };
    } catch (error) {
      const reason = error instanceof InputError ? error.reason : 'unreadable';
      yield { ok: false, name: input.file, origin: 'file', key, reason, message: errorMessage(error) };
    }
  }
}
