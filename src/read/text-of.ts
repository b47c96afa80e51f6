import type { Span } from '../types.js';

/** The text a span covers. */
export function textOf(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}
