import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { Document } from '../types.js';
import { DEFAULT_MAX_BYTES } from './limits.js';

export interface ReadOptions {
  readonly maxBytes?: number;
}

/** Reads one file into a Document, refusing what is not a readable file or is over the size cap. */
export async function readDocumentFile(path: string, options: ReadOptions = {}): Promise<Document> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let info;
  try {
    info = await stat(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(code);
    throw new InputError(path, `cannot read: ${reason}`, { cause });
  }
  if (info.isDirectory())
    throw new InputError(path, 'is a directory (give files, or use `onrecord ingest` for folders)');
  if (!info.isFile()) throw new InputError(path, 'is not a regular file');
  if (info.size > maxBytes) {
    throw new InputError(path, `is ${info.size} bytes, over the size cap of ${maxBytes} bytes (--max-bytes)`);
  }
  const bytes = await readFile(path);
  return { origin: 'file', name: path, bytes, fetchedAt: new Date().toISOString() };
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
      throw new InputError('-', `standard input is over the size cap of ${maxBytes} bytes (--max-bytes)`);
    chunks.push(buffer);
  }
  return { origin: 'stdin', name: '-', bytes: Buffer.concat(chunks), fetchedAt: new Date().toISOString() };
}
