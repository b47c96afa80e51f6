import type { Span } from '../types.js';
import { MONTH_NAMES, monthNumber } from '../read/months.js';
import {
  addMonths,
  dayNumber,
  formatDate,
  formatDay,
  formatInterval,
  isValidDate,
  parseDay,
  partsOf,
  weekdayOf,
  type CalendarValue,
  type DayNumber,
} from './calendar.js';
import { isAnalyzedSentence, nextWord, previousWord, type AnalysisContext } from './context.js';
import {
  BACK_REFERENCES,
  DAY_OFFSETS,
  DAY_PARTS,
  FUTURE_MARKERS,
  MONTH_LEADS,
  FROM_NARRATED_TIME,
  NUMBER_WORDS,
  SAME_DAY_UNITS,
  TIME_UNITS,
  WEEKDAYS,
} from './lexicon/time-words.js';
import { isCapitalized, type Token } from './tokenize.js';

/**
 * `absolute`: a full date or a year ("3 March 2024", "in 2019"); `partial`: a month or day without its year
 * ("in February", "on March 3"); `relative`: counted from the publication date ("yesterday", "on Tuesday",
 * "last week"); `back-reference`: the time of the occasion being narrated ("at the time"), or a number of
 * days from it ("the next day", "two days earlier").
 */
export type TimeKind = 'absolute' | 'partial' | 'relative' | 'back-reference';

/** A time expression: its span (without a leading "on" or "in") and the date it resolves to. */
export interface TimeExpression extends Span {
  readonly kind: TimeKind;
  /** Inclusive token range of the expression's words. */
  readonly first: number;
  readonly last: number;
  /** The first token of the phrase with its preposition ("on" in "on Tuesday"), else `first`. */
  readonly lead: number;
  /** The date it stands for; null for a back-reference, or when it needs a publication date there is none of. */
  readonly date: CalendarValue | null;
  /** Whether the date lies after the publication date (at the date's own precision). */
  readonly future: boolean;
  /** For a back-reference, the days it lies after the narrated time ("the next day": 1); else 0. */
  readonly shift: number;
}

interface Match {
  readonly last: number;
  readonly kind: TimeKind;
  readonly date: CalendarValue | null;
  readonly shift?: number;
}

/** What a matcher reads: the tokens, the sentence's limit and the publication day. */
interface Scan {
  readonly tokens: readonly Token[];
  readonly limit: number;
  readonly published: DayNumber | null;
}

const PARTS_OF_DAY_BEFORE = new Set(['late', 'early']);
const LEADING_PREPOSITIONS = new Set(['on', 'in', 'at', 'since', 'during', 'until', 'by', 'from', 'of']);
const YEAR = /^(?:1[89]|20)\d\d$/u;
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/u;

/**
 * The last token of a time expression that starts at token `index`, after a leading preposition there
 * ("on Wednesday", "late Monday", "last week"), within `limit`; -1 where none starts there.
 */
export function timePhraseEnd(context: AnalysisContext, index: number, limit: number): number {
  const { tokens } = context;
  // "late Monday", "early on Tuesday": the part of the day before the day.
  const day = PARTS_OF_DAY_BEFORE.has(tokens[index]?.lower ?? '') ? nextWord(tokens, index, limit) : index;
  const first = LEADING_PREPOSITIONS.has(tokens[day]?.lower ?? '') ? nextWord(tokens, day, limit) : day;
  if (first >= limit || tokens[first]?.kind !== 'word') return -1;
  const match = matchAt({ tokens, limit, published: null }, first);
  return match ? match.last : -1;
}

/**
 * Finds the time expressions of every analyzed sentence in one pass over its tokens, and resolves each
 * against the article's publication date (see `resolve*` below for the conventions).
 */
