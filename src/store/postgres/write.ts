import { gunzipSync } from 'node:zlib';
import { errorMessage, StoreError } from '../../errors.js';
import { defaultDocumentKey, type IngestInput, type IngestOutcome, type Store } from '../store.js';
import { feedState, markFeedItemsSeen, saveFeedState, unseenFeedItems } from './feeds.js';
import { listFailures, recordFailure } from './ingest-failures.js';
import { listRevisions } from './revisions.js';
import { inSavepoint, inTransaction, row, type PgContext, type Sql } from './sql.js';
import { planDocument, planLockKeys, writeDocument, type DocumentPlan } from './write-document.js';
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
 * How many times a write that lost a race is tried again: a deadlock PostgreSQL broke by aborting this
 * transaction (40P01), a serialization failure (40001), or a unique key another writer took first (23505).
 * Each try starts from what is committed by then, so the next one usually goes through.
 */
const MAX_TRIES = 5;
const RETRYABLE = new Set(['40P01', '40001', '23505']);

/** The error a race gives, which a new try may not meet; its document is not at fault. */
const isRace = (cause: unknown): boolean =>
  typeof cause === 'object' &&
  cause !== null &&
  'code' in cause &&
  typeof cause.code === 'string' &&
  RETRYABLE.has(cause.code);

/** A document whose race is to be tried again with the whole transaction, not reported as its failure. */
class RaceLost extends Error {}

/**
 * The write half of the PostgreSQL store: ingest (each document one transaction), ingest in batches (one
 * transaction, a savepoint per document), the stored versions and bytes, failures, feeds and revisions.
 * Errors are reported as src/store/sqlite/sqlite-store.ts reports them.
 */
export function prepareWrite(context: PgContext): Methods {
  const { location, pool } = context;

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

  /** One document in a savepoint of the batch: its failure rolls back only it. */
  const writeInBatch = async (sql: Sql, planned: DocumentPlan, lastTry: boolean): Promise<IngestOutcome> => {
    try {
      const result = await inSavepoint(sql, 'document', () => writeDocument(sql, planned));
      return { ...result, key: planned.key };
    } catch (cause) {
      if (!lastTry && isRace(cause)) throw new RaceLost('a concurrent write', { cause });
      return failed(planned.input, planned.key, cause);
    }
  };

  const writeBatch = async (plans: readonly (DocumentPlan | IngestOutcome)[]): Promise<IngestOutcome[]> => {
    for (let tries = 1; ; tries += 1) {
      try {
        return await inTransaction(pool, async (sql) => {
          const writable = plans.filter(isPlan);
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
            outcomes.push(isPlan(planned) ? await writeInBatch(sql, planned, tries === MAX_TRIES) : planned);
          return outcomes;
        });
      } catch (cause) {
        const race = cause instanceof RaceLost ? cause.cause : cause;
        if (tries < MAX_TRIES && isRace(race)) {
          await pause(tries);
          continue;
        }
        throw race;
      }
    }
  };

  const ingest = async (input: IngestInput): Promise<IngestOutcome> => {
    const planned = plan(input);
    if (!isPlan(planned)) return planned;
    for (let tries = 1; ; tries += 1) {
      try {
        const result = await inTransaction(pool, (sql) => writeDocument(sql, planned));
        return { ...result, key: planned.key };
      } catch (cause) {
        if (tries < MAX_TRIES && isRace(cause)) {
          await pause(tries);
          continue;
        }
        return failed(input, planned.key, cause);
      }
    }
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

/** A short, growing, jittered wait before trying a lost race again, so the two writers do not meet again. */
function pause(tries: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** tries));
}
