/**
 * Dates written for machines: ISO 8601 as metadata carries it (`2024-03-12`, `2024-03-12T10:00:00+02:00`,
 * `2024-03-12 10:00:00.000+0200`, the basic form `20240312T100000Z`) and Unix times in seconds or
 * milliseconds. Returns null for anything else, so a caller can fall back to reading written-out dates.
 */
import { type DateParts, normalizeOffset, type TimeOfDay } from './date-parts.js';

const EXTENDED = new RegExp(
  String.raw`^(\d{4})-(\d{2})-(\d{2})` +
    String.raw`(?:[Tt\s]+(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?` +
    String.raw`\s*(Z|z|UTC|GMT|[+\-\u2212]\d{2}(?::?\d{2})?)?)?$`,
  'u',
);
const BASIC =
  /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(?:[.,](\d{1,9}))?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const UNIX_SECONDS = /^\d{9,10}$/;
const UNIX_MILLISECONDS = /^\d{12,13}$/;

function partsOf(match: RegExpExecArray): DateParts | null {
  const [, year, month, day, hour, minute, second, fraction, offset] = match;
  const time: TimeOfDay | null =
    hour === undefined || minute === undefined
      ? null
      : {
          hour: Number(hour),
          minute: Number(minute),
          second: Number(second ?? '0'),
          fraction: fraction ?? null,
        };
  const normalizedOffset = time === null || offset === undefined ? null : normalizeOffset(offset);
  // A time whose offset is written but unreadable is not a time we can place; keep the day alone.
  if (time !== null && offset !== undefined && normalizedOffset === null) {
    return { year: Number(year), month: Number(month), day: Number(day), time: null, offset: null };
  }
  return { year: Number(year), month: Number(month), day: Number(day), time, offset: normalizedOffset };
}

function fromUnixTime(milliseconds: number): DateParts | null {
  const date = new Date(milliseconds);
  if (Number.isNaN(date.getTime())) return null;
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    time: { hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds() },
    offset: 'Z',
  };
}

export function readMachineDate(value: string): DateParts | null {
  const extended = EXTENDED.exec(value);
  if (extended) return partsOf(extended);
  const basic = BASIC.exec(value);
  if (basic) return partsOf(basic);
  if (UNIX_SECONDS.test(value)) return fromUnixTime(Number(value) * 1000);
  if (UNIX_MILLISECONDS.test(value)) return fromUnixTime(Number(value));
  return null;
}