export function findTimes(context: AnalysisContext): TimeExpression[] {
  const { tokens } = context;
  const published = parseDay(context.meta.published);
  const times: TimeExpression[] = [];
  for (const sentence of context.sentences) {
    if (!isAnalyzedSentence(context, sentence)) continue;
    const scan: Scan = { tokens, limit: sentence.lastToken, published };
    for (let index = sentence.firstToken; index < sentence.lastToken; index += 1) {
      if (tokens[index]!.kind !== 'word') continue;
      const match = matchAt(scan, index);
      if (!match) continue;
      const before = previousWord(tokens, index, sentence.firstToken);
      const lead = before >= 0 && LEADING_PREPOSITIONS.has(tokens[before]!.lower) ? before : index;
      times.push({
        start: tokens[index]!.start,
        end: tokens[match.last]!.end,
        kind: match.kind,
        first: index,
        last: match.last,
        lead: match.kind === 'back-reference' ? index : lead,
        date: match.date,
        future: match.date !== null && published !== null && isAfter(match.date, published),
        shift: match.shift ?? 0,
      });
      index = match.last;
    }
  }
  return times;
}

/** The words a time expression can start with, besides numbers: one look-up rules out most words. */
const STARTERS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES.flat(),
  ...WEEKDAYS,
  ...DAY_OFFSETS.keys(),
  ...NUMBER_WORDS.keys(),
  ...BACK_REFERENCES.map(([phrase]) => phrase[0]!),
  ...SAME_DAY_UNITS,
  'last',
  'this',
  'next',
  'earlier',
  'early',
  'late',
  'later',
]);

function matchAt(scan: Scan, index: number): Match | null {
  const token = scan.tokens[index]!;
  const lower = token.lower;
  const code = lower.charCodeAt(0);
  if (!(code >= 48 && code <= 57) && !STARTERS.has(lower)) return null;
  if (YEAR.test(lower)) return isoDate(scan, index) ?? bareYear(scan, index);
  if (DAY.test(lower)) return dayThenMonth(scan, index) ?? countAgo(scan, index);
  if (isCapitalized(token)) {
    if (monthNumber(lower) !== null) return monthPhrase(scan, index);
    const weekday = WEEKDAYS.indexOf(lower);
    if (weekday !== -1) return weekdayPhrase(scan, index, weekday);
  }
  if (DAY_OFFSETS.has(lower)) return dayOffset(scan, index);
  if (lower === 'last' || lower === 'this' || lower === 'next') {
    // "last Friday", "next May": the day or month phrase, with the word that places it.
    const next = word(scan, index);
    const named = scan.tokens[next];
    if (
      named &&
      isCapitalized(named) &&
      (WEEKDAYS.includes(named.lower) || monthNumber(named.lower) !== null)
    )
      return matchAt(scan, next);
    return unitPhrase(scan, index, index);
  }
  if (lower === 'earlier' || lower === 'early' || lower === 'late' || lower === 'later') {
    const next = word(scan, index);
    const nextLower = scan.tokens[next]?.lower;
    if (nextLower === 'this' || nextLower === 'last' || nextLower === 'next')
      return unitPhrase(scan, next, index);
    if (nextLower === 'today') return dayOffset(scan, next);
  }
  if (NUMBER_WORDS.has(lower) || SAME_DAY_UNITS.has(lower)) {
    const counted = countAgo(scan, index);
    if (counted) return counted;
  }
  return BACK_REFERENCE_STARTS.has(lower) ? backReference(scan, index) : null;
}

const BACK_REFERENCE_STARTS: ReadonlySet<string> = new Set(BACK_REFERENCES.map(([phrase]) => phrase[0]!));

const word = (scan: Scan, index: number): number => nextWord(scan.tokens, index, scan.limit);
const lowerAt = (scan: Scan, index: number): string | undefined =>
  index < scan.limit ? scan.tokens[index]?.lower : undefined;

/** `2024-03-12`. */
function isoDate(scan: Scan, index: number): Match | null {
  const { tokens } = scan;
  if (index + 4 >= scan.limit || tokens[index + 1]!.text !== '-' || tokens[index + 3]!.text !== '-')
    return null;
  const [month, day] = [tokens[index + 2]!.text, tokens[index + 4]!.text];
  if (!/^\d\d$/u.test(month) || !/^\d\d$/u.test(day)) return null;
  const year = Number(tokens[index]!.text);
  if (!isValidDate(year, Number(month), Number(day))) return null;
  return { last: index + 4, kind: 'absolute', date: formatDate(year, Number(month), Number(day)) };
}

