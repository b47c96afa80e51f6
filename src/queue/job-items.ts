import type { Fetcher } from '../acquire/fetch/index.js';
import { readDocumentFromFile } from '../acquire/sources/read-document-file.js';
import type { SourceItem } from '../acquire/sources/source-item.js';
import { urlItems } from '../ingest/url-items.js';
import type { JobTarget } from './job.js';

export interface JobReading {
  readonly fetcher: Fetcher;
  /** The size cap of one document, in bytes. */
  readonly maxBytes: number;
}

/** The documents a job stands for, read as `onrecord ingest` would read them (a feed: its items). */
export async function* jobItems(target: JobTarget, reading: JobReading): AsyncIterable<SourceItem> {
  switch (target.source) {
    case 'url':
      yield* urlItems(reading.fetcher, target.url);
      return;
    case 'file':
      yield await readDocumentFromFile(target.path, target.gzip, {
        cwd: target.cwd,
        maxBytes: reading.maxBytes,
      });
      return;
    case 'document': {
      const { key, origin, name, fetchedAt, url, contentType, hints, bytes } = target;
      yield {
        ok: true,
        key,
        document: { origin, name, fetchedAt, url, contentType, ...(hints === null ? {} : { hints }), bytes },
      };
      return;
    }
  }
}
