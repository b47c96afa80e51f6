import { errorMessage, StoreError } from '../../errors.js';
import { DEFAULT_SEARCH_LIMIT } from '../search-page.js';
import type { Store } from '../store.js';
import { deleteArticle } from './delete-article.js';
import { getArticle, getPerson, getStatement } from './read-details.js';
import { listArticles, listAttributions, listPeople } from './read-record.js';
import { readStatements } from './read-statements.js';
import { prepareSearch } from './search.js';
import type { PgContext } from './sql.js';

type Methods = Pick<
  Store,
  | 'listArticles'
  | 'listPeople'
  | 'listAttributions'
  | 'listStatements'
  | 'search'
  | 'searchArticles'
  | 'getArticle'
  | 'getPerson'
  | 'getStatement'
  | 'deleteArticle'
>;

/**
 * The reads of the PostgreSQL store (listings, the web pages' details, search) and deleting an article.
 * Errors as in sqlite-store.ts: a failed read is a StoreError naming the store; the store's own refusals
 * of a request (a bad cursor or date) pass as they are.
 */
export function prepareRead(context: PgContext): Methods {
  const { location, pool } = context;
  const searcher = prepareSearch(location, pool);

  const read = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (cause) {
      throw new StoreError(location, `cannot read: ${errorMessage(cause)}`, { cause });
    }
  };

  /** Searches and deletes: the store's own refusals pass as they are, others name what failed. */
  const request = async <T>(run: () => Promise<T>, what: string): Promise<T> => {
    try {
      return await run();
    } catch (cause) {
      if (cause instanceof StoreError) throw cause;
      throw new StoreError(location, `cannot ${what}: ${errorMessage(cause)}`, { cause });
    }
  };

  return {
    listArticles: () => read(() => listArticles(pool)),
    listPeople: () => read(() => listPeople(pool)),
    listAttributions: (filter = {}) => read(() => listAttributions(pool, filter)),
    listStatements: (filter = {}) => read(() => readStatements(pool, filter)),
    search: (query) => request(() => searcher.search(query), 'search'),
    searchArticles: (q, limit = DEFAULT_SEARCH_LIMIT) =>
      request(() => searcher.searchArticles(q, limit), 'search'),
    getArticle: (id) => read(() => getArticle(pool, id)),
    getPerson: (id) => read(() => getPerson(pool, id)),
    getStatement: (id) => read(() => getStatement(pool, id)),
    deleteArticle: (id) => request(() => deleteArticle(pool, id), 'delete the article'),
  };
}
