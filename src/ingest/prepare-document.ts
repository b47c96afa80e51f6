import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { SourceDocument } from '../acquire/sources/source-item.js';
import { errorMessage, InputError } from '../errors.js';
import { extract } from '../extract.js';
import { articleBody } from '../read/article-body.js';
import { readDocument } from '../read/read-document.js';
import type { IngestInput } from '../store/index.js';

/** Milliseconds a worker spent on one document, by stage: where an ingest's time goes. */
export interface StageTimings {
  /** Decoding the bytes and reading the page or text into an Article (HTML extraction). */
  readonly read: number;
  /** Finding who said what. */
  readonly analyze: number;
  /** Hashing and compressing the original bytes. */
  readonly compress: number;
}

/** A document made ready to store, or why it cannot be: what a worker sends back. */
export type PreparedDocument = (
  | { readonly ok: true; readonly key: string; readonly input: IngestInput }
  | {
      readonly ok: false;
      readonly key: string;
      readonly name: string;
      readonly origin: string;
      readonly reason: string;
      readonly message: string;
    }
) & { readonly timings?: StageTimings };

/** sha256 of a document's original bytes, hex. */
export const bytesHash = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The CPU-heavy part of ingesting one document, done in a worker: decode and read it, find who said what,
 * and compress the original bytes. Pure: the store is written by the caller, one document at a time.
 * Never throws: a document that cannot be read comes back as a failure with its reason.
 */
export function prepareDocument(item: SourceDocument): PreparedDocument {
  const { document, key } = item;
  const started = performance.now();
  let read = 0;
  let analyze = 0;
  const fail = (reason: string, message: string): PreparedDocument => ({
    ok: false,
    key,
    name: document.name,
    origin: document.origin,
    reason,
    message,
    timings: { read: read || performance.now() - started, analyze, compress: 0 },
  });
  try {
    const article = readDocument(document);
    read = performance.now() - started;
    if (articleBody(article).trim() === '' && article.text.trim() === '')
      return fail('no-text', `${document.name}: no article text found`);
    const fromFile = document.origin !== 'url' && document.origin !== 'feed';
    const extraction = extract(article, {
      file: fromFile ? document.name : null,
      url: document.url ?? article.meta.url ?? null,
    });
    analyze = performance.now() - started - read;
    const hash = bytesHash(document.bytes);
    const bytesGzip = gzipSync(document.bytes, { level: 6 });
    const compress = performance.now() - started - read - analyze;
    return {
      timings: { read, analyze, compress },
      ok: true,
      key,
      input: {
        text: article.text,
        extraction,
        key,
        fetchedAt: document.fetchedAt,
        document: {
          origin: document.origin,
          name: document.name,
          url: document.url ?? null,
          contentType: document.contentType ?? null,
          bytesHash: hash,
          bytesGzip,
        },
      },
    };
  } catch (error) {
    if (error instanceof InputError) return fail(error.reason, error.message);
    return fail('read-failed', `${document.name}: ${errorMessage(error)}`);
  }
}
