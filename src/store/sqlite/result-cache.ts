import type Database from 'better-sqlite3';
import { VersionedCache } from '../versioned-cache.js';

/** Remembers computed results until the database changes. */
export interface ResultCache<Value> {
  readonly get: (key: string, compute: () => Value) => Value;
}

/**
 * A small cache of search results (the ranked window, its total and facets) for the next page of the same
 * search, or the same search again: those cost one full-text scan each, a page from them almost nothing.
 * An entry is good while the database is unchanged: the data's version is `total_changes()`, which counts
 * this connection's writes, and `data_version`, which changes when another connection (an ingest in another
 * process) commits, so a result is never older than the data. The oldest entries go first beyond `size`.
 */
export function prepareResultCache<Value>(db: Database.Database, size: number): ResultCache<Value> {
  const version = db
    .prepare<[], string>("SELECT total_changes() || ':' || (SELECT data_version FROM pragma_data_version())")
    .pluck();
  const cache = new VersionedCache<Value>(size);
  return {
    get(key, compute) {
      const now = version.get()!;
      const known = cache.get(now, key);
      if (known !== undefined) return known;
      // Computed on this connection, synchronously: the data is still at `now`.
      const value = compute();
      cache.set(now, key, value);
      return value;
    },
  };
}
