import { errorMessage, StoreError } from '../../errors.js';
import type { Store } from '../store.js';
import { correctAttribution, listCorrections, undoCorrection } from './corrections.js';
import { explainPerson, findPeopleIds, mergePeople, splitPerson, undoPersonEdit } from './edit-people.js';
import { listPeople } from './read-record.js';
import { inRetriedTransaction, type PgContext, type Sql } from './sql.js';

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
  /** One transaction, tried again when it lost a race with a concurrent write (a deadlock's victim). */
  const edit = async <T>(what: string, run: (sql: Sql) => Promise<T>): Promise<T> => {
    try {
      return await inRetriedTransaction(pool, run);
    } catch (cause) {
      return fail(what, cause);
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