/** `in 2019`, `early 2019`, `mid-2019`: a year after a word that makes it a time. */
function bareYear(scan: Scan, index: number): Match | null {
  const { tokens } = scan;
  let before = previousWord(tokens, index);
  if (tokens[before]?.text === '-') before = previousWord(tokens, before);
  const lead = tokens[before]?.lower;
  if (lead === undefined || !MONTH_LEADS.has(lead)) return null;
  return { last: index, kind: 'absolute', date: formatDate(Number(tokens[index]!.text), null, null) };
}

/** `3 March 2024`, `3rd March`. */
function dayThenMonth(scan: Scan, index: number): Match | null {
  const month = word(scan, index);
  const token = scan.tokens[month];
  if (!token || !isCapitalized(token)) return null;
  const number = monthNumber(token.lower);
  if (number === null) return null;
  const day = Number(DAY.exec(scan.tokens[index]!.lower)![1]);
  return monthDayYear(scan, month, number, day, skipPeriod(scan, month));
}

/** `March 3, 2024`, `March 3`, `February 2022`, `in February`, `Sept. 3`. */
function monthPhrase(scan: Scan, index: number): Match | null {
  const { tokens } = scan;
  const month = monthNumber(tokens[index]!.lower)!;
  const full = MONTH_NAMES[month - 1]![0] === tokens[index]!.lower;
  const end = skipPeriod(scan, index);
  const next = word(scan, end);
  const nextLower = lowerAt(scan, next) ?? '';
  const dayMatch = DAY.exec(nextLower);
  if (dayMatch && !YEAR.test(nextLower) && Number(dayMatch[1]) >= 1 && Number(dayMatch[1]) <= 31) {
    const afterDay = word(scan, next);
    const year = lowerAt(scan, afterDay) === ',' ? word(scan, afterDay) : afterDay;
    if (YEAR.test(lowerAt(scan, year) ?? ''))
      return absolute(year, Number(tokens[year]!.text), month, Number(dayMatch[1]));
    return partialDay(scan, index, next, month, Number(dayMatch[1]));
  }
  if (YEAR.test(nextLower)) return absolute(next, Number(tokens[next]!.text), month, null);
  if (!full || end !== index) return null;
  // A month alone is a time only after a word that makes it one ("in February", "last May").
  const before = previousWord(tokens, index);
  const lead =
    tokens[before]?.text === '-' ? tokens[previousWord(tokens, before)]?.lower : tokens[before]?.lower;
  if (lead === undefined || !(MONTH_LEADS.has(lead) || lead === 'last' || lead === 'this' || lead === 'next'))
    return null;
  return { last: index, kind: 'partial', date: resolveMonth(scan, index, month, lead) };
}

function monthDayYear(scan: Scan, monthIndex: number, month: number, day: number, end: number): Match | null {
  const year = word(scan, end);
  if (YEAR.test(lowerAt(scan, year) ?? ''))
    return absolute(year, Number(scan.tokens[year]!.text), month, day);
  return partialDay(scan, monthIndex, end, month, day);
}

function absolute(last: number, year: number, month: number, day: number | null): Match | null {
  if (day !== null && !isValidDate(year, month, day)) return null;
  return { last, kind: 'absolute', date: formatDate(year, month, day) };
}

/** A month and day without a year: the most recent past one, or the next one when the text looks ahead. */
function partialDay(scan: Scan, first: number, last: number, month: number, day: number): Match | null {
  if (day < 1 || day > 31) return null;
  const { published } = scan;
  if (published === null) return { last, kind: 'partial', date: null };
  const [year] = partsOf(published);
  const future = looksAhead(scan, first);
  const candidate = isValidDate(year, month, day) ? dayNumber(year, month, day) : null;
  if (candidate === null) return null;
  const shift = future ? (candidate < published ? 1 : 0) : candidate > published ? -1 : 0;
  const resolved = year + shift;
  if (!isValidDate(resolved, month, day)) return null;
  return { last, kind: 'partial', date: formatDate(resolved, month, day) };
}

