/**
 * Names in their cases. Ukrainian and Russian inflect names ("Вербицький", "Вербицького", "Вербицькому"
 * are one person), German adds a genitive -s ("Werbyzkyjs"). Given names are known with their forms
 * (`givenNameForms`); a family name's possible nominatives are guessed from its ending
 * (`familyNominatives`), and two written forms are one name when their nominatives meet.
 */

/** Case endings that replace a given name's nominative ending, by that ending (uk and ru together). */
const GIVEN_ENDINGS: readonly [RegExp, readonly string[]][] = [
  [/й$/u, ['я', 'ю', 'єві', 'єм', 'ем', 'е', 'ї']],
  [/ь$/u, ['я', 'ю', 'еві', 'ем', 'е', 'і']],
  [/[о]$/u, ['а', 'у', 'ові', 'ом', 'і', 'е']],
  [/а$/u, ['и', 'ы', 'і', 'у', 'ою', 'ой', 'е', 'ові']],
  [/я$/u, ['і', 'ї', 'ю', 'ею', 'ей', 'и', 'е']],
];
const CONSONANT_ENDINGS = ['а', 'у', 'ові', 'ом', 'ем', 'і', 'е', 'я', 'ю', 'еві'];

/** The case forms of a Cyrillic given name (lower case), the nominative included. */
export function givenNameForms(nominative: string): string[] {
  for (const [ending, replacements] of GIVEN_ENDINGS)
    if (ending.test(nominative))
      return [nominative, ...replacements.map((replacement) => nominative.replace(ending, replacement))];
  if (/[бвгґджзклмнпрстфхцчшщ]$/u.test(nominative))
    return [nominative, ...CONSONANT_ENDINGS.map((ending) => nominative + ending)];
  return [nominative];
}

/** Family-name endings of the oblique cases and the nominative endings they may come from, longest first. */
const FAMILY_RULES: readonly [string, readonly string[]][] = [
  // adjectival: -ський/-ська, -цький, -ий/-ой/-ый (uk, ru)
  ['ького', ['ький']],
  ['ькому', ['ький']],
  ['ьким', ['ький', 'ька']],
  ['ькім', ['ький']],
  ['ькою', ['ька']],
  ['ької', ['ька']],
  ['ькій', ['ька', 'ький']],
  ['ьку', ['ька']],
  ['кого', ['кий', 'кой']],
  ['кому', ['кий']],
  ['ким', ['кий', 'ка']],
  ['кой', ['ка', 'кой']],
  ['кую', ['ка']],
  ['ого', ['ий', 'ой', 'ый']],
  ['ому', ['ий', 'ой', 'ый']],
  ['ым', ['ый']],
  // -ов/-ев/-ин and their feminine -ова/-ева/-ина
  ['ової', ['ова']],
  ['овій', ['ова']],
  ['овою', ['ова']],
  ['овой', ['ова']],
  ['ову', ['ова', 'ов']],
  ['ового', ['ов']],
  ['овим', ['ов']],
  ['овым', ['ов']],
  ['ові', ['ов']],
  ['ова', ['ов', 'ова']],
  ['евої', ['ева']],
  ['евой', ['ева']],
  ['еву', ['ева', 'ев']],
  ['евим', ['ев']],
  ['евым', ['ев']],
  ['ева', ['ев', 'ева']],
  ['іної', ['іна']],
  ['иной', ['ина']],
  ['іну', ['іна', 'ін']],
  ['іна', ['ін', 'іна']],
  ['ина', ['ин', 'ина']],
  ['ину', ['ина', 'ин']],
  ['иным', ['ин']],
  ['іним', ['ін']],
  // -ець / -ец (Кравець, Кравця)
  ['ьцеві', ['ець']],
  ['ьцем', ['ець']],
  ['ьцю', ['ець']],
  ['ьця', ['ець']],
  ['ьці', ['ець']],
  ['цеві', ['ець']],
  ['цем', ['ець', 'ец']],
  ['цю', ['ець']],
  ['ця', ['ець']],
  ['ці', ['ець']],
  ['цом', ['ец']],
  ['цу', ['ец']],
  ['ца', ['ец']],
  ['це', ['ец']],
  // -енко (uk declines it for men)
  ['енка', ['енко']],
  ['енку', ['енко']],
  ['енкові', ['енко']],
  ['енком', ['енко']],
  // a consonant stem (Мельник, Свєтлов...)
  ['ові', ['']],
  ['еві', ['']],
  ['ом', ['']],
  ['ем', ['']],
  ['а', ['', 'о']],
  ['у', ['', 'о']],
  ['я', ['ь', 'й']],
  ['ю', ['ь', 'й']],
  ['і', ['']],
  ['е', ['']],
];

/** The nominatives a written family name may have (itself first), lower case. */
export function familyNominatives(written: string): string[] {
  const word = written.toLowerCase();
  const found = [word];
  if (/[\p{Script=Cyrillic}]/u.test(word)) {
    for (const [ending, nominatives] of FAMILY_RULES)
      if (word.endsWith(ending) && word.length - ending.length >= 3)
        for (const nominative of nominatives) found.push(word.slice(0, -ending.length) + nominative);
  } else if (word.endsWith('s') && word.length > 4) {
    // A German genitive: "Werbyzkyjs", "Wendelsteins".
    found.push(word.slice(0, -1));
  }
  return [...new Set(found)];
}

/** Whether two written family names can be one name in different cases. */
export function sameFamilyName(a: string, b: string): boolean {
  const first = familyNominatives(a);
  const second = new Set(familyNominatives(b));
  return first.some((nominative) => second.has(nominative));
}
