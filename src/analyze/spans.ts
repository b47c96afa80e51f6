import type { Span } from '../types.js';

/** The end of a span without its trailing white space. */
export function trimmedEnd(text: string, span: Span): number {
  let end = span.end;
  while (end > span.start && /\s/u.test(text[end - 1]!)) end -= 1;
  return end;
}
