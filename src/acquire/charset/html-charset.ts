import { isUtf8 } from 'node:buffer';
import { sniffByteOrderMark } from './byte-order-mark.js';
import { charsetParameter } from './charset-parameter.js';
import { correctedCyrillicDeclaration } from './cyrillic-encoding.js';
import { detectCharset, sampleAroundText } from './detect-charset.js';
import { encodingForLabel } from './encoding-label.js';
import { prescanCharset } from './prescan-meta.js';

/** Where a page's encoding was learnt from, for diagnostics and tests. */
export type CharsetSource = 'bom' | 'header' | 'meta' | 'utf-8' | 'detected';

export interface CharsetChoice {
  /** The WHATWG encoding name. */
  readonly encoding: string;
  readonly source: CharsetSource;
  /** Bytes to skip before decoding: the byte-order mark's. */
  readonly skip: number;
}

/**
 * The encoding of a web page, in the WHATWG order: byte-order mark, then the Content-Type header's
 * charset, then the page's own meta declaration, then detection. Three departures, all for pages whose
 * declaration is plainly false: a page declared UTF-8 whose bytes are not UTF-8 is detected instead; a
 * page declared in a legacy encoding whose bytes are valid UTF-8 with non-ASCII characters in it is read
 * as UTF-8 (no real windows-1251 or latin1 text is valid UTF-8 by chance); and Cyrillic text declared
 * ISO-8859-1 or in the wrong Cyrillic encoding is read in the one its text shows (see
 * correctedCyrillicDeclaration). An unknown label is passed over, never an error.
 */
export function chooseHtmlCharset(bytes: Uint8Array, contentType: string | null | undefined): CharsetChoice {
  const mark = sniffByteOrderMark(bytes);
  if (mark !== null) return { encoding: mark.encoding, source: 'bom', skip: mark.length };
  const fromHeader = headerEncoding(bytes, contentType);
  const fromMeta = fromHeader === null ? metaEncoding(bytes) : null;
  const declared = fromHeader ?? fromMeta;
  const source: CharsetSource = fromHeader !== null ? 'header' : 'meta';
  const valid = isUtf8(bytes);
  if (declared !== null) {
    if (declared === 'utf-8') return valid ? { encoding: 'utf-8', source, skip: 0 } : detected(bytes);
    if (valid && hasNonAscii(bytes)) return { encoding: 'utf-8', source: 'utf-8', skip: 0 };
    const corrected = valid ? null : correctedCyrillicDeclaration(declared, sampleAroundText(bytes));
    if (corrected !== null) return { encoding: corrected, source: 'detected', skip: 0 };
    return { encoding: declared, source, skip: 0 };
  }
  return valid ? { encoding: 'utf-8', source: 'utf-8', skip: 0 } : detected(bytes);
}

const detected = (bytes: Uint8Array): CharsetChoice => ({
  encoding: detectCharset(bytes),
  source: 'detected',
  skip: 0,
});

/** The header's encoding; UTF-16 without a byte-order mark and without NUL bytes is a false claim. */
function headerEncoding(bytes: Uint8Array, contentType: string | null | undefined): string | null {
  const encoding = encodingForLabel(charsetParameter(contentType));
  if ((encoding === 'utf-16le' || encoding === 'utf-16be') && !bytes.subarray(0, 1024).includes(0))
    return null;
  return encoding;
}

/** The meta declaration's encoding; UTF-16 declared in the page itself means UTF-8 (WHATWG). */
function metaEncoding(bytes: Uint8Array): string | null {
  const encoding = encodingForLabel(prescanCharset(bytes));
  return encoding === 'utf-16le' || encoding === 'utf-16be' ? 'utf-8' : encoding;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}
