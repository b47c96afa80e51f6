/** Words of time that may sit between a cue and its content ("said on Tuesday that", "said last week"). */
export const TIME_WORDS = new Set([
  'today',
  'yesterday',
  'tonight',
  'tomorrow',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'last',
  'this',
  'next',
  'earlier',
  'later',
  'again',
  'also',
  'repeatedly',
  'publicly',
  'privately',
  'recently',
  'previously',
  'once',
  'twice',
  'often',
  'now',
  'then',
  'afterwards',
  'separately',
]);

// The vocabulary of time expressions (read by find-times). Month names have their one home in
// src/read/months.ts; another language is another set of tables here, chosen by the article's language.

/** Day names, Monday first (index 0), as `Date.getUTCDay() - 1` modulo 7 counts them. */
export const WEEKDAYS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** Words for a day counted from the publication date: "yesterday" is one day before it. */
export const DAY_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['today', 0],
  ['tonight', 0],
  ['yesterday', -1],
  ['tomorrow', 1],
]);

/** A day named by its name or counted from publication ("Monday", "yesterday"), lower-cased. */
export const isDayWord = (lower: string): boolean => DAY_OFFSETS.has(lower) || WEEKDAYS.includes(lower);

/** Parts of a day that may follow a day word ("Tuesday evening", "this morning", "last night"). */
export const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Calendar units of relative expressions ("last week", "two days ago"), singular and plural. */
export const TIME_UNITS: ReadonlyMap<string, 'day' | 'week' | 'weekend' | 'month' | 'year'> = new Map([
  ['day', 'day'],
  ['days', 'day'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['weekend', 'weekend'],
  ['month', 'month'],
  ['months', 'month'],
  ['year', 'year'],
  ['years', 'year'],
]);

/** Adverbs that place a span of time before or after the story's time ("days later", "weeks earlier"). */
export const SPAN_ADVERBS: ReadonlySet<string> = new Set(['later', 'earlier', 'ago']);

/** Counts written as words before a unit ("two days ago", "a year ago"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
]);

/** Words before a month or a bare year that make it a time ("in February", "early 2019", "since May"). */
export const MONTH_LEADS = new Set(['in', 'since', 'during', 'until', 'early', 'late', 'mid', 'by', 'of']);

/** Words shortly before a time that place it after publication ("will meet in March"). */
export const FUTURE_MARKERS = new Set(['will', 'shall', 'next', 'upcoming', 'scheduled', 'due', 'planned']);

/**
 * Phrases that refer back to the time of the occasion being narrated ("who was president at the time",
 * "later that day", "the next day"), as word sequences with the days they lie after it.
 */
export const BACK_REFERENCES: readonly (readonly [words: readonly string[], shift: number])[] = (
  [
    ...['at the time', 'at that time', 'at that point', 'back then', 'afterwards', 'afterward'].map(
      (phrase): [string, number] => [phrase, 0],
    ),
    ...['day', 'morning', 'afternoon', 'evening', 'night'].flatMap((part) =>
      [
        `the same ${part}`,
        `that same ${part}`,
        `that ${part}`,
        `later that ${part}`,
        `earlier that ${part}`,
        `later in the ${part}`,
        `earlier in the ${part}`,
      ].map((phrase): [string, number] => [phrase, 0]),
    ),
    ['the next day', 1],
    ['the following day', 1],
    ['the next morning', 1],
    ['the following morning', 1],
    ['the previous day', -1],
  ] satisfies [string, number][]
).map(([phrase, shift]) => [phrase.split(' '), shift] as const);

/** Units too short to move a date: "hours later" is the same day as the time before it. */
export const SAME_DAY_UNITS = new Set(['hour', 'hours', 'minute', 'minutes', 'moments']);

/** Words after a count that place it from the narrated time rather than from publication ("two days later"). */
export const FROM_NARRATED_TIME: ReadonlyMap<string, number> = new Map([
  ['later', 1],
  ['earlier', -1],
]);

/** Words that set a saying at another time than the occasion before it ("later said", "had earlier said"). */
export const OTHER_TIME_WORDS = new Set([
  'later',
  'earlier',
  'previously',
  'once',
  'recently',
  'repeatedly',
  'often',
  'formerly',
  'since',
]);
