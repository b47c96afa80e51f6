/**
 * Dates written out for people, as bylines and `<time>` elements show them: "March 12, 2024, 10:00 a.m.
 * EST", "12 березня 2024, 10:00", "12 марта 2024 г.", "12. März 2024 um 10:30 Uhr", "1er mars 2024 à
 * 10h30", "12 de marzo de 2024", "Tue, 12 Mar 2024 10:00:00 +0200", "12.03.2024 10:00", "2024/03/12".
 * A year is required: "12 March" or "3 days ago" give null, since a guessed year is a wrong date.
 */
import { type DateParts, normalizeOffset, type TimeOfDay } from './date-parts.js';
import { ALL_MONTH_NAMES, monthOfName } from '../../months.js';
import { ZONE_OFFSETS } from './time-zones.js';

const MONTH = `(${ALL_MONTH_NAMES.join('|')})\\.?(?![\\p{L}])`;
const NOT_AFTER_WORD = String.raw`(?<![\p{L}\p{N}])`;
const YEAR = String.raw`(\d{4})(?!\d)`;
/** "12", "12.", "1er", "1st", "12-го", "12-е": the day, with what languages write after it. */
const DAY = String.raw`(\d{1,2})(?:\.|er|st|nd|rd|th|-?го|-?е)?`;

const DAY_MONTH_YEAR = new RegExp(
  `${NOT_AFTER_WORD}${DAY}\\s*(?:de\\s+)?${MONTH},?\\s*(?:de\\s+|del\\s+)?${YEAR}`,
  'iu',
);
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}])${MONTH}\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}`, 'iu');
const YEAR_MONTH_DAY = /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/u;
const DAY_MONTH_YEAR_NUMERIC = /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/u;

const ZONE_NAMES = [...ZONE_OFFSETS.keys()].sort((a, b) => b.length - a.length).join('|');
/** "10:00", "10:00:05", "10h30", "10.30 Uhr", "10 a.m.", "10:00 p.m.", then an optional zone or offset. */
const TIME = new RegExp(
  String.raw`(?<![\d.:])(\d{1,2})(?:(?::|h)(\d{2})(?::(\d{2}))?|\.(\d{2})(?=\s*uhr)|(?=\s*[ap]\.?\s?m\.?(?![\p{L}])))` +
    String.raw`(?:\s*([ap])\.?\s?m\.?(?![\p{L}]))?(?:\s*uhr)?` +
    String.raw`(?:\s*\(?(?:(${ZONE_NAMES})(?![\p{L}]))?\s*([+\-\u2212]\d{1,2}(?::?\d{2})?)?)?`,
  'iu',
);

interface FoundDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Where the day was written, so that a time is looked for in the rest of the text. */
  readonly index: number;
  readonly length: number;
}

function found(match: RegExpExecArray, year: number, month: number | null, day: number): FoundDay | null {
  if (month === null) return null;
  return { year, month, day, index: match.index, length: match[0].length };
}

function findDay(text: string): FoundDay | null {
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (dayFirst) return found(dayFirst, Number(dayFirst[3]), monthOfName(dayFirst[2]!), Number(dayFirst[1]));
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst)
    return found(monthFirst, Number(monthFirst[3]), monthOfName(monthFirst[1]!), Number(monthFirst[2]));
  const yearFirst = YEAR_MONTH_DAY.exec(text);
  if (yearFirst) return found(yearFirst, Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]));
  const numeric = DAY_MONTH_YEAR_NUMERIC.exec(text);
  if (numeric) return numericDay(numeric);
  return null;
}

/**
 * `12.03.2024` is day-first wherever it is written. With slashes or hyphens, `03/12/2024` is March 12 in
 * the United States and 3 December elsewhere: only a number above 12 settles which, otherwise null.
 */
function numericDay(match: RegExpExecArray): FoundDay | null {
  const first = Number(match[1]);
  const second = Number(match[3]);
  const year = Number(match[4]);
  if (match[2] === '.') return found(match, year, second, first);
  if (first > 12 && second <= 12) return found(match, year, second, first);
  if (second > 12 && first <= 12) return found(match, year, first, second);
  return null;
}

interface FoundTime {
  readonly time: TimeOfDay;
  readonly offset: string | null;
}

function findTime(text: string): FoundTime | null {
  const match = TIME.exec(text);
  if (!match) return null;
  const [, hourText, minuteText, secondText, uhrMinuteText, meridiem, zone, offsetText] = match;
  let hour = Number(hourText);
  const minute = Number(minuteText ?? uhrMinuteText ?? '0');
  const second = Number(secondText ?? '0');
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    const pm = meridiem.toLowerCase() === 'p';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  let offset: string | null = null;
  if (offsetText !== undefined) offset = normalizeOffset(offsetText);
  else if (zone !== undefined) offset = ZONE_OFFSETS.get(zone.toLowerCase()) ?? null;
  return { time: { hour, minute, second }, offset };
}

export function readWrittenDate(text: string): DateParts | null {
  const day = findDay(text);
  if (day === null) return null;
  // The time may come after the day ("12 March 2024, 10:00") or before it ("10:00, 12 березня 2024").
  const rest = text.slice(0, day.index) + ' ; ' + text.slice(day.index + day.length);
  const time = findTime(rest);
  return {
    year: day.year,
    month: day.month,
    day: day.day,
    time: time?.time ?? null,
    offset: time?.offset ?? null,
  };
}
