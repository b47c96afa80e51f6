import { InputError } from '../errors.js';
import type { Document } from '../types.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a Document's bytes as UTF-8 text, exactly: no normalization and the byte-order mark kept,
 * so that offsets point into the user's own file. Binary data (NUL bytes), invalid UTF-8 and empty
 * input are refused with an error that names the problem.
 */
export function decodeText(document: Document): string {
  const { bytes, name } = document;
  if (bytes.length === 0) throw new InputError(name, 'is empty', { reason: 'empty' });
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError(name, `looks binary: NUL byte at offset ${nul}`, { reason: 'binary' });
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (cause) {
    throw new InputError(name, `is not valid UTF-8 (${invalidUtf8Offset(bytes)})`, {
      cause,
      reason: 'bad-encoding',
    });
  }
  if (text.trim() === '') throw new InputError(name, 'holds only white space', { reason: 'empty' });
  return text;
}

/** Locates the first byte that breaks UTF-8, for a message the user can act on. */
function invalidUtf8Offset(bytes: Uint8Array): string {
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, by bisection; a fresh streaming decoder each time, so that a sequence cut
  // at the end of the prefix is not counted as an error.
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (
      new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })
        .decode(bytes.subarray(0, middle), { stream: true })
        .includes('\uFFFD')
    )
      high = middle - 1;
    else low = middle;
  }
  // The valid prefix may end in the lead of the broken sequence ("Caf\xE9 "): the bad byte is that lead.
  let bad = low;
  if (
    new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })
      .decode(bytes.subarray(0, low))
      .endsWith('\uFFFD')
  ) {
    while (bad > 0 && (bytes[bad - 1]! & 0xc0) === 0x80) bad -= 1;
    if (bad > 0) bad -= 1;
  }
  return `first bad byte at offset ${bad}`;
}
