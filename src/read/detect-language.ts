import { STOPWORD_LANGUAGES, STOPWORDS, type StopwordLanguage } from './stopwords.js';

/** Enough text to decide; reading further costs time on long articles and rarely changes the answer. */
const SAMPLE_LENGTH = 2000;
/** Fewer hits than this is too little evidence to name a language. */
const MIN_HITS = 4;
/** The winner must beat the runner-up by this factor, or the text is mixed or unknown. */
const MIN_MARGIN = 1.5;

/** Letters that exist in Ukrainian but not Russian (і ї є ґ), and the reverse (ы э ё ъ), both cases. */
const UKRAINIAN_LETTERS = new Set([0x456, 0x457, 0x454, 0x491, 0x406, 0x407, 0x404, 0x490]);
const RUSSIAN_LETTERS = new Set([0x44b, 0x44d, 0x451, 0x44a, 0x42b, 0x42d, 0x401, 0x42a]);

/**
 * Latin letters with diacritics that only some of the Latin-script languages write (é both French and
 * Spanish): a short quotation ("La turbine est réparable") holds too few function words to decide alone.
 */
const LATIN_LETTER_LANGUAGES: ReadonlyMap<number, readonly StopwordLanguage[]> = new Map(
  (
    [
      ['àâçèêëîïôùûœÀÂÇÈÊËÎÏÔÙÛŒ', ['fr']],
      ['éÉ', ['fr', 'es']],
      ['áíóúñÁÍÓÚÑ', ['es']],
      ['äöüßÄÖÜ', ['de']],
    ] as const
  ).flatMap(([letters, languages]) =>
    // Each letter is one UTF-16 code unit (all lie in Latin-1 and Latin Extended-A).
    Array.from({ length: letters.length }, (_, index) => [letters.charCodeAt(index), languages] as const),
  ),
);

function isLatinLetter(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

function isCyrillicLetter(code: number): boolean {
  return code >= 0x400 && code <= 0x4ff;
}

/** Lower-cases one code unit of the letters the word lists use (Basic Latin, Latin-1, Cyrillic). */
function lowerCode(code: number): number {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)) return code + 0x20;
  if (code >= 0x410 && code <= 0x42f) return code + 0x20;
  if (code >= 0x400 && code <= 0x40f) return code + 0x50;
  return code === 0x490 ? 0x491 : code;
}

function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + lowerCode(code)) | 0;
}

interface Stopword {
  readonly word: string;
  readonly language: StopwordLanguage;
}

// Words are looked up by a hash built while scanning, then checked code unit by code unit in place: the
// detector reads every word of its sample, and slicing and lower-casing each one cost more than all the
// rest of the reading.
const STOPWORDS_BY_HASH = new Map<number, Stopword[]>();
for (const language of STOPWORD_LANGUAGES)
  for (const word of STOPWORDS[language]) {
    let hash = 0;
    for (let index = 0; index < word.length; index++) hash = hashStep(hash, word.charCodeAt(index));
    STOPWORDS_BY_HASH.set(hash, [...(STOPWORDS_BY_HASH.get(hash) ?? []), { word, language }]);
  }

function stopwordAt(text: string, start: number, end: number, hash: number): StopwordLanguage | null {
  for (const { word, language } of STOPWORDS_BY_HASH.get(hash) ?? []) {
    if (word.length !== end - start) continue;
    let index = 0;
    while (index < word.length && word.charCodeAt(index) === lowerCode(text.charCodeAt(start + index)))
      index++;
    if (index === word.length) return language;
  }
  return null;
}

/**
 * Names the language of a text (en, de, fr, es, uk, ru) from the function words it uses, or returns null
 * when the evidence is thin or split. One pass over a sample of the text; Cyrillic text is told apart by
 * the letters only Ukrainian or only Russian has, as well as by its words.
 */
export function detectLanguage(text: string, minHits = MIN_HITS): StopwordLanguage | null {
  const hits = new Map<StopwordLanguage, number>();
  const count = (language: StopwordLanguage | null): void => {
    if (language) hits.set(language, (hits.get(language) ?? 0) + 1);
  };
  const length = Math.min(text.length, SAMPLE_LENGTH);
  let latin = 0;
  let cyrillic = 0;
  let wordStart = -1;
  let hash = 0;
  // The languages the current word's first distinctive letter names: counted once per word, and only for
  // a word in lower case (names such as "Gómez" or "Málaga" are written so in any language).
  let letterLanguages: readonly StopwordLanguage[] | undefined;
  for (let index = 0; index <= length; index++) {
    const code = index < length ? text.charCodeAt(index) : 0x20;
    let isLetter = true;
    if (isLatinLetter(code)) {
      latin++;
      if (code >= 0xc0 && letterLanguages === undefined) letterLanguages = LATIN_LETTER_LANGUAGES.get(code);
    } else if (code === 0xbf || code === 0xa1) {
      // ¿ and ¡ open Spanish questions and exclamations; they are not letters.
      count('es');
      isLetter = false;
    } else if (isCyrillicLetter(code)) {
      cyrillic++;
      if (UKRAINIAN_LETTERS.has(code)) count('uk');
      else if (RUSSIAN_LETTERS.has(code)) count('ru');
    } else isLetter = false;
    if (isLetter) {
      if (wordStart === -1) {
        wordStart = index;
        hash = 0;
      }
      hash = hashStep(hash, code);
    } else if (wordStart !== -1) {
      count(stopwordAt(text, wordStart, index, hash));
      if (
        letterLanguages !== undefined &&
        lowerCode(text.charCodeAt(wordStart)) === text.charCodeAt(wordStart)
      )
        for (const language of letterLanguages) count(language);
      wordStart = -1;
      letterLanguages = undefined;
    }
  }
  const candidates: readonly StopwordLanguage[] =
    cyrillic > latin
      ? ['uk', 'ru']
      : STOPWORD_LANGUAGES.filter((language) => language !== 'uk' && language !== 'ru');
  return pickWinner(candidates, hits, minHits);
}

function pickWinner(
  candidates: readonly StopwordLanguage[],
  hits: ReadonlyMap<StopwordLanguage, number>,
  minHits: number,
): StopwordLanguage | null {
  let best: StopwordLanguage | null = null;
  let bestHits = 0;
  let secondHits = 0;
  for (const language of candidates) {
    const count = hits.get(language) ?? 0;
    if (count > bestHits) {
      secondHits = bestHits;
      bestHits = count;
      best = language;
    } else if (count > secondHits) secondHits = count;
  }
  if (bestHits < minHits || bestHits < secondHits * MIN_MARGIN) return null;
  return best;
}
