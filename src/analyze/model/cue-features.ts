import type { AnalysisContext } from '../context.js';
import { outputBuckets, reusableArray } from './reusable-array.js';
import { tokenCodes } from './token-codes.js';
import { assertTemplates, BOUNDARY, bucket, codesOf, writeBuckets } from './word-codes.js';

/** The tags of the cue tagger: outside a cue, beginning one, inside one. */
export const CUE_TAGS = ['O', 'B', 'I'] as const;
export type CueTag = 0 | 1 | 2;

const THAT = codesOf('that').word;
const TEMPLATES = 42;
/** The templates of the second, stacked pass, which reads the first passes' tags (see `writeStackedBuckets`). */
const STACKED_TEMPLATES = 14;
assertTemplates(TEMPLATES + STACKED_TEMPLATES);
// Each template's values for the token at hand (see writeBuckets); a template with one value never writes
// `second`, which stays 0.
const first = new Int32Array(TEMPLATES);
const second = new Int32Array(TEMPLATES);

// Working arrays, padded by two on each side (see reusable-array.ts).
const wordArray = reusableArray((length) => new Int32Array(length));
const lexArray = reusableArray((length) => new Int32Array(length));
const shapeArray = reusableArray((length) => new Int32Array(length));
const wordClassArray = reusableArray((length) => new Int32Array(length));
const inQuoteArray = reusableArray((length) => new Uint8Array(length));

/**
 * Features of a sentence: `TEMPLATES` buckets per token (`TEMPLATES + STACKED_TEMPLATES` when made with
 * room for the second pass), token `k`'s row at `k` times that.
 */
export interface SentenceFeatures {
  readonly count: number;
  readonly buckets: Uint32Array;
  /**
   * How many of each row's buckets a tagger scores: `TEMPLATES` until `addFirstPass` has written the
   * second pass's (the slots after them hold whatever a reused array held before).
   */
  readonly scoredPerToken: number;
}

/**
 * What a first pass of the cue tagger read in a sentence, for the second pass: its tag (0 O, 1 B, 2 I)
 * and its margin (B's score above O's) per token. For the backward pass, B stands at a span's last word,
 * so its margin says that a cue ends there.
 */
export interface PassReading {
  readonly tags: ArrayLike<number>;
  readonly margins: ArrayLike<number>;
}

/**
 * The two first passes' readings of a sentence: left to right, and right to left (`backward`, its tags
 * made forward ones, its margins those of a span ending at the token).
 */
export interface FirstPass extends PassReading {
  readonly backward: PassReading;
}

/**
 * The features of every non-space token of one sentence, as hashed buckets in one flat array; token `k`
 * is `indices[k]`. The previous tag is added at decoding time (see `tagSequence`). With `stacked`, each
 * token's row has room for the second pass's templates after its own, for `addFirstPass` to write once
 * the first pass has read the row: the second pass then reads the same rows without computing them again.
 */
