import { decodeBytes, decoderFor } from './encoding-label.js';

/** The single-byte Cyrillic encodings Russian and Ukrainian pages come in, most common first. */
export const CYRILLIC_ENCODINGS = ['windows-1251', 'koi8-u', 'iso-8859-5', 'ibm866'] as const;

/**
 * The letters that make up most of Russian and Ukrainian running text (о а е и і н т с р в л к м д п у,
 * about three quarters of all letters in either language): a wrong encoding turns them into rare letters,
 * capitals or box-drawing signs.
 */
const COMMON_LETTERS = new Set('оаеиінтсрвлкмдпуяьгзбчйхжшюцщєїфыэ');

/**
 * Which Cyrillic encoding the bytes are in, judged by the text each candidate makes of them, or null if
 * the bytes do not look like Cyrillic text at all. Cyrillic words are runs of high bytes, whereas accented
 * Latin text has single high bytes between ASCII letters: that tells the two apart before any scoring.
 * Then the right decoding is the one whose letters are mostly lower case and mostly common ones.
 */
export function detectCyrillicEncoding(bytes: Uint8Array): string | null {
  if (!looksLikeWordsOfHighBytes(bytes)) return null;
  let best: { encoding: string; score: number } | null = null;
  for (const encoding of CYRILLIC_ENCODINGS) {
    const score = cyrillicTextScore(decoderFor(encoding).decode(bytes));
    if (best === null || score > best.score) best = { encoding, score };
  }
  if (best === null || best.score < 0.5) return null;
  // KOI8-U is KOI8-R with the Ukrainian letters added where KOI8-R has box-drawing signs: the name says
  // which one the text needed.
  if (best.encoding === 'koi8-u' && !usesKoi8uLetters(bytes)) return 'koi8-r';
  return best.encoding;
}

/**
 * The encoding Cyrillic text is really in when its declaration is plainly wrong, else null. Two mistakes
 * are common on Ukrainian and Russian sites: a server default of ISO-8859-1 (windows-1252) sent for every
 * page whatever it holds, and one Cyrillic encoding declared for text in another (KOI8-R for windows-1251,
 * or KOI8-R for Ukrainian KOI8-U). A browser would show such a page garbled; the text each encoding makes
 * tells them apart with little doubt, so the judged one is taken when the declared one makes poor text.
 */
export function correctedCyrillicDeclaration(declared: string, sample: Uint8Array): string | null {
  const cyrillic = declared === 'koi8-r' || (CYRILLIC_ENCODINGS as readonly string[]).includes(declared);
  if (!cyrillic && declared !== 'windows-1252') return null;
  const judged = detectCyrillicEncoding(sample);
  if (judged === null || judged === declared) return null;
  if (declared === 'koi8-r' && judged === 'koi8-u') return judged;
  if (declared === 'koi8-u' && judged === 'koi8-r') return null;
  if (!cyrillic) return judged;
  return cyrillicTextScore(decodeBytes(sample, declared)) < 0.5 ? judged : null;
}

/** Whether the high bytes mostly come in runs of three or more, as the letters of non-Latin words do. */
function looksLikeWordsOfHighBytes(bytes: Uint8Array): boolean {
  let high = 0;
  let inRuns = 0;
  let run = 0;
  const closeRun = (): void => {
    if (run >= 3) inRuns += run;
    run = 0;
  };
  for (const byte of bytes) {
    if (byte >= 0x80) {
      high += 1;
      run += 1;
    } else closeRun();
  }
  closeRun();
  return high >= 8 && inRuns / high >= 0.6;
}

/** The share of Cyrillic letters that are lower case and common, times the share of high characters that are letters. */
export function cyrillicTextScore(text: string): number {
  let highCharacters = 0;
  let letters = 0;
  let goodLetters = 0;
  for (const character of text) {
    if (character.charCodeAt(0) < 0x80) continue;
    highCharacters += 1;
    if (!isCyrillicLetter(character.charCodeAt(0))) continue;
    letters += 1;
    if (COMMON_LETTERS.has(character)) goodLetters += 1;
  }
  if (letters === 0 || highCharacters === 0) return 0;
  return (goodLetters / letters) * (letters / highCharacters);
}

/** The Cyrillic block's letters (U+0400-U+04FF without the combining and numeric signs U+0482-U+0489). */
const isCyrillicLetter = (code: number): boolean =>
  code >= 0x400 && code <= 0x4ff && (code < 0x482 || code > 0x489);

/** Whether the bytes hold KOI8-U's Ukrainian letters (є і ї ґ and capitals), absent from KOI8-R. */
function usesKoi8uLetters(bytes: Uint8Array): boolean {
  for (const byte of bytes) {
    if (byte === 0xa4 || byte === 0xa6 || byte === 0xa7 || byte === 0xad) return true;
    if (byte === 0xb4 || byte === 0xb6 || byte === 0xb7 || byte === 0xbd) return true;
  }
  return false;
}
