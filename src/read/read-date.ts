import { monthNumber } from './months.js';

/** A calendar date read from a phrase; `year` is null for wire datelines that leave it out ("Nov. 19"). */
export interface CalendarDate {
  readonly year: number | null;
  readonly month: number;
  readonly day: number;
}

const WEEKDAY = String.raw`(?:[A-Za-z]{3,9}day,?\s+)?`;
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MONTH_YEAR = new RegExp(
  String.raw`^${WEEKDAY}(\d{1,2})${ORDINAL}\s+([A-Za-z]{3,9}\.?),?\s+(\d{4})$`,
);
const MONTH_DAY_YEAR = new RegExp(
  String.raw`^${WEEKDAY}([A-Za-z]{3,9}\.?)\s+(\d{1,2})${ORDINAL}(?:,?\s+(\d{4}))?$`,
);

/** Years outside this range are more likely numbers that happen to sit in a date's place. */
const MIN_YEAR = 1800;
const MAX_YEAR = 2200;

function daysInMonth(year: number | null, month: number): number {
  if (month === 2)
    return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function toDate(year: number | null, month: number | null, day: number): CalendarDate | null {
  if (month === null || month < 1 || month > 12) return null;
  if (year !== null && (year < MIN_YEAR || year > MAX_YEAR)) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * Reads a whole phrase as a date: `2024-01-26`, `26 January 2024`, `January 26, 2024`, `Jan. 26, 2024`,
 * `Friday, Jan 26, 2024` or, as wire copy writes it, `Nov. 19` without a year. Returns null for anything
 * else, including impossible dates, so that a caller can try a phrase without a separate test.
 */
export function readDate(phrase: string): CalendarDate | null {
  const iso = ISO_DATE.exec(phrase);
  if (iso) return toDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = DAY_MONTH_YEAR.exec(phrase);
  if (dayFirst) return toDate(Number(dayFirst[3]), monthNumber(dayFirst[2]!), Number(dayFirst[1]));
  const monthFirst = MONTH_DAY_YEAR.exec(phrase);
  if (monthFirst) {
    const year = monthFirst[3] === undefined ? null : Number(monthFirst[3]);
    return toDate(year, monthNumber(monthFirst[1]!), Number(monthFirst[2]));
  }
  return null;
}

/** `YYYY-MM-DD`, or null when the year is not known (a published date needs one). */
export function formatDate(date: CalendarDate): string | null {
  if (date.year === null) return null;
  return `${String(date.year)}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}
