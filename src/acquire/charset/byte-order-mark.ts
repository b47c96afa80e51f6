/** An encoding a document announces with its first bytes, and how many bytes that announcement takes. */
export interface ByteOrderMark {
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  readonly length: number;
}

/** The byte-order mark at the start of the bytes, if any: it outranks every declaration (WHATWG). */
export function sniffByteOrderMark(bytes: Uint8Array): ByteOrderMark | null {
  const [first, second, third] = bytes;
  if (first === 0xef && second === 0xbb && third === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (first === 0xff && second === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (first === 0xfe && second === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}
