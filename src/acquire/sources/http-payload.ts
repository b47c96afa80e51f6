import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

/** Why a payload could not be made into a page's bytes. */
export class PayloadError extends Error {
  constructor(
    readonly reason: 'too-large' | 'bad-encoding',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The page's bytes from an archived HTTP payload: de-chunked when the response was chunked, decompressed
 * when it was gzip, deflate or Brotli encoded, never past `maxBytes` (a small compressed bomb stays
 * small). Archives often store the payload already decoded while keeping the original headers, so a
 * transfer or content coding that the bytes do not actually have is passed over rather than failed.
 */
export function decodeHttpPayload(
  raw: Uint8Array,
  headers: { transferEncoding: string | null; contentEncoding: string | null },
  maxBytes: number,
): Uint8Array {
  let bytes = /chunked/i.test(headers.transferEncoding ?? '') ? (dechunk(raw) ?? raw) : raw;
  const coding = (headers.contentEncoding ?? '').trim().toLowerCase();
  try {
    if ((coding === 'gzip' || coding === 'x-gzip') && bytes[0] === 0x1f && bytes[1] === 0x8b)
      bytes = gunzipSync(bytes, { maxOutputLength: maxBytes });
    else if (coding === 'deflate' && looksDeflated(bytes))
      bytes = inflateSync(bytes, { maxOutputLength: maxBytes });
    else if (coding === 'deflate') bytes = inflateRawSync(bytes, { maxOutputLength: maxBytes });
    else if (coding === 'br') bytes = brotliDecompressSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new PayloadError(
        'too-large',
        `decompresses to over the size cap of ${maxBytes} bytes (--max-bytes)`,
      );
    throw new PayloadError('bad-encoding', `has a broken ${coding} body (${(error as Error).message})`);
  }
  if (bytes.length > maxBytes)
    throw new PayloadError(
      'too-large',
      `is ${bytes.length} bytes, over the size cap of ${maxBytes} bytes (--max-bytes)`,
    );
  return bytes;
}

/** A zlib stream header (deflate as HTTP means it), as opposed to raw deflate that some servers send. */
const looksDeflated = (bytes: Uint8Array): boolean =>
  bytes.length >= 2 && (bytes[0]! & 0x0f) === 8 && ((bytes[0]! << 8) | bytes[1]!) % 31 === 0;

/** The body of a chunked transfer coding, or null if the bytes are not chunked after all. */
export function dechunk(raw: Uint8Array): Uint8Array | null {
  const buffer = Buffer.from(raw.buffer, raw.byteOffset, raw.length);
  const parts: Buffer[] = [];
  let position = 0;
  for (;;) {
    const lineEnd = buffer.indexOf('\r\n', position, 'latin1');
    if (lineEnd === -1 || lineEnd - position > 64) return null;
    const sizeText = buffer.toString('latin1', position, lineEnd).split(';', 1)[0]!.trim();
    if (!/^[0-9a-f]+$/i.test(sizeText)) return null;
    const size = parseInt(sizeText, 16);
    position = lineEnd + 2;
    if (size === 0) return Buffer.concat(parts);
    // A last chunk cut short is kept: the page is read as far as it goes.
    parts.push(buffer.subarray(position, Math.min(position + size, buffer.length)));
    position += size + 2;
    if (position >= buffer.length) return Buffer.concat(parts);
  }
}
