import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import type { SourceItem } from '../../acquire/sources/source-item.js';
import { ingestDocuments } from '../../ingest/index.js';
import type { IngestFailure, IngestOutcome, Store } from '../../store/index.js';

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
 * `onrecord errors`), in this thread, and says what became of it. The pipeline reports a tally; the outcome
 * itself (the article id, a duplicate's original) is read off the store calls it makes.
 */
export async function ingestOne(store: Store, item: SourceItem): Promise<IngestResult> {
  const seen: { outcome?: IngestOutcome; failure?: IngestFailure } = {};
  const watched = watchStore(store, seen);
  await ingestDocuments(watched, [item], { stderr: discard(), command: 'onrecord serve', threads: 0 });
  const { outcome, failure } = seen;
  if (failure) return { status: 'failed', key: item.key, reason: failure.reason, message: failure.message };
  if (outcome?.status === 'failed')
    return { status: 'failed', key: item.key, reason: 'store', message: outcome.error.message };
  if (outcome)
    return {
      status: outcome.status,
      key: outcome.key,
      articleId: outcome.articleId,
      copyOf: outcome.copyOf ?? null,
    };
  // Skipped before any work: the same bytes are already stored under this key.
  const stored = await store.storedVersion(item.key);
  if (stored) return { status: 'unchanged', key: item.key, articleId: stored.articleId, copyOf: null };
  return { status: 'failed', key: item.key, reason: 'unknown', message: 'the document was not stored' };
}

/** The store, with the outcome of its writes and the failure it is told to keep copied into `seen`. */
function watchStore(store: Store, seen: { outcome?: IngestOutcome; failure?: IngestFailure }): Store {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'ingestBatch')
        return async (inputs: Parameters<Store['ingestBatch']>[0]) => {
          const outcomes = await target.ingestBatch(inputs);
          if (outcomes[0]) seen.outcome = outcomes[0];
          return outcomes;
        };
      if (property === 'recordFailure')
        return async (failure: IngestFailure) => {
          seen.failure = failure;
          await target.recordFailure(failure);
        };
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The pipeline writes each failure as a line for a terminal; the API answers with it instead. */
const discard = (): Writable =>
  new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });
