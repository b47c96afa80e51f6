// Anything but a single space between words: a run of spaces, a tab, a line break, a no-break space.
const UNTIDY_SPACE = /[^\S ]| {2}|^ | $/u;

/**
 * Meta values (title, subtitle, takeaways) are strings, not spans, so they may be tidied: runs of white
 * space, line breaks included, become one space. The Article's text itself is never touched. Most values
 * are tidy already and are returned as they are, without building a new string.
 */
export function collapseWhitespace(value: string): string {
  return UNTIDY_SPACE.test(value) ? value.replace(/[\s\u200b]+/gu, ' ').trim() : value;
}