export function sentenceFeatures(
  context: AnalysisContext,
  indices: readonly number[],
  bucketArray?: (length: number) => Uint32Array,
  stacked = false,
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
  const perToken = TEMPLATES + (stacked ? STACKED_TEMPLATES : 0);
  const buckets = outputBuckets(count * perToken, bucketArray);
  for (let k = 0; k < count; k += 1) {
    const p = k + 2; // position in the padded arrays
    const w = word[p]!;
    const index = indices[k]!;
    const quote = inQuote[k]! ? 1 : firstQuote === -1 ? 2 : k < firstQuote ? 3 : k > lastQuote ? 4 : 5;
    const position = k === 0 ? 1 : k === count - 1 ? 2 : k < 3 ? 3 : 4;
    const nextThat = word[p + 1] === THAT || word[p + 2] === THAT ? 1 : 0;
    const row = k * perToken;
    first[0] = 0;
    first[1] = w;
    first[2] = word[p - 1]!;
    first[3] = word[p + 1]!;
    first[4] = word[p - 2]!;
    first[5] = word[p + 2]!;
    first[6] = word[p - 1]!;
    second[6] = w;
    first[7] = w;
    second[7] = word[p + 1]!;
    first[8] = codes.suffix3[index]!;
    first[9] = codes.suffix2[index]!;
    first[10] = codes.prefix3[index]!;
    first[11] = shape[p]!;
    first[12] = shape[p - 1]!;
    first[13] = lex[p]!;
    first[14] = codes.lemma[index]!;
    first[15] = quote;
    first[16] = position;
    first[17] = nextThat;
    first[18] = codes.suffix3[index]!;
    second[18] = word[p + 1]!;
    first[19] = codes.suffix4[index]!;
    first[20] = word[p - 1]!;
    second[20] = word[p + 1]!;
    first[21] = shape[p - 1]!;
    second[21] = w;
    first[22] = w;
    second[22] = inQuote[k]!;
    first[23] = lex[p]!;
    second[23] = inQuote[k]!;
    first[24] = word[p - 2]!;
    second[24] = word[p - 1]!;
    first[25] = word[p + 1]!;
    second[25] = word[p + 2]!;
    first[26] = lex[p - 1]!;
    first[27] = lex[p + 1]!;
    // What WordNet says of the word and its neighbours: generalizes to cue verbs never seen in training.
    first[28] = wordClass[p]!;
    first[29] = wordClass[p - 1]!;
    second[29] = wordClass[p]!;
    first[30] = wordClass[p + 1]!;
    first[31] = wordClass[p]!;
    second[31] = word[p + 1]!;
    // The word's class beside its context: what precedes it (a name, a pronoun), where it stands towards
    // the sentence's quotation and in the sentence, and what follows it. Session 8: with these, cue exact
    // F1 on dev rose about 0.007.
    first[32] = wordClass[p]!;
    second[32] = shape[p - 1]!;
    first[33] = wordClass[p]!;
    second[33] = quote;
    first[34] = k >= 3 ? word[p - 3]! : BOUNDARY;
    first[35] = codes.suffix3[index]!;
    second[35] = wordClass[p - 1]!;
    first[36] = quoteDistance(k, inQuote[k]!, firstQuote, lastQuote);
    second[36] = wordClass[p]!;
    first[37] = wordClass[p]!;
    second[37] = ((4 * k) / count) | 0; // which quarter of the sentence
    first[38] = word[p - 1]!;
    second[38] = wordClass[p]!;
    first[39] = codes.suffix3[index]!;
    second[39] = wordClass[p + 1]!;
    first[40] = shape[p + 1]!;
    second[40] = shape[p + 2]! * 8 + shape[p - 1]!;
    first[41] = k + 3 < count ? word[p + 3]! : BOUNDARY;
    writeBuckets(buckets, row, first, second);
  }
  return { count, buckets, scoredPerToken: TEMPLATES };
}

/**
 * Writes the second pass's templates into features made with room for them (`sentenceFeatures(...,
 * true)`), from the two first passes' readings of the same sentence, and returns them for the second pass.
 */
export function addFirstPass(
  context: AnalysisContext,
  indices: readonly number[],
  features: SentenceFeatures,
  firstPass: FirstPass,
): SentenceFeatures {
  const { count, buckets } = features;
  const perToken = TEMPLATES + STACKED_TEMPLATES;
  if (
    buckets.length !== count * perToken ||
    indices.length !== count ||
    features.scoredPerToken !== TEMPLATES
  )
    throw new Error(
      "addFirstPass needs the first pass's features of the same sentence, made with room for the second",
    );
  const codes = tokenCodes(context);
  let firstCues = 0;
  for (let k = 0; k < count; k += 1) if (firstPass.tags[k] === 1) firstCues += 1;
  for (let k = 0; k < count; k += 1) {
    const index = indices[k]!;
    writeStackedBuckets(
      buckets,
      k * perToken + TEMPLATES,
      firstPass,
      k,
      count,
      firstCues,
      codes.word[index]!,
      codes.wordClass[index]!,
    );
  }
  return { count, buckets, scoredPerToken: perToken };
}

