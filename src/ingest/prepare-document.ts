import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { SourceDocument } from '../acquire/sources/source-item.js';
import { errorMessage, InputError } from '../errors.js';
import { extract } from '../extract.js';
import { articleBody } from '../read/article-body.js';
import { readDocument } from '../read/read-document.js';
import type { IngestInput } from '../store/index.js';

/** A document made ready to store, or why it cannot be: what a worker sends back. */
export type PreparedDocument =
  | { readonly ok: true; readonly key: string; readonly input: IngestInput }
  | {
      readonly ok: false;
      readonly key: string;
      readonly name: string;
      readonly origin: string;
      readonly reason: string;
      readonly message: string;
    };

/** sha256 of a document's original bytes, hex. */
export const bytesHash = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The CPU-heavy part of ingesting one document, done in a worker: decode and read it, find who said what,
 * and compress the original bytes. Pure: the store is written by the caller, one document at a time.
 * Never throws: a document that cannot be read comes back as a failure with its reason.
 */
export function prepareDocument(item: SourceDocument): PreparedDocument {
  const { document, key } = item;
  const fail = (reason: string, message: string): PreparedDocument => ({
    ok: false,
    key,
    name: document.name,
    origin: document.origin,
    reason,
    message,
  });
  try {
    const article = readDocument(document);
    if (articleBody(article).trim() === '' && article.text.trim() === '')
      return fail('no-text', `${document.name}: no article text found`);
    const fromFile = document.origin !== 'url' && document.origin !== 'feed';
    const extraction = extract(article, {
      file: fromFile ? document.name : null,
      url: document.url ?? article.meta.url ?? null,
    });
    return {
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
          bytesHash: bytesHash(document.bytes),
          bytesGzip: gzipSync(document.bytes, { level: 6 }),
        },
      },
    };
  } catch (error) {
    if (error instanceof InputError) return fail(error.reason, error.message);
    return fail('read-failed', `${document.name}: ${errorMessage(error)}`);
  }
}
