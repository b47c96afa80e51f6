import { CUE_VERB_FORMS } from '../lexicon/cue-verbs.js';
import type { Token } from '../tokenize.js';
import { FEATURE_BITS, hashFeature } from './hash-feature.js';

const CLASS_CODES: Readonly<Record<string, number>> = { speech: 1, cognition: 2 };

/**
 * Features are computed with integers only: each string a feature reads (a word, its suffixes, its
 * prefix) is hashed straight from the word's characters, with a seed per kind, and a feature is a
 * template number mixed with one or two such hashes. No strings are built and nothing is memoized, so
 * memory stays flat however many distinct words a long run sees.
 */
export interface WordCodes {
  readonly word: number;
  readonly suffix2: number;
  readonly suffix3: number;
  readonly suffix4: number;
  readonly prefix3: number;
  readonly lex: number;
  readonly lemma: number;
}

const SEED_WORD = 0x811c9dc5;
const SEED_SUFFIX2 = 0x2c9277b5;
const SEED_SUFFIX3 = 0x3b1f7e2d;
const SEED_SUFFIX4 = 0x4a6b1c3f;
const SEED_PREFIX3 = 0x5d0e9a71;
const SEED_LEMMA = 0x6e2f4b93;

/** FNV-1a over `text[from, to)`, from a seed. */
function hashRange(seed: number, text: string, from: number, to: number): number {
  let hash = seed;
  for (let index = from; index < to; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/** A word's hash, as `codesOf(word).word`: the key the word-class table is looked up by. */
export const wordHash = (word: string): number => hashRange(SEED_WORD, word, 0, word.length);

export function codesOf(lower: string): WordCodes {
  const length = lower.length;
  // A verb of the manner of speaking ("shouted") reports only beside quoted words, which find-cues checks:
  // the taggers see it as any other word, as they were trained before the lexicon held it.
  const entry = CUE_VERB_FORMS.get(lower);
  const verb = entry?.needsQuotation ? undefined : entry;
  return {
    word: hashRange(SEED_WORD, lower, 0, length),
    suffix2: hashRange(SEED_SUFFIX2, lower, Math.max(0, length - 2), length),
    suffix3: hashRange(SEED_SUFFIX3, lower, Math.max(0, length - 3), length),
    suffix4: hashRange(SEED_SUFFIX4, lower, Math.max(0, length - 4), length),
    prefix3: hashRange(SEED_PREFIX3, lower, 0, Math.min(3, length)),
    lex: verb ? CLASS_CODES[verb.class]! : 0,
    lemma: verb ? hashRange(SEED_LEMMA, verb.lemma, 0, verb.lemma.length) : 0,
  };
}

/** A salt per template, so that one value in two templates lands in two buckets. */
const SALTS = Int32Array.from(
  { length: 64 },
  (_, template) => hashFeature(`template ${template}`) * 2654435761,
);

/** Checked once where a feature module is loaded: a template beyond the salts would share salt 0. */
export function assertTemplates(templates: number): void {
  if (templates > SALTS.length)
    throw new Error(`${templates} feature templates, but only ${SALTS.length} salts`);
}

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

/**
 * Writes a token's row of buckets: template `t`'s from its values `first[t]` and `second[t]` (0 where the
 * template has one value). The feature functions fill the two arrays and this one loop hashes them: with a
 * call of `bucket` per template, more calls than the compiler would inline, the features took about a
 * third longer.
 */
export function writeBuckets(buckets: Uint32Array, row: number, first: Int32Array, second: Int32Array): void {
  for (let template = 0; template < first.length; template += 1)
    buckets[row + template] = bucket(template, first[template]!, second[template]);
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
