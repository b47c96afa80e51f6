/** One line of a stream: its bytes without the line break, or only its size when it was over the cap. */
export type ByteLine =
  | { readonly number: number; readonly bytes: Buffer; readonly tooLong: false }
  | { readonly number: number; readonly size: number; readonly tooLong: true };

/**
 * Splits a byte stream into lines (LF, with any CR before it dropped), numbered from 1, holding at most
 * `maxLineBytes` of a line in memory: a longer line is skipped to its end and reported by size only.
 * readline cannot do this (it holds a whole line, however long, before it hands it over), and a JSON
 * Lines file of untrusted origin may have a line of a gigabyte.
 */
export async function* byteLines(
  chunks: AsyncIterable<Buffer | Uint8Array | string>,
  maxLineBytes: number,
): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 1;
  const take = (): ByteLine => {
    const line: ByteLine =
      size > maxLineBytes
        ? { number, size, tooLong: true }
        : { number, bytes: stripCarriageReturn(Buffer.concat(parts, size)), tooLong: false };
    parts = [];
    size = 0;
    number += 1;
    return line;
  };
  const add = (piece: Buffer): void => {
    size += piece.length;
    // Past the cap only the count goes on; the bytes held so far are let go.
    if (size > maxLineBytes) parts = [];
    else parts.push(piece);
  };
  for await (const chunk of chunks) {
    const buffer =
      typeof chunk === 'string'
        ? Buffer.from(chunk)
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    let start = 0;
    for (let newline = buffer.indexOf(0x0a, start); newline !== -1; newline = buffer.indexOf(0x0a, start)) {
      add(buffer.subarray(start, newline));
      yield take();
      start = newline + 1;
    }
    if (start < buffer.length) add(buffer.subarray(start));
  }
  if (size > 0) yield take();
}

const stripCarriageReturn = (line: Buffer): Buffer =>
  line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
