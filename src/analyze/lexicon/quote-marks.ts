/**
 * Quotation marks, in one home. Each opening mark lists the marks that may close it; the straight marks
 * close themselves. Directional marks are used in both directions across languages (German `„…“` and
 * `»…«`, French `« … »`, Swedish `”…”`), so closers are sets, not single characters.
 */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '"': '"',
  '“': '”',
  '„': '“”',
  '«': '»',
  '»': '«',
  '‚': '‘’',
  '‘': '’',
  "'": "'",
  '「': '」',
  '『': '』',
  '”': '”',
};

/** Double marks (the kind whose presence makes a content direct or mixed on its own). */
export const DOUBLE_QUOTE_MARKS = new Set(['"', '“', '”', '„', '«', '»', '「', '」', '『', '』']);

/** Single marks: they count only when an opening and a closing one pair up (apostrophes do not). */
export const SINGLE_QUOTE_MARKS = new Set(["'", '‘', '’', '‚']);

export const ALL_QUOTE_MARKS = new Set([...DOUBLE_QUOTE_MARKS, ...SINGLE_QUOTE_MARKS]);

/** Marks that can only open a quotation. */
export const OPENING_ONLY = new Set(['“', '„', '«', '‚', '‘', '「', '『']);

/** Marks that can only close one (but may also appear as the opener in some languages, see QUOTE_PAIRS). */
export const CLOSING_ONLY = new Set(['”', '»', '’', '」', '』']);
