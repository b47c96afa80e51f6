/**
 * A job target as a queue_jobs row and back: the dedupe key, the JSON payload, and the document's bytes
 * in `body` (bytea, not JSON: base64 would cost a third more and a parse).
 */
import { fileKey } from '../acquire/sources/source-failure.js';
import { bytesHash } from '../ingest/prepare-document.js';
import type { DocumentHints, DocumentOrigin } from '../types.js';
import type { JobTarget } from './job.js';

export interface JobRow {
  readonly dedupeKey: string;
  readonly source: JobTarget['source'];
  readonly payload: Record<string, unknown>;
  readonly body: Uint8Array | null;
}

/**
 * The identity that makes enqueueing the same document twice one job: a URL, the file's `file:` URL, or
 * for a carried document its store key and bytes (the same record read twice is one job; a changed one
 * is another, as the store would keep it as a new version).
 */
export function dedupeKey(target: JobTarget): string {
  switch (target.source) {
    case 'url':
      return target.url;
    case 'file':
      return fileKey(target.path, undefined, target.cwd);
    case 'document':
      return `${target.key} sha256:${bytesHash(target.bytes)}`;
  }
}

export function jobRow(target: JobTarget): JobRow {
  const key = dedupeKey(target);
  switch (target.source) {
    case 'url':
      return { dedupeKey: key, source: 'url', payload: { url: target.url }, body: null };
    case 'file':
      return {
        dedupeKey: key,
        source: 'file',
        payload: { path: target.path, cwd: target.cwd, gzip: target.gzip },
        body: null,
      };
    case 'document': {
      const { source, bytes, ...rest } = target;
      return { dedupeKey: key, source, payload: rest, body: bytes };
    }
  }
}

/** The target a row holds (as written by jobRow). */
export function targetOf(
  source: string,
  payload: Record<string, unknown>,
  body: Uint8Array | null,
): JobTarget {
  const text = (name: string): string => {
    const value = payload[name];
    return typeof value === 'string' ? value : '';
  };
  const textOrNull = (name: string): string | null => (typeof payload[name] === 'string' ? text(name) : null);
  switch (source) {
    case 'url':
      return { source, url: text('url') };
    case 'file':
      return { source, path: text('path'), cwd: text('cwd'), gzip: payload['gzip'] === true };
    case 'document':
      return {
        source,
        key: text('key'),
        origin: text('origin') as DocumentOrigin,
        name: text('name'),
        fetchedAt: text('fetchedAt'),
        url: textOrNull('url'),
        contentType: textOrNull('contentType'),
        hints: hintsOf(payload['hints']),
        bytes: body ?? new Uint8Array(),
      };
    default:
      throw new Error(`queue job of an unknown source "${source}" (written by a newer onrecord?)`);
  }
}

/** What a person would call a job's document, for lists and messages. */
export function targetName(source: string, payload: Record<string, unknown>): string {
  const name = source === 'url' ? payload['url'] : source === 'file' ? payload['path'] : payload['name'];
  return String(name);
}

/** The hints as jobRow wrote them (a JSON object), or null. */
const hintsOf = (value: unknown): DocumentHints | null =>
  typeof value === 'object' && value !== null ? value : null;
