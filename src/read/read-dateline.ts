import { formatDate, readDate, type CalendarDate } from './read-date.js';
import { isSpaceCode } from './split-lines.js';

/** A dateline read from the start of a line or paragraph. Offsets are relative to the string read. */
export interface Dateline {
  /** Where the dateline ends, its separator (dash) included. */
  readonly end: number;
  /** Where the story text after the dateline starts, or null when the dateline is all there is. */
  readonly restStart: number | null;
  readonly place: string | null;
  /** `YYYY-MM-DD`, or null when the dateline gives no year ("NEW YORK, Nov. 19 (UPI) —"). */
  readonly published: string | null;
  /** The agency in parentheses, else the outlet named before the date ("Valley Courier, 26 January 2024"). */
  readonly outlet: string | null;
}

/** A dateline is a short lead-in; a longer run before the first dash is a sentence. */
const MAX_HEAD_LENGTH = 100;
const MAX_PLACE_WORDS = 6;

// The dash that ends a dateline: an em or en dash, a horizontal bar, or a hyphen (or two) standing
// between spaces, so that "Jean-Paul" or "X-ray" never ends one.
const SEPARATOR = /[ \t\u00a0]*(?:[—–―]|(?<=[ \t\u00a0)])--?(?=[ \t\u00a0]))/u;
/** Kickers set in capitals before a dash like a place, but not places: "EXCLUSIVE – Roger Stone: ...". */
const KICKERS = new Set([
  'ANALYSIS',
  'BREAKING',
  'COMMENTARY',
  'EDITORIAL',
  'EXCLUSIVE',
  'FACT CHECK',
  'INTERVIEW',
  'LIVE',
  'OPINION',
  'PHOTOS',
  'REVIEW',
  'UPDATE',
  'UPDATED',
  'VIDEO',
  'WATCH',
]);
const LINE_BREAK = /[\r\n\u2028\u2029]/u;

// A place or outlet: capitalised words ("NEW YORK", "Valley Courier", "St. Louis"), the connectors of
// place names, or a web address standing for an outlet ("online.ua").
const PLACE_WORD =
  /^(?:[\p{Lu}][\p{L}\p{M}.’'&-]*,?|[a-z0-9-]+(?:\.[a-z0-9-]+)+,?|of|the|de|la|le|am|upon|on|-)$/u;
const AGENCY = /^\p{L}[\p{L}\p{M} .&'’-]{0,39}$/u;

function isPlace(place: string): boolean {
  const words = place.split(/\s+/u);
  return words.length <= MAX_PLACE_WORDS && words.every((word) => PLACE_WORD.test(word));
}

/** A place in capitals alone can stand before a dash ("NASHUA, N.H. -"); mixed case there is a sentence. */
function isCapitalsPlace(place: string): boolean {
  return (
    place.length <= 40 && /^\p{Lu}[\p{Lu}\s.,’'-]+$/u.test(place) && isPlace(place) && !KICKERS.has(place)
  );
}

function hasLowercase(value: string): boolean {
  return /\p{Ll}/u.test(value);
}

interface DatelineHead {
  readonly place: string | null;
  readonly date: CalendarDate | null;
  readonly agency: string | null;
}

/** Splits `PLACE, DATE (AGENCY)`; each part may be missing. Null when a part present is malformed. */
function readHead(head: string): DatelineHead | null {
  let agency: string | null = null;
  let rest = head;
  if (head.endsWith(')')) {
    const open = head.lastIndexOf('(');
    if (open === -1) return null;
    agency = head.slice(open + 1, -1).trim();
    if (!AGENCY.test(agency)) return null;
    rest = head.slice(0, open).trim();
  }
  const dateOnly = rest === '' ? null : readDate(rest);
  if (dateOnly) return { place: null, date: dateOnly, agency };
  // The first comma after which the rest reads as a date splits place from date ("TRENTON, N.J." has a
  // comma too, but no date after it).
  for (let comma = rest.indexOf(','); comma !== -1; comma = rest.indexOf(',', comma + 1)) {
    const date = readDate(rest.slice(comma + 1).trim());
    if (date) {
      const place = rest.slice(0, comma).trim();
      return place !== '' && isPlace(place) ? { place, date, agency } : null;
    }
  }
  if (rest === '') return agency === null ? null : { place: null, date: null, agency };
  return isPlace(rest) ? { place: rest, date: null, agency } : null;
}

/**
 * Reads a dateline at the start of `value` (a trimmed line or paragraph): `Valley Courier, 26 January
 * 2024` on its own line, or `WASHINGTON, Jan. 24, 2024 (Reuters) - ...`, `NEW YORK, Nov. 19 (UPI) — ...`,
 * `NASHUA, N.H. - ...` opening a paragraph. Returns null when the start is not a dateline.
 */
export function readDateline(value: string): Dateline | null {
  const lineBreak = LINE_BREAK.exec(value);
  const firstLine = lineBreak ? value.slice(0, lineBreak.index) : value;
  const separator = SEPARATOR.exec(firstLine.slice(0, MAX_HEAD_LENGTH + 4));
  let headText: string;
  let end: number;
  if (separator && separator.index > 0) {
    headText = firstLine.slice(0, separator.index).trim();
    end = separator.index + separator[0].length;
  } else if (!lineBreak && value.length <= MAX_HEAD_LENGTH) {
    headText = value.endsWith('.') ? value.slice(0, -1) : value;
    end = value.length;
  } else {
    return null;
  }
  const head = readHead(headText);
  if (!head) return null;
  // The story starts at the first character that is not white space by the same measure lines are
  // trimmed by, so that the lead block never starts with white space or a stray control character.
  let restFrom = end;
  while (restFrom < value.length && isSpaceCode(value.charCodeAt(restFrom))) restFrom++;
  const restStart = restFrom < value.length ? restFrom : null;
  if (head.date === null && head.agency === null) {
    // Only a place: a dateline only as the capitals before a dash that opens a paragraph.
    if (restStart === null || separator === null || head.place === null || !isCapitalsPlace(head.place))
      return null;
  }
  const outlet = head.agency ?? (head.date && head.place && hasLowercase(head.place) ? head.place : null);
  return {
    end,
    restStart,
    place: head.place,
    published: head.date && formatDate(head.date),
    outlet,
  };
}
