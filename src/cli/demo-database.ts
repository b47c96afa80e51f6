import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { UsageError } from '../errors.js';

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Deletes the demo's database so that each run starts fresh, but only if it is an onrecord database (or
 * an empty file): a `--db` that names anything else is refused rather than destroyed.
 */
export function removeDemoDatabase(path: string): void {
  if (!existsSync(path)) return;
  if (!isOnrecordDatabase(path))
    throw new UsageError(
      `${path} exists and is not an onrecord database; the demo recreates its database on every run, ` +
        'so give it another --db',
    );
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

function isOnrecordDatabase(path: string): boolean {
  const info = statSync(path);
  if (!info.isFile()) return false;
  if (info.size === 0) return true;
  if (readHeader(path, SQLITE_HEADER.length) !== SQLITE_HEADER) return false;
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return (
      db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !==
      undefined
    );
  } catch {
    return false;
  } finally {
    db.close();
  }
}

function readHeader(path: string, length: number): string {
  const buffer = Buffer.alloc(length);
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}