function resolveMonth(scan: Scan, index: number, month: number, lead: string): CalendarValue | null {
  if (scan.published === null) return null;
  const [year, current] = partsOf(scan.published);
  if (lead === 'this') return formatDate(year, month, null);
  if (lead === 'last') return formatDate(month < current ? year : year - 1, month, null);
  if (lead === 'next' || looksAhead(scan, index))
    return formatDate(month > current ? year : year + 1, month, null);
  return formatDate(month <= current ? year : year - 1, month, null);
}

/**
 * `on Tuesday`, `Tuesday evening`, `last Tuesday`: news convention takes the most recent such day on or
 * before publication (strictly before after "last"), and the next one when the text looks ahead.
 */
function weekdayPhrase(scan: Scan, index: number, weekday: number): Match | null {
  const { tokens, published } = scan;
  // "Tuesday, March 3": the month phrase that follows holds the date.
  const next = word(scan, index);
  if (lowerAt(scan, next) === ',' && monthNumber(lowerAt(scan, word(scan, next)) ?? '') !== null) return null;
  const last = DAY_PARTS.has(lowerAt(scan, next) ?? '') ? next : index;
  if (published === null) return { last, kind: 'relative', date: null };
  const lead = tokens[previousWord(tokens, index)]?.lower;
  const today = weekdayOf(published);
  if (lead === 'next' || looksAhead(scan, index)) {
    const ahead = (weekday - today + 7) % 7;
    return {
      last,
      kind: 'relative',
      date: formatDay(published + (ahead === 0 && lead === 'next' ? 7 : ahead)),
    };
  }
  const back = (today - weekday + 7) % 7;
  return { last, kind: 'relative', date: formatDay(published - (back === 0 && lead === 'last' ? 7 : back)) };
}

/** `yesterday`, `today`, `yesterday evening`. */
function dayOffset(scan: Scan, index: number): Match {
  const next = word(scan, index);
  const last = DAY_PARTS.has(lowerAt(scan, next) ?? '') ? next : index;
  const offset = DAY_OFFSETS.get(scan.tokens[index]!.lower)!;
  const date = scan.published === null ? null : formatDay(scan.published + offset);
  return { last, kind: 'relative', date };
}

/**
 * `last week`, `this month`, `next year`, `last night`, `this morning`, with `earlier`/`late` before them.
 * A week runs Monday to Sunday; a stretch of days is given at the finest precision that holds all of it
 * (`formatInterval`): "last week" is a month when the whole week lies in one month, else a year.
 */
function unitPhrase(scan: Scan, index: number, first: number): Match | null {
  const which = scan.tokens[index]!.lower;
  const unitIndex = word(scan, index);
  const unitWord = lowerAt(scan, unitIndex) ?? '';
  const { published } = scan;
  if (which === 'last' && unitWord === 'night') return dayOffsetMatch(unitIndex, published, -1);
  if (which === 'this' && DAY_PARTS.has(unitWord)) return dayOffsetMatch(unitIndex, published, 0);
  const unit = TIME_UNITS.get(unitWord);
  if (unit === undefined || unitWord.endsWith('s')) return null;
  if (published === null) return { last: unitIndex, kind: 'relative', date: null };
  const step = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  const earlier = scan.tokens[first]!.lower === 'earlier';
  const [year, month] = partsOf(published);
  const monday = published - weekdayOf(published);
  let date: CalendarValue | null;
  if (unit === 'year') date = formatDate(year + step, null, null);
  else if (unit === 'month') date = formatDate(...addMonths(year, month, step), null);
  else if (unit === 'week')
    date =
      step === 0
        ? formatInterval(monday, earlier ? published - 1 : published)
        : formatInterval(monday + 7 * step, monday + 7 * step + 6);
  else if (unit === 'weekend') date = formatInterval(monday + 7 * step + 5, monday + 7 * step + 6);
  else date = step === 0 ? formatDay(published) : null;
  return { last: unitIndex, kind: 'relative', date };
}

const dayOffsetMatch = (last: number, published: DayNumber | null, offset: number): Match => ({
  last,
  kind: 'relative',
  date: published === null ? null : formatDay(published + offset),
});

