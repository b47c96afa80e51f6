/**
 * The storage engines the contract suite runs against. PostgreSQL joins this list when `store/postgres`
 * exists; each engine gives a fresh, empty store per call.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, type Store } from '../../src/store/index.js';

export interface Engine {
  readonly name: string;
  /** A new, empty store. */
  fresh(): Promise<Store>;
  /** Removes what `fresh` created. */
  cleanup(): Promise<void>;
}

function sqliteEngine(): Engine {
  let directory: string | undefined;
  let count = 0;
  return {
    name: 'sqlite',
    fresh() {
      directory ??= mkdtempSync(join(tmpdir(), 'onrecord-store-'));
      count += 1;
      return Promise.resolve(openSqliteStore(join(directory, `store-${count}.db`)));
    },
    cleanup() {
      if (directory) rmSync(directory, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

export const ENGINES: readonly (() => Engine)[] = [sqliteEngine];
