/**
 * The background of a text: asides set off inside a sentence between parentheses or a pair of spaced dashes
 * ("Olena Krawez – nicht verwandt mit Maxym Krawez – führte …"), and relative clauses after a comma
 * ("Остап Вербицький, який виступав після Свєтлова."). A person named in the background is less likely to be
 * the one a later family name alone or a pronoun means than one named in the sentence itself.
 */
import type { Span } from '../../types.js';

// An opening dash follows a word (not a comma: ", — сказав він, —" is an author's clause inside dash
// speech, not an aside) and the aside ends before the sentence does.
const DASH_ASIDE =
  /(?<=[\p{L}\p{N}][\s\u00a0])[–—][\s\u00a0][^–—.!?\n]{1,160}?[\s\u00a0][–—](?=[\s\u00a0])/gu;
const PARENTHESES = /\([^()\n]{1,200}\)/gu;
// A relative clause runs from its pronoun to the next comma, sentence end or quotation mark.
const RELATIVE = /,[\s\u00a0]+([\p{L}’']{1,40})[^,;.!?\n«»„“”]{0,200}/gu;
/** No background span is longer than this (the patterns above bound them), so a lookup scans back this far. */
const LONGEST = 400;

/** The background spans of a text, in text order; `relativePronouns` are the language's, lower case. */
export function findBackground(text: string, relativePronouns: ReadonlySet<string> = new Set()): Span[] {
  const spans: Span[] = [];
  for (const pattern of [DASH_ASIDE, PARENTHESES])
    for (const match of text.matchAll(pattern))
      spans.push({ start: match.index, end: match.index + match[0].length });
  if (relativePronouns.size > 0)
    for (const match of text.matchAll(RELATIVE))
      if (relativePronouns.has(match[1]!.toLowerCase()))
        spans.push({ start: match.index, end: match.index + match[0].length });
  return spans.sort((a, b) => a.start - b.start);
}

/** Whether the span lies inside one of the background spans (sorted by start, as findBackground gives them). */
export function inBackground(background: readonly Span[], span: Span): boolean {
  // The last span starting at or before this one, by binary search; then back over those that may reach it.
  let low = 0;
  let high = background.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (background[middle]!.start <= span.start) low = middle + 1;
    else high = middle;
  }
  for (let index = low - 1; index >= 0 && background[index]!.start >= span.start - LONGEST; index -= 1)
    if (span.end <= background[index]!.end) return true;
  return false;
}
