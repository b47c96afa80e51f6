import { gunzipSync } from 'node:zlib';
import { errorMessage, StoreError } from '../../errors.js';
import { defaultDocumentKey, type IngestInput, type IngestOutcome, type Store } from '../store.js';
import { feedState, markFeedItemsSeen, saveFeedState, unseenFeedItems } from './feeds.js';
import { listFailures, recordFailure } from './ingest-failures.js';
import { listRevisions } from './revisions.js';
import { inRetriedTransaction, inSavepoint, isLostRace, row, type PgContext, type Sql } from './sql.js';
import { planDocument, planLockKeys, writeDocument, type DocumentPlan } from './write-document.js';
import { shingleCache } from './syndication.js';
import { lockKeys } from './write-locks.js';

type Methods = Pick<
  Store,
  | 'ingest'
  | 'ingestBatch'
  | 'storedVersion'
  | 'recordFailure'
  | 'listFailures'
  | 'readDocument'
  | 'feedState'
  | 'saveFeedState'
  | 'unseenFeedItems'
  | 'markFeedItemsSeen'
  | 'listRevisions'
>;

/**
 * The write half of the PostgreSQL store: ingest (each document one transaction), ingest in batches (one
 * transaction, a savepoint per document), the stored versions and bytes, failures, feeds and revisions.
 * Errors are reported as src/store/sqlite/sqlite-store.ts reports them.
 */
export function prepareWrite(context: PgContext): Methods {
  const { location, pool } = context;
  const shingles = shingleCache();

  const failed = (input: IngestInput, key: string, cause: unknown): IngestOutcome => {
    const name = input.extraction.file ?? input.extraction.url ?? key;
    const error = new StoreError(location, `could not store ${name}: ${errorMessage(cause)}`, { cause });
    return { status: 'failed', key, error };
  };

  const plan = (input: IngestInput): DocumentPlan | IngestOutcome => {
    const key = input.key ?? defaultDocumentKey(input.extraction);
    if (key === null)
      return {
        status: 'failed',
        key: '',
        error: new StoreError(location, 'cannot store a document that has neither a file nor a url'),
      };
    try {
      return planDocument(input, key);
    } catch (cause) {
      return failed(input, key, cause);
    }
  };

  /**
   * One document in a savepoint of the batch: its failure rolls back only it. A lost race is not the
   * document's fault: it ends the batch's transaction, which is tried again whole (inRetriedTransaction),
   * but on the last try, where the document fails alone.
   */
  const writeInBatch = async (sql: Sql, planned: DocumentPlan, lastTry: boolean): Promise<IngestOutcome> => {
    try {
      const result = await inSavepoint(sql, 'document', () => writeDocument(sql, planned, shingles));
      return { ...result, key: planned.key };
    } catch (cause) {
      if (!lastTry && isLostRace(cause)) throw cause;
      return failed(planned.input, planned.key, cause);
    }
  };

  const writeBatch = async (plans: readonly (DocumentPlan | IngestOutcome)[]): Promise<IngestOutcome[]> => {
    const writable = plans.filter(isPlan);
    // One document (a worker's job) is written as `ingest` writes it: no savepoint, and its people's locks
    // taken only when it needs them, after its article is written (write-document.ts).
    if (writable.length === 1 && plans.length === 1) return [await writeOne(writable[0]!)];
    return inRetriedTransaction(pool, async (sql, lastTry) => {
      // Each step's locks for every document before the first write, steps in order: see write-locks.ts.
      const locks = writable.map(planLockKeys);
      await lockKeys(
        sql,
        locks.flatMap((keys) => keys.document),
      );
      await lockKeys(
        sql,
        locks.flatMap((keys) => keys.linking),
      );
      const outcomes: IngestOutcome[] = [];
      for (const planned of plans)
        outcomes.push(isPlan(planned) ? await writeInBatch(sql, planned, lastTry) : planned);
      return outcomes;
    });
  };

  const writeOne = async (planned: DocumentPlan): Promise<IngestOutcome> => {
    try {
      const result = await inRetriedTransaction(pool, (sql) => writeDocument(sql, planned, shingles));
      return { ...result, key: planned.key };
    } catch (cause) {
      return failed(planned.input, planned.key, cause);
    }
  };

  const ingest = async (input: IngestInput): Promise<IngestOutcome> => {
    const planned = plan(input);
    return isPlan(planned) ? writeOne(planned) : planned;
  };

  const read = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (cause) {
      throw new StoreError(location, `cannot read: ${errorMessage(cause)}`, { cause });
    }
  };

  /** Writes report the store's own errors as they are, and others as a failed write. */
  const edit = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (cause) {
      if (cause instanceof StoreError) throw cause;
      throw new StoreError(location, `cannot write: ${errorMessage(cause)}`, { cause });
    }
  };

  return {
    ingest,
    ingestBatch: async (inputs) => {
      const plans = inputs.map(plan);
      try {
        return await writeBatch(plans);
      } catch (cause) {
        // The transaction failed as a whole (the connection broke, the commit failed): nothing of it is stored.
        const error = new StoreError(location, `could not store a batch: ${errorMessage(cause)}`, { cause });
        return inputs.map((input) => ({ status: 'failed' as const, key: input.key ?? '', error }));
      }
    },
    storedVersion: (key) =>
      read(async () => {
        const version = await row<{ articleId: number; contentHash: string; bytesHash: string | null }>(
          pool,
          `SELECT id AS "articleId", content_hash AS "contentHash",
              (SELECT bytes_hash FROM documents WHERE article_id = articles.id) AS "bytesHash"
            FROM articles WHERE source_key = $1`,
          [key],
        );
        return version ?? null;
      }),
    readDocument: (articleId) =>
      read(async () => {
        const document = await row<{ bytesGzip: Buffer; contentType: string | null }>(
          pool,
          'SELECT bytes_gzip AS "bytesGzip", content_type AS "contentType" FROM documents WHERE article_id = $1',
          [articleId],
        );
        return document ? { bytes: gunzipSync(document.bytesGzip), contentType: document.contentType } : null;
      }),
    recordFailure: (failure) => edit(() => recordFailure(pool, failure)),
    listFailures: () => read(() => listFailures(pool)),
    listRevisions: (key) => read(() => listRevisions(pool, key)),
    feedState: (url) => read(() => feedState(pool, url)),
    saveFeedState: (check) => edit(() => saveFeedState(pool, check)),
    unseenFeedItems: (url, keys) => read(() => unseenFeedItems(pool, url, keys)),
    markFeedItemsSeen: (url, items, seenAt) =>
      edit(() => markFeedItemsSeen(pool, url, items, seenAt ?? new Date().toISOString())),
  };
}

function isPlan(planned: DocumentPlan | IngestOutcome): planned is DocumentPlan {
  return 'hash' in planned;
}
