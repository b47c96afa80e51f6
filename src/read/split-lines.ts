import type { Span } from '../types.js';

/** One non-blank line: its span is the line's content without surrounding white space. */
export interface Line extends Span {
  /** Runs of lines not separated by a blank line share a group: the unit of a paragraph. */
  readonly group: number;
  /** Code units of white space before the content, to tell a wrapped bullet from a new paragraph. */
  readonly indent: number;
}

/**
 * True for code units that never carry content: ASCII controls and space, and the Unicode spaces,
 * including the byte-order mark and the zero-width space. Stray control characters in scraped copy are
 * treated as white space so that a line holding only them counts as blank.
 */
export function isSpaceCode(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0x7f ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Line ends as the platforms write them: LF, CRLF, lone CR, and the Unicode line and paragraph separators. */
function isBreakCode(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/**
 * Splits the text into its non-blank lines, in one pass over the code units. The text is not copied:
 * each line is a span into it, so every offset derived from a line is an offset into the input.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const length = text.length;
  let group = 0;
  let blankSinceLast = false;
  let lineStart = 0;
  while (lineStart <= length) {
    let lineEnd = lineStart;
    while (lineEnd < length && !isBreakCode(text.charCodeAt(lineEnd))) lineEnd++;
    let start = lineStart;
    while (start < lineEnd && isSpaceCode(text.charCodeAt(start))) start++;
    let end = lineEnd;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (start < end) {
      if (blankSinceLast && lines.length > 0) group++;
      blankSinceLast = false;
      lines.push({ start, end, group, indent: start - lineStart });
    } else {
      blankSinceLast = true;
    }
    if (lineEnd >= length) break;
    // CRLF is one line end, not a line end followed by an empty line.
    const isCrlf = text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a;
    lineStart = lineEnd + (isCrlf ? 2 : 1);
  }
  return lines;
}
