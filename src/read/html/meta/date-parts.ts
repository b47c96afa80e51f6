/**
 * A date read from a page, checked and written the one way metadata dates are written: `YYYY-MM-DD` when
 * only the day is known, `YYYY-MM-DDTHH:MM:SS` when the time is known but not its offset, and
 * `YYYY-MM-DDTHH:MM:SS±HH:MM` or `...Z` when it is. The offset is kept as the page gives it (never
 * converted to UTC) and written `±HH:MM` (`+0200` and `+02` become `+02:00`); `Z`, `UTC` and `GMT` are
 * written `Z`; fractions of a second are kept as written (`10:00:00.000Z`), as the golden pages expect.
 */
export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** The digits of a fraction of a second exactly as written ("000"), or null. */
  readonly fraction?: string | null;
}

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly time: TimeOfDay | null;
  /** `Z` or `±HH:MM`; null when the page does not say. */
  readonly offset: string | null;
}

/** Years outside this range are placeholders ("0001-01-01") or numbers in a date's place, not dates. */
const MIN_YEAR = 1800;
const MAX_YEAR = 2200;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isValidTime(time: TimeOfDay | null): boolean {
  if (time === null) return true;
  return time.hour <= 23 && time.minute <= 59 && time.second <= 59;
}

/**
 * Whether the parts name a real moment. 1970-01-01 is refused too: it is what a CMS prints for a missing
 * date (a zero Unix time), and no news page is from that day.
 */
export function isValidDate(parts: DateParts): boolean {
  const { year, month, day } = parts;
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return false;
  if (year === 1970 && month === 1 && day === 1) return false;
  return isValidTime(parts.time);
}

/**
 * An offset written `Z`, `+02`, `+0200` or `+02:00` as `Z` or `±HH:MM`; null for an impossible one
 * (beyond ±14:00, or minutes past 59).
 */
export function normalizeOffset(written: string): string | null {
  if (/^(?:z|utc|gmt)$/i.test(written)) return 'Z';
  const match = /^([+-\u2212])(\d{1,2})(?::?(\d{2}))?$/u.exec(written);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 14 || minutes > 59) return null;
  const sign = match[1] === '+' ? '+' : '-';
  return `${sign}${pad(hours)}:${pad(minutes)}`;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** The written form described above; null when the parts are not a real date. */
export function formatDateParts(parts: DateParts): string | null {
  if (!isValidDate(parts)) return null;
  const day = `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
  if (parts.time === null) return day;
  const { hour, minute, second, fraction } = parts.time;
  const seconds = fraction == null ? pad(second) : `${pad(second)}.${fraction}`;
  return `${day}T${pad(hour)}:${pad(minute)}:${seconds}${parts.offset ?? ''}`;
}
