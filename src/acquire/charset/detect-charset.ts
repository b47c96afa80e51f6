import chardet from 'chardet';
import { detectCyrillicEncoding } from './cyrillic-encoding.js';
import { encodingForLabel } from './encoding-label.js';

/** Enough of a page to judge its encoding by; the rest would only cost time. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * The part of a page to judge: from a little before its first non-ASCII byte, since a page may open with
 * tens of kilobytes of ASCII scripts and styles before the first word of its own language.
 */
export function sampleAroundText(bytes: Uint8Array): Uint8Array {
  const firstHigh = bytes.findIndex((byte) => byte >= 0x80);
  const start = Math.max(0, firstHigh - 1024);
  return bytes.subarray(start, start + SAMPLE_BYTES);
}

/** What a page is decoded in when nothing can be said: every byte means something in it. */
const LAST_RESORT = 'windows-1252';

/**
 * Guesses the encoding of bytes that are not valid UTF-8 and declare nothing usable. Cyrillic single-byte
 * encodings are judged by the text they make (see detectCyrillicEncoding), since a statistical detector
 * confuses them on short or markup-heavy pages; anything else is chardet's best guess, and windows-1252
 * when chardet has none that TextDecoder knows. Returns a WHATWG encoding name.
 */
export function detectCharset(bytes: Uint8Array): string {
  const sample = sampleAroundText(bytes);
  const cyrillic = detectCyrillicEncoding(sample);
  if (cyrillic !== null) return cyrillic;
  for (const match of chardet.analyse(sample)) {
    // UTF-8 is already ruled out by the caller; UTF-16 and UTF-32 without a byte-order mark are guesses
    // on NUL-free bytes that are nearly always wrong.
    if (/^(utf-8|utf-16|utf-32)/i.test(match.name)) continue;
    const encoding = encodingForLabel(match.name);
    if (encoding !== null) return encoding;
  }
  return LAST_RESORT;
}
