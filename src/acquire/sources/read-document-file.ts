import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_MAX_BYTES } from '../limits.js';
import { openFileStream } from './open-file-stream.js';
import type { SourceItem } from './source-item.js';
import { fileKey, sourceFailure } from './source-failure.js';
import type { SourceOptions } from './source-options.js';

/**
 * Reads one file as one document (an HTML page or a text; gunzipped when `gzip`), refusing what is missing,
 * not a regular file or over the size cap, as a failure item. The cap holds for the decompressed bytes
 * too: decompression stops as soon as it is passed, so that a small gzip bomb costs nothing.
 */
export async function readDocumentFromFile(
  path: string,
  gzip: boolean,
  options: Pick<SourceOptions, 'maxBytes' | 'cwd'> = {},
): Promise<SourceItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const absolute = resolve(options.cwd ?? '.', path);
  const key = fileKey(absolute);
  const fail = (reason: string, message: string): SourceItem =>
    sourceFailure(path, 'file', key, reason, message);
  let bytes: Uint8Array;
  try {
    const info = await fs.stat(absolute);
    if (!info.isFile()) return fail('unreadable', 'is not a regular file');
    if (!gzip && info.size > maxBytes)
      return fail('too-large', `is ${info.size} bytes, over the size cap of ${maxBytes} bytes (--max-bytes)`);
    const read = gzip ? await gunzipFile(absolute, maxBytes) : await fs.readFile(absolute);
    if (read === null)
      return fail('too-large', `decompresses to over the size cap of ${maxBytes} bytes (--max-bytes)`);
    bytes = read;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('not-found', 'no such file');
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR')
      return fail('bad-gzip', `is not a readable gzip file (${(error as Error).message})`);
    return fail('unreadable', `cannot read (${code ?? (error as Error).message})`);
  }
  return {
    ok: true,
    key,
    document: { origin: 'file', name: path, bytes, fetchedAt: new Date().toISOString() },
  };
}

/** The decompressed bytes of a gzip file, or null once they pass the cap. */
async function gunzipFile(path: string, maxBytes: number): Promise<Uint8Array | null> {
  const stream = openFileStream(path, true);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) return null;
      chunks.push(chunk);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks, size);
}
