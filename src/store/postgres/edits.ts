import { errorMessage, StoreError } from '../../errors.js';
import type { Store } from '../store.js';
import { correctAttribution, listCorrections, undoCorrection } from './corrections.js';
import { explainPerson, findPeopleIds, mergePeople, splitPerson, undoPersonEdit } from './edit-people.js';
import { listPeople } from './read-record.js';
import { inTransaction, type PgContext, type Sql } from './sql.js';

type Methods = Pick<
  Store,
  | 'findPeople'
  | 'explainPerson'
  | 'mergePeople'
  | 'splitPerson'
  | 'undoPersonEdit'
  | 'correctAttribution'
  | 'undoCorrection'
  | 'listCorrections'
>;

/** How often an edit that lost a deadlock to a concurrent write is tried again. */
const ATTEMPTS = 3;

/** PostgreSQL's codes for a transaction it rolled back to let another go on: trying again is the remedy. */
const RETRIABLE = new Set(['40P01', '40001']);

/**
 * Hand edits of the record on PostgreSQL: people (find, explain, merge, split, undo) and corrections of
 * attributions. Each edit is one transaction; reads run on the pool. Errors as SQLite's store gives them
 * (sqlite-store.ts): the store's own refusals pass as they are, others become a StoreError saying what failed.
 */
export function prepareEdits({ location, pool }: PgContext): Methods {
  const fail = (what: string, cause: unknown): never => {
    if (cause instanceof StoreError) throw cause;
    throw new StoreError(location, `cannot ${what}: ${errorMessage(cause)}`, { cause });
  };
  const read = async <T>(run: (sql: Sql) => Promise<T>): Promise<T> => {
    try {
      return await run(pool);
    } catch (cause) {
      return fail('read', cause);
    }
  };
  /** One transaction, tried again when a concurrent ingest's locks made it the deadlock's victim. */
  const edit = async <T>(what: string, run: (sql: Sql) => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await inTransaction(pool, run);
      } catch (cause) {
        const code = (cause as { code?: unknown }).code;
        if (attempt < ATTEMPTS && typeof code === 'string' && RETRIABLE.has(code)) continue;
        return fail(what, cause);
      }
    }
  };

  return {
    findPeople: (query) =>
      read(async (sql) => {
        const ids = await findPeopleIds(sql, query);
        return ids.length === 0 ? [] : listPeople(sql, ids);
      }),
    explainPerson: (id) => read((sql) => explainPerson(sql, id)),
    mergePeople: (into, from, note) => edit('write', (sql) => mergePeople(sql, location, into, from, note)),
    splitPerson: (id, name, articleIds, note) =>
      edit('write', (sql) => splitPerson(sql, location, id, name, articleIds, note)),
    undoPersonEdit: (id, by) => edit('undo the edit', (sql) => undoPersonEdit(sql, location, id, by)),
    correctAttribution: (input) => edit('correct', (sql) => correctAttribution(sql, location, input)),
    undoCorrection: (id, by) => edit('undo the correction', (sql) => undoCorrection(sql, location, id, by)),
    listCorrections: (filter = {}) => read((sql) => listCorrections(sql, filter)),
  };
}
