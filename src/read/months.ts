/**
 * The one home of month names. `MONTH_NAMES` is English, for datelines and headers of plain text and for
 * the analyzer; the other languages onrecord reads are added for dates written out in web pages' metadata
 * (`monthOfName`). Abbreviations include the AP style ones ("Sept.") and are matched without their period.
 */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/** The month number (1-12) of a full or abbreviated month name, in any letter case, with or without a final period. */
export function monthNumber(word: string): number | null {
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  return MONTH_BY_NAME.get(bare.toLowerCase()) ?? null;
}

/** German, French, Spanish, Ukrainian and Russian, with the genitive forms Slavic dates use ("12 березня"). */
const OTHER_LANGUAGES: readonly (readonly string[])[] = [
  // German                     French                         Spanish              Ukrainian                      Russian
  [
    'januar',
    'jänner',
    'jän',
    'janvier',
    'janv',
    'enero',
    'ene',
    'січня',
    'січень',
    'січ',
    'января',
    'январь',
    'янв',
  ],
  [
    'februar',
    'février',
    'fevrier',
    'févr',
    'fevr',
    'febrero',
    'лютого',
    'лютий',
    'лют',
    'февраля',
    'февраль',
    'фев',
    'февр',
  ],
  ['märz', 'maerz', 'mär', 'mars', 'marzo', 'березня', 'березень', 'бер', 'марта', 'март', 'мар'],
  ['avril', 'avr', 'abril', 'abr', 'квітня', 'квітень', 'квіт', 'апреля', 'апрель', 'апр'],
  ['mai', 'mayo', 'травня', 'травень', 'трав', 'мая', 'май'],
  ['juni', 'juin', 'junio', 'червня', 'червень', 'черв', 'июня', 'июнь', 'июн'],
  ['juli', 'juillet', 'juil', 'julio', 'липня', 'липень', 'лип', 'июля', 'июль', 'июл'],
  ['août', 'aout', 'agosto', 'ago', 'серпня', 'серпень', 'серп', 'августа', 'август', 'авг'],
  [
    'septembre',
    'septiembre',
    'setiembre',
    'вересня',
    'вересень',
    'вер',
    'сентября',
    'сентябрь',
    'сен',
    'сент',
  ],
  ['oktober', 'okt', 'octobre', 'octubre', 'жовтня', 'жовтень', 'жовт', 'октября', 'октябрь', 'окт'],
  ['novembre', 'noviembre', 'листопада', 'листопад', 'лист', 'ноября', 'ноябрь', 'ноя', 'нояб'],
  [
    'dezember',
    'dez',
    'décembre',
    'decembre',
    'déc',
    'diciembre',
    'dic',
    'грудня',
    'грудень',
    'груд',
    'декабря',
    'декабрь',
    'дек',
  ],
];

const MONTH_IN_ANY_LANGUAGE: ReadonlyMap<string, number> = new Map(
  [...MONTH_NAMES.entries(), ...OTHER_LANGUAGES.entries()].flatMap(([index, names]) =>
    names.map((name) => [name, index + 1] as const),
  ),
);

/** Every name, longest first, so that an alternation tries "sept" before "sep" and "березня" before "бер". */
export const ALL_MONTH_NAMES: readonly string[] = [...MONTH_IN_ANY_LANGUAGE.keys()].sort(
  (a, b) => b.length - a.length,
);

/** The month (1-12) of a name or abbreviation in any of the languages, any letter case, without its period. */
export function monthOfName(word: string): number | null {
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  return MONTH_IN_ANY_LANGUAGE.get(bare.toLowerCase()) ?? null;
}
