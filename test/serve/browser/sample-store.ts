/** A store of the bundled sample articles in a temporary folder, built by `onrecord demo` as a user would. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, type Store } from '../../../src/store/index.js';
import { runCli } from '../../helpers/capture-cli.js';

export interface TemporaryStore {
  readonly store: Store;
  readonly path: string;
  remove(): Promise<void>;
}

export async function sampleStore(prefix: string): Promise<TemporaryStore> {
  const folder = mkdtempSync(join(tmpdir(), `onrecord-${prefix}-`));
  const path = join(folder, 'samples.db');
  const demo = await runCli(['demo', '--db', path, '--no-serve']);
  if (demo.code !== 0) throw new Error(`onrecord demo failed (${demo.code}):\n${demo.stderr}`);
  const store = openSqliteStore(path);
  return {
    store,
    path,
    remove: async () => {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
