/**
 * Cyrillic to Latin, the ways newspapers write Ukrainian and Russian names: the Ukrainian national system
 * (English and most French and Spanish news), the Russian-style spelling, and the German one. A name written
 * in any of them is recognized, and a person's Latin spellings can be told apart from others'.
 */
type Table = Readonly<Record<string, string>>;

const COMMON: Table = {
  а: 'a',
  б: 'b',
  в: 'v',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
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
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ю: 'iu',
  я: 'ia',
  ь: '',
  ъ: '',
  '’': '',
  "'": '',
  є: 'ie',
  ї: 'i',
  ґ: 'g',
  ё: 'e',
  э: 'e',
};
const UKRAINIAN_NATIONAL: Table = { ...COMMON, г: 'h', и: 'y', і: 'i', й: 'i', ы: 'y' };
const RUSSIAN_STYLE: Table = { ...COMMON, г: 'g', и: 'i', і: 'i', й: 'y', ы: 'y', ю: 'yu', я: 'ya', х: 'kh' };
const GERMAN: Table = {
  ...COMMON,
  г: 'h',
  и: 'y',
  і: 'i',
  й: 'j',
  в: 'w',
  ж: 'sch',
  з: 's',
  ц: 'z',
  ч: 'tsch',
  ш: 'sch',
  щ: 'schtsch',
  х: 'ch',
  ю: 'ju',
  я: 'ja',
  є: 'je',
  ї: 'ji',
  с: 's',
};
const FRENCH_SPANISH: Table = {
  ...COMMON,
  г: 'h',
  и: 'y',
  і: 'i',
  й: 'i',
  ю: 'iou',
  х: 'kh',
  ж: 'j',
  ш: 'ch',
};

const TABLES = [UKRAINIAN_NATIONAL, RUSSIAN_STYLE, GERMAN, FRENCH_SPANISH];

function withTable(word: string, table: Table): string {
  let out = '';
  for (const letter of word.toLowerCase()) out += table[letter] ?? letter;
  // The Ukrainian and Russian adjectival ending "-ий"/"-ій" is written -yi, -iy, -y or -i.
  return out;
}

/** The Latin spellings of a lower-case Cyrillic word, as newspapers write it (a few per word). */
export function latinSpellings(word: string): string[] {
  const spellings = new Set(TABLES.map((table) => withTable(word, table)));
  for (const spelling of [...spellings]) {
    // Common simplifications: -yi/-iy endings written -y, "ks" written "x" (German), "kh" written "h".
    spellings.add(spelling.replace(/(yi|iy|yy|ij|yj)$/u, 'y'));
    spellings.add(spelling.replace(/ks/gu, 'x'));
    spellings.add(spelling.replace(/kh/gu, 'h'));
  }
  return [...spellings];
}
