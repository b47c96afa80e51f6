import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { errorMessage, StoreError } from '../../errors.js';
import { defaultDocumentKey, type IngestInput, type IngestOutcome, type Store } from '../store.js';
import { migrate } from './migrate.js';
import { MIGRATIONS } from './migrations.js';
import { prepareRecordReader } from './read-record.js';
import { prepareWriteDocument } from './write-document.js';
import { preparePeopleEditor } from './edit-people.js';
import { prepareReadStatements } from './read-statements.js';
import { prepareReadRevisions } from './revisions.js';
import { prepareFeeds } from './feeds.js';
import { prepareIngestFailures } from './ingest-failures.js';
import { gunzipSync } from 'node:zlib';
import { prepareSearch } from './search.js';
import { DEFAULT_SEARCH_LIMIT } from '../search-page.js';
import { prepareCorrections } from './corrections.js';
import { prepareDetailReader } from './read-details.js';
import { prepareDeleteArticle } from './delete-article.js';

export interface SqliteStoreOptions {
  /** Refuse to create the database when the file does not exist (for commands that only read). */
  readonly mustExist?: boolean;
  /** How long a write waits for another process's lock before failing. */
  readonly busyTimeoutMs?: number;
  /** Where a search stops counting its matches (COUNT_CAP unless given; tests give a small one). */
  readonly searchCountCap?: number;
}

export const DEFAULT_BUSY_TIMEOUT_MS = 10_000;

