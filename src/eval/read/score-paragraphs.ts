import { normalizeSpace } from './normalize-space.js';

/** Which of a page's expected strings a body holds, compared white space normalized. */
export interface ContainedStrings {
  readonly present: readonly string[];
  readonly absent: readonly string[];
}

/**
 * Splits strings by whether the body contains each one. Paragraphs are matched as substrings of the whole
 * body, so a reader that joins two paragraphs into one block still gets both; a paragraph cut short or
 * polluted inside (a caption spliced into it) is not found.
 */
export function splitByPresence(strings: readonly string[], body: string): ContainedStrings {
  const normalizedBody = normalizeSpace(body);
  const present: string[] = [];
  const absent: string[] = [];
  for (const value of strings) {
    const normalized = normalizeSpace(value);
    (normalized !== '' && normalizedBody.includes(normalized) ? present : absent).push(value);
  }
  return { present, absent };
}

/** Share of `part` in `whole`; 1 when there is nothing to find (an empty list cannot be missed). */
export const shareOf = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);
