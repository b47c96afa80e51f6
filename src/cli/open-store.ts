import type { Store } from '../store/index.js';

/**
 * Opens the SQLite store, loading the engine (a native module) only when a command needs it: `extract`
 * and `--help` start faster without it.
 */
export async function openStore(path: string, options: { mustExist?: boolean } = {}): Promise<Store> {
  const { openSqliteStore } = await import('../store/index.js');
  return openSqliteStore(path, options);
}
