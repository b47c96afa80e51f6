import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentOrigin } from '../../types.js';
import type { SourceFailure } from './source-item.js';

/** The store key of a file, or of the Nth record inside one (`file:///abs/news.jsonl#12`). */
export function fileKey(path: string, record?: number | string, cwd?: string): string {
  const base = pathToFileURL(cwd === undefined ? resolve(path) : resolve(cwd, path)).href;
  return record === undefined ? base : `${base}#${encodeURIComponent(String(record))}`;
}

/** Whether a value is an absolute http(s) URL, the only kind a record's own URL is trusted as a key. */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

export function sourceFailure(
  name: string,
  origin: DocumentOrigin,
  key: string,
  reason: string,
  message: string,
): SourceFailure {
  return { ok: false, name, origin, key, reason, message: `${name}: ${message}` };
}
