import type { AnalysisContext } from '../context.js';
import { outputBuckets, reusableArray } from './reusable-array.js';
import { tokenCodes } from './token-codes.js';
import { assertTemplates, BOUNDARY, bucket, codesOf } from './word-codes.js';

/** The tags of the cue tagger: outside a cue, beginning one, inside one. */
export const CUE_TAGS = ['O', 'B', 'I'] as const;
export type CueTag = 0 | 1 | 2;

const THAT = codesOf('that').word;
const TEMPLATES = 32;
assertTemplates(TEMPLATES);

// Working arrays, padded by two on each side (see reusable-array.ts).
const wordArray = reusableArray((length) => new Int32Array(length));
const lexArray = reusableArray((length) => new Int32Array(length));
const shapeArray = reusableArray((length) => new Int32Array(length));
const wordClassArray = reusableArray((length) => new Int32Array(length));
const inQuoteArray = reusableArray((length) => new Uint8Array(length));

/** Features of a sentence: `TEMPLATES` buckets per token, token `k`'s at `k * TEMPLATES`. */
export interface SentenceFeatures {
  readonly count: number;
  readonly buckets: Uint32Array;
}

/**
 * The features of every non-space token of one sentence, as hashed buckets in one flat array; token `k`
 * is `indices[k]`. The previous tag is added at decoding time (see `tagSequence`).
 */
export function sentenceFeatures(
  context: AnalysisContext,
  indices: readonly number[],
  bucketArray?: (length: number) => Uint32Array,
): SentenceFeatures {
  const { quotationOfToken } = context;
  const codes = tokenCodes(context);
  const count = indices.length;
  const padded = count + 4;
  const word = wordArray(padded).fill(BOUNDARY, 0, padded);
  const lex = lexArray(padded).fill(0, 0, padded);
  const shape = shapeArray(padded).fill(0, 0, padded);
  const wordClass = wordClassArray(padded).fill(0, 0, padded);
  const inQuote = inQuoteArray(count).fill(0, 0, count);
  let firstQuote = -1;
  let lastQuote = -1;
  for (let k = 0; k < count; k += 1) {
    const index = indices[k]!;
    word[k + 2] = codes.word[index]!;
    lex[k + 2] = codes.lex[index]!;
    shape[k + 2] = codes.shape[index]!;
    wordClass[k + 2] = codes.wordClass[index]!;
    if (quotationOfToken[index] !== -1) {
      inQuote[k] = 1;
      if (firstQuote === -1) firstQuote = k;
      lastQuote = k;
    }
  }
  const buckets = outputBuckets(count * TEMPLATES, bucketArray);
  for (let k = 0; k < count; k += 1) {
    const p = k + 2; // position in the padded arrays
    const w = word[p]!;
    const index = indices[k]!;
    const quote = inQuote[k]! ? 1 : firstQuote === -1 ? 2 : k < firstQuote ? 3 : k > lastQuote ? 4 : 5;
    const position = k === 0 ? 1 : k === count - 1 ? 2 : k < 3 ? 3 : 4;
    const nextThat = word[p + 1] === THAT || word[p + 2] === THAT ? 1 : 0;
    const row = k * TEMPLATES;
    buckets[row] = bucket(0, 0);
    buckets[row + 1] = bucket(1, w);
    buckets[row + 2] = bucket(2, word[p - 1]!);
    buckets[row + 3] = bucket(3, word[p + 1]!);
    buckets[row + 4] = bucket(4, word[p - 2]!);
    buckets[row + 5] = bucket(5, word[p + 2]!);
    buckets[row + 6] = bucket(6, word[p - 1]!, w);
    buckets[row + 7] = bucket(7, w, word[p + 1]);
    buckets[row + 8] = bucket(8, codes.suffix3[index]!);
    buckets[row + 9] = bucket(9, codes.suffix2[index]!);
    buckets[row + 10] = bucket(10, codes.prefix3[index]!);
    buckets[row + 11] = bucket(11, shape[p]!);
    buckets[row + 12] = bucket(12, shape[p - 1]!);
    buckets[row + 13] = bucket(13, lex[p]!);
    buckets[row + 14] = bucket(14, codes.lemma[index]!);
    buckets[row + 15] = bucket(15, quote);
    buckets[row + 16] = bucket(16, position);
    buckets[row + 17] = bucket(17, nextThat);
    buckets[row + 18] = bucket(18, codes.suffix3[index]!, word[p + 1]);
    buckets[row + 19] = bucket(19, codes.suffix4[index]!);
    buckets[row + 20] = bucket(20, word[p - 1]!, word[p + 1]);
    buckets[row + 21] = bucket(21, shape[p - 1]!, w);
    buckets[row + 22] = bucket(22, w, inQuote[k]);
    buckets[row + 23] = bucket(23, lex[p]!, inQuote[k]);
    buckets[row + 24] = bucket(24, word[p - 2]!, word[p - 1]);
    buckets[row + 25] = bucket(25, word[p + 1]!, word[p + 2]);
    buckets[row + 26] = bucket(26, lex[p - 1]!);
    buckets[row + 27] = bucket(27, lex[p + 1]!);
    // What WordNet says of the word and its neighbours: generalizes to cue verbs never seen in training.
    buckets[row + 28] = bucket(28, wordClass[p]!);
    buckets[row + 29] = bucket(29, wordClass[p - 1]!, wordClass[p]);
    buckets[row + 30] = bucket(30, wordClass[p + 1]!);
    buckets[row + 31] = bucket(31, wordClass[p]!, word[p + 1]);
  }
  return { count, buckets };
}
