import type Database from 'better-sqlite3';

/** Remembers computed results until the database changes. */
export interface ResultCache<Value> {
  readonly get: (key: string, compute: () => Value) => Value;
}

/**
 * A small cache of search results (the ranked window, its total and facets) for the next page of the same
 * search, or the same search again: those cost one full-text scan each, a page from them almost nothing.
 * An entry is good while the database is unchanged: `total_changes()` counts this connection's writes and
 * `data_version` changes when another connection (an ingest in another process) commits, so a result is
 * never older than the data. The oldest entries go first beyond `size`.
 */
export function prepareResultCache<Value>(db: Database.Database, size: number): ResultCache<Value> {
  const version = db
    .prepare<[], string>("SELECT total_changes() || ':' || (SELECT data_version FROM pragma_data_version())")
    .pluck();
  const entries = new Map<string, Value>();
  let seen = '';
  return {
    get(key, compute) {
      const now = version.get()!;
      if (now !== seen) {
        entries.clear();
        seen = now;
      }
      const known = entries.get(key);
      if (known !== undefined) {
        // Most recently used last: Map keeps insertion order.
        entries.delete(key);
        entries.set(key, known);
        return known;
      }
      const value = compute();
      entries.set(key, value);
      if (entries.size > size) entries.delete(entries.keys().next().value!);
      return value;
    },
  };
}
