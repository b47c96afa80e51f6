/** What a file holds: one document, JSON Lines of articles, or a web archive. */
export type Container = 'document' | 'jsonl' | 'warc';

export interface FileKind {
  readonly container: Container;
  /** Whether the file is gzip-compressed as a whole (WARC.gz is left to the WARC reader, member by member). */
  readonly gzip: boolean;
}

const CONTAINER_BY_EXTENSION: Readonly<Record<string, Container>> = {
  txt: 'document',
  html: 'document',
  htm: 'document',
  xhtml: 'document',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  warc: 'warc',
};

/**
 * The kind of a file a folder or glob turned up, by extension (`.gz` after any of them), or null for
 * files the batch does not read (images, style sheets...).
 */
export function collectedFileKind(path: string): FileKind | null {
  const match = /\.([a-z]+)(\.gz)?$/i.exec(path);
  const container = match === null ? undefined : CONTAINER_BY_EXTENSION[match[1]!.toLowerCase()];
  if (container === undefined) return null;
  const gzip = match![2] !== undefined;
  return { container, gzip: gzip && container !== 'warc' };
}

/**
 * The kind of a file the user named: as collectedFileKind, but any other file is read as one document
 * (an `article` without extension is still an article), gunzipped if it ends in `.gz`.
 */
export function namedFileKind(path: string): FileKind {
  return collectedFileKind(path) ?? { container: 'document', gzip: /\.gz$/i.test(path) };
}
