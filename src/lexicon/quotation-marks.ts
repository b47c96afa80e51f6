/**
 * The one home of quotation-mark pairs (compromise defined its pairs twice and the copies drifted).
 * Ordered longest opening mark first, so that `''` is tried before `'`.
 */
export interface QuotationPair {
  readonly open: string;
  readonly close: string;
  /** Single marks double as apostrophes ("don’t", "keepers’"), so a lone one inside a passage proves nothing. */
  readonly single: boolean;
}

export const QUOTATION_PAIRS: readonly QuotationPair[] = [
  // Typewriter doubles as some wire copy and the NYT archive write them.
  { open: "''", close: "''", single: false },
  { open: '``', close: "''", single: false },
  { open: '"', close: '"', single: false },
  { open: '“', close: '”', single: false },
  // Swedish and Finnish.
  { open: '”', close: '”', single: false },
  // German, Czech (closing “) and Polish, Romanian, Hungarian (closing ”).
  { open: '„', close: '“', single: false },
  { open: '„', close: '”', single: false },
  // French, Russian, Ukrainian, Spanish; reversed in German and Danish.
  { open: '«', close: '»', single: false },
  { open: '»', close: '«', single: false },
  // CJK corner brackets.
  { open: '「', close: '」', single: false },
  { open: '『', close: '』', single: false },
  { open: '‘', close: '’', single: true },
  { open: '‚', close: '‘', single: true },
  { open: '‚', close: '’', single: true },
  { open: "'", close: "'", single: true },
  { open: '‹', close: '›', single: true },
  { open: '›', close: '‹', single: true },
];

/**
 * Every character that closes a quotation in some style, for trimming marks off the end of a line. Every
 * mark is one UTF-16 code unit, so splitting a closing mark into code units is splitting it into marks.
 */
export const CLOSING_MARKS: ReadonlySet<string> = new Set(
  QUOTATION_PAIRS.flatMap((pair) => Array.from(pair.close)),
);

/**
 * Every mark that closes a double-mark quotation in some style. Inside a passage quoted with double
 * marks, any of these means the quotation ends before the passage does: copy mixes styles
 * (“We’re going to build a wall," he said. "It’s ...”).
 */
export const DOUBLE_CLOSING_MARKS: readonly string[] = [
  ...new Set(QUOTATION_PAIRS.filter((pair) => !pair.single).map((pair) => pair.close)),
];

/** The pairs whose opening mark starts `value`, longest mark first. */
export function pairsOpening(value: string): QuotationPair[] {
  return QUOTATION_PAIRS.filter((pair) => value.startsWith(pair.open));
}

// Views of the same pairs for the quotation scanner of src/analyze, which reads one mark at a time.

/** Each one-character opening mark, with the marks that may close it. */
export const CLOSERS_OF: ReadonlyMap<string, string> = QUOTATION_PAIRS.filter(
  (pair) => pair.open.length === 1,
).reduce(
  (closers, pair) => closers.set(pair.open, (closers.get(pair.open) ?? '') + pair.close),
  new Map<string, string>(),
);

/** Marks of double quotation (the kind whose presence alone makes a content quoted). */
export const DOUBLE_MARKS: ReadonlySet<string> = new Set(
  QUOTATION_PAIRS.filter((pair) => !pair.single).flatMap((pair) => [
    ...Array.from(pair.open),
    ...Array.from(pair.close),
  ]),
);

/** Marks of single quotation: they double as apostrophes, so they count only in pairs. */
export const SINGLE_MARKS: ReadonlySet<string> = new Set(
  QUOTATION_PAIRS.filter((pair) => pair.single).flatMap((pair) => [
    ...Array.from(pair.open),
    ...Array.from(pair.close),
  ]),
);

export const ALL_MARKS: ReadonlySet<string> = new Set([...DOUBLE_MARKS, ...SINGLE_MARKS]);

/** Marks that only ever open a quotation, in every style listed. */
export const OPENING_ONLY_MARKS: ReadonlySet<string> = new Set(
  [...CLOSERS_OF.keys()].filter((mark) => !CLOSING_MARKS.has(mark)),
);