/**
 * `two days ago`, `3 weeks ago`, `a year ago`; and counted from the narrated time, as a back-reference:
 * `two days later`, `a week earlier`, `hours later` (the same day).
 */
function countAgo(scan: Scan, index: number): Match | null {
  const lower = scan.tokens[index]!.lower;
  if (SAME_DAY_UNITS.has(lower)) {
    const after = word(scan, index);
    if (FROM_NARRATED_TIME.has(lowerAt(scan, after) ?? ''))
      return { last: after, kind: 'back-reference', date: null, shift: 0 };
    // "minutes ago", "a few hours ago": the day of publication (a live blog's entries).
    return lowerAt(scan, after) === 'ago' ? dayOffsetMatch(after, scan.published, 0) : null;
  }
  const count = NUMBER_WORDS.get(lower) ?? (/^\d{1,3}$/u.test(lower) ? Number(lower) : null);
  if (count === null) return null;
  const unitIndex = word(scan, index);
  const unitWord = lowerAt(scan, unitIndex) ?? '';
  const unit = TIME_UNITS.get(unitWord);
  const ago = word(scan, unitIndex);
  const direction = FROM_NARRATED_TIME.get(lowerAt(scan, ago) ?? '');
  if (direction !== undefined && SAME_DAY_UNITS.has(unitWord))
    return { last: ago, kind: 'back-reference', date: null, shift: 0 };
  if (direction !== undefined && (unit === 'day' || unit === 'week'))
    return {
      last: ago,
      kind: 'back-reference',
      date: null,
      shift: direction * count * (unit === 'week' ? 7 : 1),
    };
  if (unit === undefined || unit === 'weekend' || lowerAt(scan, ago) !== 'ago') return null;
  const { published } = scan;
  if (published === null) return { last: ago, kind: 'relative', date: null };
  const [year, month] = partsOf(published);
  let date: CalendarValue | null;
  if (unit === 'day') date = formatDay(published - count);
  else if (unit === 'week') {
    const monday = published - weekdayOf(published) - 7 * count;
    date = formatInterval(monday, monday + 6);
  } else if (unit === 'month') date = formatDate(...addMonths(year, month, -count), null);
  else date = formatDate(year - count, null, null);
  return { last: ago, kind: 'relative', date };
}

/** `at the time`, `back then`, `later that day`, `the next day`. */
function backReference(scan: Scan, index: number): Match | null {
  for (const [phrase, shift] of BACK_REFERENCES) {
    if (scan.tokens[index]!.lower !== phrase[0]) continue;
    let at = index;
    let matched = true;
    for (let position = 1; position < phrase.length && matched; position += 1) {
      at = word(scan, at);
      matched = lowerAt(scan, at) === phrase[position];
    }
    // "that day-to-day work": a compound, not the day narrated.
    if (matched && scan.tokens[at + 1]?.text !== '-')
      return { last: at, kind: 'back-reference', date: null, shift };
  }
  return null;
}

/** The month abbreviation's period, if one follows ("Sept."), else the month itself. */
function skipPeriod(scan: Scan, index: number): number {
  const lower = scan.tokens[index]!.lower;
  const abbreviated = MONTH_NAMES[monthNumber(lower)! - 1]![0] !== lower;
  return abbreviated && scan.tokens[index + 1]?.text === '.' && index + 1 < scan.limit ? index + 1 : index;
}

/** A future marker among the four words before ("will meet in March", "due on May 3"). */
function looksAhead(scan: Scan, index: number): boolean {
  let at = index;
  for (let count = 0; count < 4; count += 1) {
    at = previousWord(scan.tokens, at);
    const token = scan.tokens[at];
    if (!token || token.kind !== 'word') return false;
    if (FUTURE_MARKERS.has(token.lower)) return true;
  }
  return false;
}

/** Whether a date lies after a day, compared at the date's precision ("2025-11" is not after 2025-11-09). */
export function isAfter(date: CalendarValue, day: DayNumber): boolean {
  const reference = formatDay(day).value.slice(0, date.value.length);
  return date.value > reference;
}
