/**
 * A feed item's publication date as ISO 8601 with the offset the feed wrote (`../shared/EVAL.md`: dates keep
 * their offset). The parser turns dates into instants, losing the offset, so the element's text is read
 * first: ISO 8601 as it stands (Atom, dc:date), RFC 822 rewritten (RSS pubDate); else the parser's instant.
 */
import type { parseFeed } from '@rowanmanning/feed-parser';

type ParsedItem = ReturnType<typeof parseFeed>['items'][number];

/** Where an item's date may be, first found first taken: publication before update. */
const DATE_ELEMENTS = ['published', 'pubdate', 'issued', 'date', 'updated', 'modified'] as const;

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;
const RFC_822_DATE =
  /^(?:[a-z]{3,9},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,3})?$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 822's named zones. */
const ZONES: Readonly<Record<string, string>> = {
  ut: 'Z',
  utc: 'Z',
  gmt: 'Z',
  z: 'Z',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
};

export function itemPublished(item: ParsedItem): string | null {
  for (const name of DATE_ELEMENTS) {
    const text = item.element.findElementWithName(name)?.textContent.trim();
    const date = text ? isoDateWithOffset(text) : null;
    if (date !== null) return date;
  }
  const instant = item.published ?? item.updated;
  return instant === null ? null : isoInstant(instant);
}

/** The parser's instant in ISO 8601, or null when its year has no four-digit form (`+012026-...`). */
function isoInstant(instant: Date): string | null {
  const year = instant.getUTCFullYear();
  return Number.isNaN(year) || year < 1000 || year > 9999 ? null : instant.toISOString();
}

/** `2026-06-09T08:30:00+02:00` from ISO 8601 or RFC 822 text; null for anything else or an impossible date. */
export function isoDateWithOffset(text: string): string | null {
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, year, month, day, hour, minute, second, zone] = iso;
    return composeDate(year!, month!, day!, hour, minute, second, zone);
  }
  const rfc = RFC_822_DATE.exec(text);
  if (!rfc) return null;
  const [, day, monthName, year, hour, minute, second, zone] = rfc;
  const month = MONTHS.indexOf(monthName!.toLowerCase()) + 1;
  if (month === 0) return null;
  const fullYear = year!.length === 4 ? year! : `${Number(year) < 50 ? 20 : 19}${year!}`;
  return composeDate(fullYear, String(month), day!, hour, minute, second ?? '00', zone);
}

function composeDate(
  year: string,
  month: string,
  day: string,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  zone: string | undefined,
): string | null {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  // Date.UTC rolls 30 February over into March; a real date survives the round trip.
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  const date = `${year}-${pad(m)}-${pad(d)}`;
  if (hour === undefined || minute === undefined) return date;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 60) return null;
  const offset = zoneOffset(zone);
  if (offset === null) return null;
  return `${date}T${pad(Number(hour))}:${minute}:${second ?? '00'}${offset}`;
}

/** `+0200` as `+02:00`, a named zone by RFC 822's table, none as none; null for an unknown name. */
function zoneOffset(zone: string | undefined): string | null {
  if (zone === undefined) return '';
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) return `${numeric[1]}${numeric[2]}:${numeric[3]}`;
  return ZONES[zone.toLowerCase()] ?? null;
}

const pad = (value: number): string => String(value).padStart(2, '0');
