/**
 * EVAL.md's tokens: runs of letters, marks and digits, or any single other non-space character. Scoring
 * compares token ranges, not characters (as Citron compares spaCy token spans), so that a span with a
 * trailing space or one that cuts a word scores like the whole words it touches, while punctuation and
 * quotation marks still count.
 */
import type { Span } from '../types.js';
import type { TokenRange } from './types.js';

/** Token boundaries as parallel arrays of UTF-16 indices, in text order. */
export interface EvalTokens {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const SPACE = 0;
const WORD = 1;
const OTHER = 2;
type CharClass = typeof SPACE | typeof WORD | typeof OTHER;

/**
 * The class of a code point, cached: testing a Unicode property regex per character is what makes a naive
 * tokenizer slow, and news text uses a few hundred distinct characters.
 */
const classes = new Map<number, CharClass>();
function classOf(codePoint: number): CharClass {
  let known = classes.get(codePoint);
  if (known === undefined) {
    const char = String.fromCodePoint(codePoint);
    known = /[\p{L}\p{M}\p{N}]/u.test(char) ? WORD : /\s/u.test(char) ? SPACE : OTHER;
    classes.set(codePoint, known);
  }
  return known;
}

export function tokenizeForEval(text: string): EvalTokens {
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  while (index < text.length) {
    const codePoint = text.codePointAt(index)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const kind = classOf(codePoint);
    if (kind === SPACE) {
      index += width;
      continue;
    }
    starts.push(index);
    index += width;
    // A run of letters, marks and digits is one token; any other character is a token by itself.
    if (kind === WORD)
      while (index < text.length) {
        const next = text.codePointAt(index)!;
        if (classOf(next) !== WORD) break;
        index += next > 0xffff ? 2 : 1;
      }
    ends.push(index);
  }
  return { starts, ends };
}

/**
 * The tokens a span covers: those it shares at least one character with. A span that touches no token
 * (empty, or white space only) covers the empty range at the place it would start.
 */
export function coverSpan(tokens: EvalTokens, span: Span): TokenRange {
  // First token that ends after the span starts; then the first token that starts at or after its end.
  const start = firstIndex(tokens.ends, (end) => end > span.start);
  if (span.end <= span.start) return { start, end: start };
  const end = firstIndex(tokens.starts, (start) => start >= span.end);
  return { start, end: Math.max(start, end) };
}

/**
 * A content's token ranges: each fragment's, sorted, with overlapping or touching ranges merged, so that a
 * gap of white space alone does not split a fragment. Fragments that cover no token add nothing.
 */
export function coverContent(tokens: EvalTokens, fragments: readonly Span[]): TokenRange[] {
  const ranges = fragments
    .map((fragment) => coverSpan(tokens, fragment))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TokenRange[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    else merged.push(range);
  }
  return merged;
}

/** Binary search over a sorted array: the first index whose value satisfies the monotone test. */
function firstIndex(values: readonly number[], test: (value: number) => boolean): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(values[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}
