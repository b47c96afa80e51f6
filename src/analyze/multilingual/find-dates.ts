/**
 * When words were said, in the five languages: a date written out ("18 листопада", "am 3. Dezember",
 * "le 3 décembre", "el 3 de diciembre"), a weekday ("у вівторок", "во вторник", "am Dienstag", "mardi",
 * "el martes": the last such day up to publication, before it after "минулого", "vergangenen", "dernier"),
 * today and yesterday, each against the article's
 * publication date. A cue that goes on from earlier words ("додала", "ergänzte", "a ajouté", "añadió") takes
 * their date when it names none.
 */
import type { SaidAt, Span } from '../../types.js';
import { monthOfName } from '../../read/months.js';
import {
  dayNumber,
  formatDate,
  formatDay,
  isValidDate,
  parseDay,
  weekdayOf,
  type DayNumber,
} from '../calendar.js';
import type { LanguageRules } from './language-rules.js';

/** Weekday names (Monday first), in the forms that follow "on": accusative in uk and ru. */
const WEEKDAYS: Readonly<Record<LanguageRules['code'], readonly (readonly string[])[]>> = {
  uk: [
    ['понеділок', 'понеділка'],
    ['вівторок', 'вівторка'],
    ['середу', 'середи', 'середа'],
    ['четвер', 'четверга'],
    ['пʼятницю', "п'ятницю", 'п’ятницю', 'пʼятниці', 'п’ятниці'],
    ['суботу', 'суботи', 'субота'],
    ['неділю', 'неділі', 'неділя'],
  ],
  ru: [
    ['понедельник', 'понедельника'],
    ['вторник', 'вторника'],
    ['среду', 'среды', 'среда'],
    ['четверг', 'четверга'],
    ['пятницу', 'пятницы', 'пятница'],
    ['субботу', 'субботы', 'суббота'],
    ['воскресенье', 'воскресенья'],
  ],
  de: [
    ['montag'],
    ['dienstag'],
    ['mittwoch'],
    ['donnerstag'],
    ['freitag'],
    ['samstag', 'sonnabend'],
    ['sonntag'],
  ],
  fr: [['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi'], ['dimanche']],
  es: [
    ['lunes'],
    ['martes'],
    ['miércoles', 'miercoles'],
    ['jueves'],
    ['viernes'],
    ['sábado', 'sabado'],
    ['domingo'],
  ],
};
const TODAY: Readonly<Record<LanguageRules['code'], readonly string[]>> = {
  uk: ['сьогодні', 'нині'],
  ru: ['сегодня', 'ныне'],
  de: ['heute'],
  fr: ['aujourd’hui', "aujourd'hui"],
  es: ['hoy'],
};
const YESTERDAY: Readonly<Record<LanguageRules['code'], readonly string[]>> = {
  uk: ['вчора', 'учора'],
  ru: ['вчера'],
  de: ['gestern'],
  fr: ['hier'],
  es: ['ayer'],
};
/** Words beside a weekday that put it in the week before ("минулого вівторка", "am vergangenen Dienstag", "mardi dernier"). */
const LAST_WEEK: Readonly<Record<LanguageRules['code'], readonly string[]>> = {
  uk: ['минулого', 'минулої', 'минулий', 'минулу', 'минулій'],
  ru: ['прошлый', 'прошлую', 'прошлой', 'прошлого', 'прошлом', 'прошлое'],
  de: ['vergangenen', 'letzten', 'vorigen', 'vergangene', 'letzte', 'vorige'],
  fr: ['dernier', 'dernière'],
  es: ['pasado', 'pasada'],
};
/** German writes a weekday and the part of the day as one word ("Dienstagabend", "Montagmorgen"). */
const GERMAN_DAY_PARTS =
  /^(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)(abend|morgen|vormittag|nachmittag|mittag|nacht)$/u;

/** Cues that go on from words said before ("she added"): they keep those words' date. */
const GOES_ON =
  /^(дода|добави|добавл|ergänz|fügte|hinzugefügt|a-t-(il|elle) ajouté|a ajouté|ajout|añadi|agreg)/u;

const WEEKDAY_OF: ReadonlyMap<string, number> = new Map(
  Object.values(WEEKDAYS).flatMap((days) =>
    days.flatMap((names, index) => names.map((name) => [name, index] as const)),
  ),
);

/** The date a span of text names, against the publication day, with the words that name it. */
export function dateIn(
  text: string,
  span: Span,
  rules: LanguageRules,
  published: DayNumber | null,
): Omit<SaidAt, 'basis'> | null {
  if (published === null) return null;
  const part = text.slice(span.start, span.end);
  const lower = part.toLowerCase();
  const [year] = formatDay(published).value.split('-').map(Number) as [number];
  // "18 листопада [2025]", "3. Dezember", "3 décembre", "3 de diciembre [de 2025]"
  for (const match of lower.matchAll(/(\d{1,2})\.?\s+(?:de\s+)?([\p{L}]+)\.?(?:\s+(?:de\s+)?(\d{4}))?/gu)) {
    const month = monthOfName(match[2]!);
    if (month === null) continue;
    const day = Number(match[1]);
    let chosen = match[3] === undefined ? year : Number(match[3]);
    // Without a year, the latest such date not after publication.
    if (match[3] === undefined && dayNumber(chosen, month, Math.min(day, 28)) > published) chosen -= 1;
    if (!isValidDate(chosen, month, day)) continue;
    const start = span.start + match.index;
    return {
      start,
      end: start + match[0].length,
      text: part.slice(match.index, match.index + match[0].length),
      ...formatDate(chosen, month, day),
    };
  }
  const words = [...lower.matchAll(/[\p{L}’'ʼ]+/gu)];
  for (const [at, match] of words.entries()) {
    const word = rules.code === 'de' ? (GERMAN_DAY_PARTS.exec(match[0])?.[1] ?? match[0]) : match[0];
    const start = span.start + match.index;
    const found = {
      start,
      end: start + word.length,
      text: part.slice(match.index, match.index + word.length),
    };
    if (TODAY[rules.code].includes(word)) return { ...found, ...formatDay(published) };
    if (YESTERDAY[rules.code].includes(word)) return { ...found, ...formatDay(published - 1) };
    const weekday = WEEKDAYS[rules.code].findIndex((names) => names.includes(word));
    if (weekday !== -1 && WEEKDAY_OF.get(word) === weekday) {
      // The last such weekday up to the publication day (a Wednesday paper's "on Wednesday" is that day,
      // as in English, see find-times.ts), or before it when the words say the week before.
      const beside = [words[at - 1]?.[0], words[at + 1]?.[0]];
      const lastWeek = beside.some((other) => other !== undefined && LAST_WEEK[rules.code].includes(other));
      let day = lastWeek ? published - 1 : published;
      while (weekdayOf(day) !== weekday) day -= 1;
      return { ...found, ...formatDay(day) };
    }
  }
  return null;
}

export const goesOn = (cue: string): boolean => GOES_ON.test(cue.toLowerCase());

export const publicationDay = (published: string | null | undefined): DayNumber | null =>
  parseDay(published ?? null);