/**
 * Opens (and creates, unless `mustExist`) a SQLite database and migrates it. WAL lets readers work while
 * one process writes; with `synchronous=NORMAL` a commit survives the process being killed at any moment
 * (it may be lost only if the whole machine loses power, and even then the file stays consistent).
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  if (options.mustExist === true && path !== ':memory:' && !existsSync(path))
    throw new StoreError(path, 'no such database file (store articles in it first with `onrecord ingest`)');
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { fileMustExist: options.mustExist === true });
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // A large record's indexes are read and written at random places: a page cache of 64 MiB (instead of
    // SQLite's 2 MiB) keeps an ingest from waiting on the disk as the store grows.
    db.pragma('cache_size = -65536');
    migrate(db, MIGRATIONS);
  } catch (cause) {
    db?.close();
    throw new StoreError(path, `cannot open the database: ${errorMessage(cause)}`, { cause });
  }
  return sqliteStore(path, db, options);
}

function sqliteStore(location: string, db: Database.Database, options: SqliteStoreOptions): Store {
  const corrections = prepareCorrections(location, db);
  const writeDocument = prepareWriteDocument(db, corrections.reapply);
  const reader = prepareRecordReader(db);
  const readStatements = prepareReadStatements(db);
  const readRevisions = prepareReadRevisions(db);
  const editor = preparePeopleEditor(location, db);
  const feeds = prepareFeeds(db);
  const failures = prepareIngestFailures(db);
  const searcher = prepareSearch(location, db, options.searchCountCap);
  const details = prepareDetailReader(db, {
    statements: readStatements,
    correctionsIn: corrections.activeIn,
  });
  const deleteArticle = prepareDeleteArticle(db);
  const documentBytes = db.prepare<[number], { bytesGzip: Buffer; contentType: string | null }>(
    'SELECT bytes_gzip AS bytesGzip, content_type AS contentType FROM documents WHERE article_id = ?',
  );

  const ingestOne = (input: IngestInput): IngestOutcome => {
    const key = input.key ?? defaultDocumentKey(input.extraction);
    if (key === null)
      return {
        status: 'failed',
        key: '',
        error: new StoreError(location, 'cannot store a document that has neither a file nor a url'),
      };
    try {
      return { ...writeDocument(input, key), key };
    } catch (cause) {
      const name = input.extraction.file ?? input.extraction.url ?? key;
      const error = new StoreError(location, `could not store ${name}: ${errorMessage(cause)}`, { cause });
      return { status: 'failed', key, error };
    }
  };

  // One transaction for a batch, each document inside it a savepoint (better-sqlite3 nests transactions
  // that way): a document that fails rolls back alone, and the batch pays for one commit, not one each.
  const ingestAll = db.transaction((inputs: readonly IngestInput[]) => inputs.map(ingestOne));

  const read = <T>(run: () => T): Promise<T> => {
    try {
      return Promise.resolve(run());
    } catch (cause) {
      return Promise.reject(new StoreError(location, `cannot read: ${errorMessage(cause)}`, { cause }));
    }
  };

  /** Edits report the store's own errors as they are (no such person), and others as a failed write. */
  const edit = <T>(run: () => T): Promise<T> => {
    try {
      return Promise.resolve(run());
    } catch (cause) {
      if (cause instanceof StoreError) return Promise.reject(cause);
      return Promise.reject(new StoreError(location, `cannot write: ${errorMessage(cause)}`, { cause }));
    }
  };

  /** Searches and corrections: the store's own refusals (a bad cursor, no such attribution) pass as they are. */
  const request = <T>(run: () => T, what: string): Promise<T> => {
    try {
      return Promise.resolve(run());
    } catch (cause) {
      if (cause instanceof StoreError) return Promise.reject(cause);
      return Promise.reject(new StoreError(location, `cannot ${what}: ${errorMessage(cause)}`, { cause }));
    }
  };

  return {
    location,
    ingest: (input) => Promise.resolve(ingestOne(input)),
    ingestBatch: (inputs) => {
      try {
        return Promise.resolve(ingestAll.immediate(inputs));
      } catch (cause) {
        // The commit itself failed (disk full): nothing of the batch is stored.
        const error = new StoreError(location, `could not store a batch: ${errorMessage(cause)}`, { cause });
        return Promise.resolve(
          inputs.map((input) => ({ status: 'failed' as const, key: input.key ?? '', error })),
        );
      }
    },
    storedVersion: (key) => read(() => reader.storedVersion(key)),
    listArticles: () => read(() => reader.listArticles()),
    listPeople: () => read(() => reader.listPeople()),
    listAttributions: (filter = {}) => read(() => reader.listAttributions(filter)),
    listStatements: (filter = {}) => read(() => readStatements(filter)),
    findPeople: (query) =>
      read(() => {
        const ids = new Set(editor.find(query));
        return reader.listPeople().filter((person) => ids.has(person.id));
      }),
    explainPerson: (id) => read(() => editor.explain(id)),
    mergePeople: (into, from, note) =>
      edit(() => {
        editor.merge(into, from, note);
      }),
    splitPerson: (id, name, articleIds, note) => edit(() => editor.split(id, name, articleIds, note)),
    undoPersonEdit: (id, by) =>
      request(() => {
        editor.undo(id, by);
      }, 'undo the edit'),
    listRevisions: (key) => read(() => readRevisions(key)),
    recordFailure: (failure) =>
      edit(() => {
        failures.record(failure);
      }),
    listFailures: () => read(() => failures.list()),
    readDocument: (articleId) =>
      read(() => {
        const row = documentBytes.get(articleId);
        return row ? { bytes: gunzipSync(row.bytesGzip), contentType: row.contentType } : null;
      }),
    // feeds
    feedState: (url) => read(() => feeds.state(url)),
    saveFeedState: (check) =>
      edit(() => {
        feeds.save(check);
      }),
    unseenFeedItems: (url, keys) => read(() => feeds.unseen(url, keys)),
    markFeedItemsSeen: (url, items, seenAt) =>
      edit(() => {
        feeds.markSeen(url, items, seenAt ?? new Date().toISOString());
      }),
    // web
    search: (query) => request(() => searcher.search(query), 'search'),
    searchArticles: (q, limit = DEFAULT_SEARCH_LIMIT) =>
      request(() => searcher.searchArticles(q, limit), 'search'),
    getArticle: (id) => read(() => details.article(id)),
    getPerson: (id) => read(() => details.person(id)),
    getStatement: (id) => read(() => details.statement(id)),
    correctAttribution: (input) => request(() => corrections.correct(input), 'correct'),
    undoCorrection: (id, by) => request(() => corrections.undo(id, by), 'undo the correction'),
    listCorrections: (filter = {}) => read(() => corrections.list(filter)),
    deleteArticle: (id) => request(() => deleteArticle(id), 'delete the article'),
    // end web
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
}
