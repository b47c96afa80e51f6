/**
 * One date value from a page (a meta tag, a JSON-LD field, a `<time>` element) in the form metadata dates
 * take (see date-parts.ts): ISO 8601 with the page's own offset, a day alone when only a day is given,
 * null for relative times ("3 days ago", "vor 2 Stunden", "2 години тому") and for anything invalid.
 */
import { cleanValue, MAX_LENGTH } from './clean-value.js';
import { formatDateParts } from './date-parts.js';
import { readMachineDate } from './read-machine-date.js';
import { readWrittenDate } from './read-written-date.js';

export function normalizeDate(value: unknown): string | null {
  const text = typeof value === 'number' ? String(value) : cleanValue(value, MAX_LENGTH.date);
  if (text === null) return null;
  const parts = readMachineDate(text) ?? readWrittenDate(text);
  return parts === null ? null : formatDateParts(parts);
}

/** Whether a normalized date carries a time of day, not just the day. */
export function hasTime(date: string): boolean {
  return date.length > 10;
}

/**
 * The first date, in the order the sources are trusted, that is valid. When that one gives only the day
 * and a later source gives the same day with its time, the later one is taken: both describe one moment
 * and the fuller is more useful.
 */
export function pickDate(values: Iterable<unknown>): string | null {
  let best: string | null = null;
  for (const value of values) {
    const date = normalizeDate(value);
    if (date === null) continue;
    if (best === null) {
      best = date;
      if (hasTime(best)) return best;
    } else if (hasTime(date) && date.startsWith(best)) return date;
  }
  return best;
}
