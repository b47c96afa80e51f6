/**
 * The language of a text when the page does not declare one, by franc-min (trigram profiles of the 82
 * most spoken languages), as an ISO 639-1 primary tag ("uk"). Null when the text is too short to tell,
 * when franc's best guess is too close to its second, or when the language has no two-letter tag.
 */
import { francAll } from 'franc-min';

/** franc reads at most this many characters; more costs time and rarely changes the answer. */
const SAMPLE_LENGTH = 2048;
/** Fewer letters than this and trigram statistics are noise ("hello world" comes out as Dutch). */
const MIN_LETTERS = 60;
/**
 * How far ahead of the runner-up the best language must be. franc scores the best 1 and the others
 * relative to it, on a scale that grows with the text's length, so the gap is measured as (1 - runner-up
 * score) × length. Measured on illustrative sentences: one-language paragraphs score 7 to 25; a Ukrainian
 * paragraph followed by a Russian one, or English then German, about 3; a list of names below 1.
 */
const MIN_MARGIN = 5;

/** ISO 639-3 codes franc-min returns, with their ISO 639-1 tags; those without one are left out. */
const TWO_LETTER_TAGS: ReadonlyMap<string, string> = new Map([
  ['eng', 'en'],
  ['ukr', 'uk'],
  ['rus', 'ru'],
  ['deu', 'de'],
  ['fra', 'fr'],
  ['spa', 'es'],
  ['por', 'pt'],
  ['ita', 'it'],
  ['pol', 'pl'],
  ['nld', 'nl'],
  ['ces', 'cs'],
  ['ron', 'ro'],
  ['hun', 'hu'],
  ['swe', 'sv'],
  ['tur', 'tr'],
  ['bel', 'be'],
  ['bul', 'bg'],
  ['srp', 'sr'],
  ['hrv', 'hr'],
  ['bos', 'bs'],
  ['kaz', 'kk'],
  ['uzn', 'uz'],
  ['azj', 'az'],
  ['ind', 'id'],
  ['zlm', 'ms'],
  ['vie', 'vi'],
  ['jav', 'jv'],
  ['sun', 'su'],
  ['tgl', 'tl'],
  ['swh', 'sw'],
  ['hau', 'ha'],
  ['yor', 'yo'],
  ['ibo', 'ig'],
  ['zul', 'zu'],
  ['som', 'so'],
  ['lin', 'ln'],
  ['kin', 'rw'],
  ['run', 'rn'],
  ['nya', 'ny'],
  ['plt', 'mg'],
  ['zyb', 'za'],
  ['ckb', 'ku'],
  ['arb', 'ar'],
  ['urd', 'ur'],
  ['pes', 'fa'],
  ['pbu', 'ps'],
  ['hin', 'hi'],
  ['mar', 'mr'],
  ['npi', 'ne'],
  ['ben', 'bn'],
  ['cmn', 'zh'],
  ['jpn', 'ja'],
  ['kor', 'ko'],
  ['tel', 'te'],
  ['tam', 'ta'],
  ['guj', 'gu'],
  ['kan', 'kn'],
  ['mal', 'ml'],
  ['mya', 'my'],
  ['pan', 'pa'],
  ['amh', 'am'],
  ['tha', 'th'],
  ['sin', 'si'],
  ['ell', 'el'],
]);

const LETTER = /\p{L}/gu;

/** Whether `text` has at least `count` letters; stops counting there. */
function hasLetters(text: string, count: number): boolean {
  LETTER.lastIndex = 0;
  let found = 0;
  while (found < count && LETTER.exec(text) !== null) found += 1;
  return found >= count;
}

export function detectLanguage(text: string): string | null {
  if (typeof text !== 'string') return null;
  const sample = text.slice(0, SAMPLE_LENGTH);
  if (!hasLetters(sample, MIN_LETTERS)) return null;
  const ranked = francAll(sample, { minLength: MIN_LETTERS });
  const best = ranked[0];
  if (best === undefined || best[0] === 'und') return null;
  const runnerUp = ranked[1];
  if (runnerUp !== undefined && (1 - runnerUp[1]) * sample.length < MIN_MARGIN) return null;
  return TWO_LETTER_TAGS.get(best[0]) ?? null;
}
