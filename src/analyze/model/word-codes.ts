import { CUE_VERB_FORMS } from '../lexicon/cue-verbs.js';
import type { Token } from '../tokenize.js';
import { FEATURE_BITS, hashFeature } from './hash-feature.js';

const CLASS_CODES: Readonly<Record<string, number>> = { speech: 1, cognition: 2 };

/**
 * Features are computed with integers only: each string a feature reads (a word, a suffix) is hashed
 * once and memoized, and a feature is a template number mixed with one or two such hashes. Building
 * feature strings for every token cost most of the analysis time.
 */
const MEMO_LIMIT = 200_000;

/** What the features read of one word, computed once per distinct word and memoized. */
export interface WordCodes {
  readonly word: number;
  readonly suffix2: number;
  readonly suffix3: number;
  readonly suffix4: number;
  readonly prefix3: number;
  readonly lex: number;
  readonly lemma: number;
}

const memo = new Map<string, WordCodes>();

export function codesOf(lower: string): WordCodes {
  let codes = memo.get(lower);
  if (codes === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear(); // keeps a long-running server's memory flat
    const verb = CUE_VERB_FORMS.get(lower);
    codes = {
      word: hashFeature(lower) | 0,
      suffix2: hashFeature(`2:${lower.slice(-2)}`) | 0,
      suffix3: hashFeature(`3:${lower.slice(-3)}`) | 0,
      suffix4: hashFeature(`4:${lower.slice(-4)}`) | 0,
      prefix3: hashFeature(`p:${lower.slice(0, 3)}`) | 0,
      lex: verb ? CLASS_CODES[verb.class]! : 0,
      lemma: verb ? hashFeature(`l:${verb.lemma}`) | 0 : 0,
    };
    memo.set(lower, codes);
  }
  return codes;
}

/** A salt per template, so that one value in two templates lands in two buckets. */
const SALTS = Int32Array.from(
  { length: 32 },
  (_, template) => hashFeature(`template ${template}`) * 2654435761,
);

/**
 * Combines a template and two values into a bucket by multiplicative (Fibonacci) hashing: the values are
 * already well-mixed 32-bit hashes or small codes, so two multiplications and the top bits suffice.
 */
export function bucket(template: number, a: number, b = 0): number {
  return (
    (Math.imul(a ^ SALTS[template]!, 0x9e3779b1) ^ Math.imul(b + template, 0x85ebca6b)) >>>
    (32 - FEATURE_BITS)
  );
}

/** Shape of a word: punctuation, digits, lower case, all capitals, capitalized (by character codes). */
export function shapeOf(token: Token): number {
  if (token.kind === 'punct') return 1;
  const first = token.text.charCodeAt(0);
  if (first >= 48 && first <= 57) return 2;
  if (token.text === token.lower) return 3;
  return token.text.length > 1 && token.text === token.text.toUpperCase() ? 4 : 5;
}

export const BOUNDARY = hashFeature('<s>') | 0;
