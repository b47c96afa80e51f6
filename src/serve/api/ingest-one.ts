import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import type { SourceItem } from '../../acquire/sources/source-item.js';
import { ingestDocuments, type DocumentOutcome } from '../../ingest/index.js';
import type { Store } from '../../store/index.js';

/** What the API posts: a text, a page's HTML (with the URL it came from, when known), or a URL to fetch. */
export type IngestBody =
  { readonly text: string } | { readonly html: string; readonly url?: string | undefined };

/** What became of one posted document. */
export type IngestResult =
  | {
      readonly status: 'added' | 'replaced' | 'unchanged' | 'duplicate';
      readonly key: string;
      readonly articleId: number;
      readonly copyOf: number | null;
    }
  | { readonly status: 'failed'; readonly key: string; readonly reason: string; readonly message: string };

/**
 * A posted text or page as a source item. Without a URL it has no name to be known by, so its key is its
 * content (`api:sha256:...`, as standard input is): the same text posted twice is one document.
 */
export function postedItem(body: IngestBody, now: Date = new Date()): SourceItem {
  const isHtml = 'html' in body;
  const bytes = new TextEncoder().encode(isHtml ? body.html : body.text);
  const url = isHtml ? (body.url ?? null) : null;
  const key = url ?? `api:sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  return {
    ok: true,
    key,
    document: {
      origin: url === null ? 'stdin' : 'url',
      name: key,
      bytes,
      fetchedAt: now.toISOString(),
      url,
      contentType: isHtml ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
      hints: { format: isHtml ? 'html' : 'text' },
    },
  };
}

/**
 * Ingests one item through the same pipeline as `onrecord ingest` (read, analyze, store, failures kept for
 * `onrecord errors`), in this thread, and says what became of it.
 */
export async function ingestOne(store: Store, item: SourceItem): Promise<IngestResult> {
  let outcome: DocumentOutcome | undefined;
  await ingestDocuments(store, [item], {
    stderr: discard(),
    command: 'onrecord serve',
    threads: 0,
    onOutcome: (result) => {
      outcome = result;
    },
  });
  if (outcome === undefined)
    return { status: 'failed', key: item.key, reason: 'unknown', message: 'the document was not stored' };
  if (outcome.status === 'failed')
    return { status: 'failed', key: outcome.key, reason: outcome.reason, message: outcome.message };
  return { status: outcome.status, key: outcome.key, articleId: outcome.articleId, copyOf: outcome.copyOf };
}

/** The pipeline writes each failure as a line for a terminal; the API answers with it instead. */
const discard = (): Writable =>
  new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });
