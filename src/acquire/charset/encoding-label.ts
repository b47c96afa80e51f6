/**
 * Character encodings by their WHATWG names. Node's TextDecoder (full ICU) implements the WHATWG Encoding
 * Standard's label table, so `iso-8859-1` and `latin1` mean windows-1252, `x-cp1251` means windows-1251,
 * and an unknown label is refused: the decoder itself is the one table of labels.
 */
import { TextDecoder } from 'node:util';

const decoders = new Map<string, TextDecoder>();

/** The WHATWG name of the encoding a label stands for (`cp1251` -> `windows-1251`), or null if unknown. */
export function encodingForLabel(label: string | null | undefined): string | null {
  if (label == null) return null;
  const trimmed = label.trim();
  if (trimmed === '') return null;
  try {
    return new TextDecoder(trimmed).encoding;
  } catch {
    // The WHATWG `x-user-defined` is not in ICU; its ASCII half is windows-1252's, which is close enough
    // for the pages that declare it (they are nearly always mislabelled windows-1252 anyway).
    return trimmed.toLowerCase() === 'x-user-defined' ? 'windows-1252' : null;
  }
}

/**
 * Decodes bytes in an encoding, replacing (never throwing on) bytes the encoding does not define and
 * dropping a byte-order mark, as a browser does. Decoders are kept for reuse: building one costs more
 * than decoding a small page.
 */
export function decodeBytes(bytes: Uint8Array, encoding: string): string {
  // Node 20's TextDecoder reads windows-1252 as ISO-8859-1 (C1 controls where windows-1252 has curly
  // quotation marks, dashes and the euro sign); the 32 differing bytes are mapped here.
  if (encoding === 'windows-1252')
    return decoderFor('windows-1252')
      .decode(bytes)
      .replace(/[\x80-\x9f]/g, windows1252);
  return decoderFor(encoding).decode(bytes);
}

/** windows-1252's characters for bytes 0x80-0x9F (the five it leaves undefined map to themselves). */
const WINDOWS_1252_HIGH =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

const windows1252 = (character: string): string => WINDOWS_1252_HIGH[character.charCodeAt(0) - 0x80]!;

/** A replacing decoder for an encoding (see decodeBytes, which should be used for windows-1252). */
export function decoderFor(encoding: string): TextDecoder {
  let decoder = decoders.get(encoding);
  if (decoder === undefined) {
    decoder = new TextDecoder(encoding);
    decoders.set(encoding, decoder);
  }
  return decoder;
}
