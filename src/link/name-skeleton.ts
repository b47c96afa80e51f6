/**
 * A name word's skeleton: how it sounds, written the same whatever the script or the spelling convention, so
 * that Вербицький, Вербицкий, Verbytskyi, Verbitsky and Werbyzkyj are one word ("verbiski"). Cyrillic
 * (Ukrainian and Russian letters) is read by one table straight into the skeleton's letters; Latin spellings
 * (English, German, French and Spanish conventions, and the national transliterations) are folded into the
 * same letters:
 *
 * - `s` the hissing sounds: s, z, ts, tz, soft c, ß, ц, з, с;
 * - `x` the hushing sounds: sh, sch, tsch, zh, ch, ш, ж, ч, щ;
 * - `h` h, g, kh, г, ґ, х;  `i` i, y, j, ï, и, і, ї, й, ы;  `v` v, w;  `k` k, q, hard c, ck;  `ks` x;
 * - diacritics dropped (François is Francois); soft and hard signs and apostrophes left out, but a sign
 *   before a vowel is the `i` of "ye" (Хавьер); `ie` read as `i` (Свєтлов, Svietlov and Svitlov), `ou` as
 *   `u`, and doubled letters written once.
 *
 * Names that still differ after this (Svitlov and Svetlov, Marchand and Маршан) are compared by
 * spelling-distance.ts; `familyKey` is the coarse key under which candidates for that comparison are found.
 */

/** Cyrillic letters, lower case, as skeleton letters. */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'h',
  д: 'd',
  е: 'e',
  є: 'ie',
  ё: 'io',
  ж: 'x',
  з: 's',
  и: 'i',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 's',
  ч: 'x',
  ш: 'x',
  щ: 'x',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/** Latin letter groups folded first, longest first, read left to right. */
const LATIN_GROUPS: readonly (readonly [string, string])[] = [
  ['tsch', 'x'],
  ['shch', 'x'],
  ['sch', 'x'],
  ['tch', 'x'],
  ['sh', 'x'],
  ['zh', 'x'],
  ['ch', 'x'],
  ['kh', 'h'],
  ['ph', 'f'],
  ['th', 't'],
  ['ck', 'k'],
  ['qu', 'kv'],
  ['ts', 's'],
  ['tz', 's'],
  ['ou', 'u'],
];

/** Single Latin letters (diacritics already dropped). */
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  w: 'v',
  y: 'i',
  j: 'i',
  g: 'h',
  q: 'k',
  z: 's',
  x: 'ks',
};

/** Latin letters that Unicode decomposition does not take apart into a plain letter and a mark. */
const LATIN_SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss',
  ł: 'l',
  ø: 'o',
  æ: 'e',
  œ: 'e',
  đ: 'd',
};

const LATIN_SPECIAL_LETTERS = new RegExp(`[${Object.keys(LATIN_SPECIAL).join('')}]`, 'gu');

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
export const isVowel = (letter: string): boolean => VOWELS.has(letter);

/** The skeleton of one word of a name ("Werbyzkyj" -> "verbiski"); '' when it has no letters. */
export function nameSkeleton(word: string): string {
  // A soft or hard sign before a vowel is the y of "ye" (Хавьер, Javier); elsewhere it has no sound.
  const text = word
    .normalize('NFC')
    .toLowerCase()
    .replace(/[ьъ](?=[аеёиіїоуыэюяє])/gu, 'й');
  let out = '';
  let latin = '';
  for (const char of text) {
    const cyrillic = CYRILLIC[char];
    if (cyrillic !== undefined) {
      out += foldLatin(latin) + cyrillic;
      latin = '';
    } else latin += char;
  }
  out += foldLatin(latin);
  return out
    .replace(/ts/gu, 's')
    .replace(/ie/gu, 'i')
    .replace(/(.)\1+/gu, '$1');
}

/** A run of Latin (or other non-Cyrillic) characters as skeleton letters; what is not a letter or digit is left out. */
function foldLatin(run: string): string {
  if (run === '') return '';
  const letters = run
    .replace(LATIN_SPECIAL_LETTERS, (char) => LATIN_SPECIAL[char] ?? char)
    .normalize('NFKD')
    // Digits are kept: "Holt15" and "Holt16" are not one name, whatever odd source wrote them so.
    .replace(/[^a-z0-9]/gu, '');
  let out = '';
  for (let at = 0; at < letters.length;) {
    const group = LATIN_GROUPS.find(([spelling]) => letters.startsWith(spelling, at));
    if (group) {
      out += group[1];
      at += group[0].length;
      continue;
    }
    out += latinLetter(letters[at]!, letters[at + 1]);
    at += 1;
  }
  return out;
}

/** One Latin letter as skeleton letters; c is soft before e, i and y. */
function latinLetter(letter: string, next: string | undefined): string {
  if (letter === 'c') return next === 'e' || next === 'i' || next === 'y' ? 's' : 'k';
  return LATIN_LETTERS[letter] ?? letter;
}

/** How many consonants of a family name's skeleton its coarse key keeps. */
const KEY_CONSONANTS = 3;

/**
 * The coarse key candidates for one family name are looked up by: the first consonants of its skeleton,
 * hissing and hushing sounds as one (Marchand and Маршан "mrs", Wendelstein and Вендельштайн "vnd",
 * Svitlov and Svetlov "svt"). A name of vowels alone is its own key.
 */
export function familyKeyOf(skeleton: string): string {
  const consonants = skeleton.replace(/[aeiou]/gu, '').replace(/x/gu, 's');
  return consonants.length === 0 ? skeleton : consonants.slice(0, KEY_CONSONANTS);
}
