import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { Document } from '../types.js';
import { DEFAULT_MAX_BYTES } from './limits.js';

export interface ReadOptions {
  readonly maxBytes?: number;
}

/**
 * Reads one file into a Document, refusing what is not a readable file or is over the size cap. One open,
 * one fstat and one read, synchronously: for the many small files of a batch this costs a fraction of the
 * promise-based calls, and the size is checked on the opened file itself.
 */
export function readDocumentFile(path: string, options: ReadOptions = {}): Document {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(code);
    throw new InputError(path, `cannot read: ${reason}`, {
      cause,
      reason: code === 'ENOENT' ? 'not-found' : 'unreadable',
    });
  }
  try {
    const info = fstatSync(descriptor);
    if (info.isDirectory())
      throw new InputError(path, 'is a directory (give files, or use `onrecord ingest` for folders)');
    if (!info.isFile()) throw new InputError(path, 'is not a regular file');
    if (info.size > maxBytes) {
      throw new InputError(
        path,
        `is ${info.size} bytes, over the size cap of ${maxBytes} bytes (--max-bytes)`,
        { reason: 'too-large' },
      );
    }
    const bytes = Buffer.allocUnsafe(info.size);
    let offset = 0;
    while (offset < bytes.length) {
      const read = readSync(descriptor, bytes, offset, bytes.length - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return {
      origin: 'file',
      name: path,
      bytes: bytes.subarray(0, offset),
      fetchedAt: new Date().toISOString(),
    };
  } finally {
    closeSync(descriptor);
  }
}

/** Reads standard input to its end into a Document, with the same size cap. */
export async function readDocumentStdin(
  stream: NodeJS.ReadableStream,
  options: ReadOptions = {},
): Promise<Document> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > maxBytes)
      throw new InputError('-', `standard input is over the size cap of ${maxBytes} bytes (--max-bytes)`, {
        reason: 'too-large',
      });
    chunks.push(buffer);
  }
  return { origin: 'stdin', name: '-', bytes: Buffer.concat(chunks), fetchedAt: new Date().toISOString() };
}
