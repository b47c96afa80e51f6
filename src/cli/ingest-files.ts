import { fileKey, readDocumentFromFile, type SourceItem } from '../acquire/sources/index.js';
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
async function* fileItems(inputs: readonly ArticlePath[], maxBytes: number): AsyncIterable<SourceItem> {
  for (const input of inputs) {
    if ('file' in input) yield await readDocumentFromFile(input.file, false, { maxBytes });
    else {
      const { file, reason, message } = input.error;
      yield { ok: false, name: file, origin: 'file', key: fileKey(file), reason, message };
    }
  }
}
