/**
 * Month names for dates written out in page metadata and `<time>` text, in the languages onrecord reads:
 * English (from the project's one table, ../../../months.ts), German, French, Spanish, Ukrainian and
 * Russian, with the genitive forms Slavic dates use ("12 березня", "12 марта") and common abbreviations.
 * These lists belong in ../../../months.ts with the English one; they sit here until its owner moves them.
 */
import { MONTH_NAMES } from '../../months.js';

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

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  [...MONTH_NAMES.entries(), ...OTHER_LANGUAGES.entries()].flatMap(([index, names]) =>
    names.map((name) => [name, index + 1] as const),
  ),
);

/** Every name, longest first, so that an alternation tries "sept" before "sep" and "березня" before "бер". */
export const ALL_MONTH_NAMES: readonly string[] = [...MONTH_BY_NAME.keys()].sort(
  (a, b) => b.length - a.length,
);

/** The month (1-12) of a name or abbreviation in any of the languages, any letter case, without its period. */
export function monthOfName(word: string): number | null {
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  return MONTH_BY_NAME.get(bare.toLowerCase()) ?? null;
}
