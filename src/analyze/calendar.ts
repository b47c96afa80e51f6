import type { DatePrecision } from '../types.js';

/**
 * Calendar arithmetic on whole days: a day is its number of days since 1970-01-01 (UTC), so that adding,
 * comparing and finding weekdays are integer operations and no Date is kept.
 */
export type DayNumber = number;

const DAY_MS = 86_400_000;

export function dayNumber(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The day of a `YYYY-MM-DD` date or ISO timestamp (its calendar date as written), or null. */
export function parseDay(value: string | null): DayNumber | null {
  const match = value === null ? null : /^(\d{4})-(\d{2})-(\d{2})/u.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? dayNumber(year, month, day) : null;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return new Date(Date.UTC(year, month - 1, day)).getUTCMonth() === month - 1;
}

/** Year, month (1-12) and day of month of a day. */
export function partsOf(day: DayNumber): [number, number, number] {
  const date = new Date(day * DAY_MS);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** 0 for Monday ... 6 for Sunday. */
export const weekdayOf = (day: DayNumber): number => (((day + 3) % 7) + 7) % 7;

/** A date written at a precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface CalendarValue {
  readonly value: string;
  readonly precision: DatePrecision;
}

const pad = (value: number): string => String(value).padStart(2, '0');

export function formatDate(year: number, month: number | null, day: number | null): CalendarValue {
  if (month === null) return { value: String(year), precision: 'year' };
  if (day === null) return { value: `${year}-${pad(month)}`, precision: 'month' };
  return { value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

export const formatDay = (day: DayNumber): CalendarValue => formatDate(...partsOf(day));

/**
 * A stretch of days written at the finest precision that holds all of it: one day, else the month both
 * ends share, else their year; null when it crosses a year ("last week" from 1 January).
 */
export function formatInterval(first: DayNumber, last: DayNumber): CalendarValue | null {
  if (last < first) return null;
  const [y1, m1, d1] = partsOf(first);
  const [y2, m2] = partsOf(last);
  if (first === last) return formatDate(y1, m1, d1);
  if (y1 !== y2) return null;
  return m1 === m2 ? formatDate(y1, m1, null) : formatDate(y1, null, null);
}

/** The month `count` months after (negative: before) a year and month. */
export function addMonths(year: number, month: number, count: number): [number, number] {
  const index = year * 12 + (month - 1) + count;
  return [Math.floor(index / 12), (index % 12) + 1];
}
