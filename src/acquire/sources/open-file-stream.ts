import { createReadStream } from 'node:fs';
import { type Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';

/**
 * A file's bytes as a stream, gunzipped when asked. The two streams are joined with `pipeline`, so that
 * an error in either (a missing file, a corrupt gzip member) ends the iteration with that error rather
 * than as an unhandled stream event.
 */
export function openFileStream(path: string, gzip: boolean): Readable {
  const source = createReadStream(path, { highWaterMark: 256 * 1024 });
  if (!gzip) return source;
  // Errors reach the reader through the returned stream; the callback only keeps pipeline from throwing.
  return pipeline(source, createGunzip(), () => undefined);
}