const OUTSIDE_SENTENCE = 7;

/**
 * The stacked pass's features of token `k`: the first pass's tags around it (it tags left to right and so
 * could not see the tags to come), its margin, how many cues it found in the sentence and how far the
 * nearest stands, each alone or with the word or its class; and the backward pass's tag, alone, with the
 * forward tag and with the word, its tags around the token, and its margin. Trained on first passes that
 * did not see the sentence (`trainStackedCueModel`), so that the second pass learns how far to trust each.
 */
function writeStackedBuckets(
  buckets: Uint32Array,
  out: number,
  firstPass: FirstPass,
  k: number,
  count: number,
  firstCues: number,
  word: number,
  wordClass: number,
): void {
  const tag = (j: number): number => (j < 0 || j >= count ? OUTSIDE_SENTENCE : firstPass.tags[j]!);
  const own = tag(k);
  let nearest = 0; // the nearest first-pass cue start, within 8 tokens: negative before, positive after
  for (let distance = 1; distance <= 8 && nearest === 0; distance += 1)
    if (tag(k - distance) === 1) nearest = -distance;
    else if (tag(k + distance) === 1) nearest = distance;
  buckets[out] = bucket(TEMPLATES, own);
  buckets[out + 1] = bucket(TEMPLATES + 1, tag(k - 1), tag(k + 1));
  buckets[out + 2] = bucket(TEMPLATES + 2, word, own);
  buckets[out + 3] = bucket(TEMPLATES + 3, tag(k + 1), tag(k + 2));
  buckets[out + 4] = bucket(TEMPLATES + 4, tag(k - 2), tag(k - 1));
  buckets[out + 5] = bucket(TEMPLATES + 5, marginBin(firstPass.margins[k]!));
  buckets[out + 6] = bucket(TEMPLATES + 6, Math.min(firstCues, 3), own);
  buckets[out + 7] = bucket(TEMPLATES + 7, nearest, wordClass);
  buckets[out + 8] = bucket(TEMPLATES + 8, own, wordClass);
  // The backward pass makes other mistakes than the forward one, where the end of a cue tells more than
  // its start ("pointed out", "is accused of"). Session 10: cue exact F1 on dev 0.701 to 0.708.
  const { backward } = firstPass;
  const back = (j: number): number => (j < 0 || j >= count ? OUTSIDE_SENTENCE : backward.tags[j]!);
  buckets[out + 9] = bucket(TEMPLATES + 9, back(k));
  buckets[out + 10] = bucket(TEMPLATES + 10, back(k), own);
  buckets[out + 11] = bucket(TEMPLATES + 11, word, back(k));
  buckets[out + 12] = bucket(TEMPLATES + 12, marginBin(backward.margins[k]!));
  buckets[out + 13] = bucket(TEMPLATES + 13, back(k - 1), back(k + 1));
}

/**
 * A margin in steps of 2 up to 24 either way: the feature tells doubtful decisions apart, and any margin
 * beyond (a typical cue's is about 45) is simply sure.
 */
const marginBin = (margin: number): number => Math.max(-12, Math.min(12, Math.round(margin / 2)));

/**
 * How far token `k` stands from the sentence's quotation, capped at 8: 0 without one or inside it, 1-8
 * before it, 11-18 after it, 20 between two of its quoted stretches. "Said" two words after the quote.
 */
function quoteDistance(k: number, inQuote: number, firstQuote: number, lastQuote: number): number {
  if (firstQuote === -1 || inQuote) return 0;
  if (k < firstQuote) return Math.min(firstQuote - k, 8);
  if (k > lastQuote) return 10 + Math.min(k - lastQuote, 8);
  return 20;
}
