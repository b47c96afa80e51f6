import type { AnalysisContext } from '../context.js';
import { RELATIVE_PRONOUNS } from '../lexicon/function-words.js';
import { PRONOUNS } from '../lexicon/pronouns.js';
import type { TokenRange } from '../noun-phrases.js';
import type { FeatureSequence } from './perceptron.js';
import { outputBuckets, reusableArray } from './reusable-array.js';
import { tokenCodes } from './token-codes.js';
import { assertTemplates, BOUNDARY, codesOf, writeBuckets } from './word-codes.js';

/** Tags of the role tagger, for one cue: outside, source (begin, inside), content (begin, inside). */
export const ROLE_TAGS = ['O', 'B-S', 'I-S', 'B-C', 'I-C'] as const;
export type RoleTag = 0 | 1 | 2 | 3 | 4;

/** I-S only after B-S or I-S, I-C only after B-C or I-C. */
export const roleTransitionAllowed = (previous: number, tag: number): boolean =>
  (tag !== 2 || previous === 1 || previous === 2) && (tag !== 4 || previous === 3 || previous === 4);

const TEMPLATES = 35;
assertTemplates(TEMPLATES);
// Each template's values for the token at hand (see writeBuckets); a template with one value never writes
// `second`, which stays 0.
const first = new Int32Array(TEMPLATES);
const second = new Int32Array(TEMPLATES);
const COMMA = codesOf(',').word;
const THAT = codesOf('that').word;
const COORDINATORS = new Set([codesOf('and').word, codesOf('but').word, codesOf('or').word]);

/**
 * How a cue joins its sentence. After "and" it is a second verb of the clause's subject ("Merrill says
 * ... and said"); as a participle after a comma it is an adjunct of the main clause (", saying"); both
 * take their source from the clause's subject, often far to the left, not from the nearest noun phrase.
 */
const JOIN_PLAIN = 0;
const JOIN_COORDINATED = 1;
const JOIN_PARTICIPLE = 2;
const JOIN_AFTER_COMMA = 3;

/** A signed distance in tokens, bucketed: the near ones exactly, the far ones by range. */
function distanceCode(distance: number): number {
  const magnitude = Math.abs(distance);
  const band =
    magnitude <= 4 ? magnitude : magnitude <= 7 ? 5 : magnitude <= 12 ? 6 : magnitude <= 20 ? 7 : 8;
  return distance < 0 ? -band : band;
}

// Working arrays (see reusable-array.ts).
const wordArray = reusableArray((length) => new Int32Array(length));
const wordClassArray = reusableArray((length) => new Int32Array(length));
const commasArray = reusableArray((length) => new Int32Array(length));
const thatArray = reusableArray((length) => new Uint8Array(length));
const lexArray = reusableArray((length) => new Uint8Array(length));
const cueBetweenArray = reusableArray((length) => new Uint8Array(length));
const asideArray = reusableArray((length) => new Uint8Array(length));

/**
 * The features of every non-space token of a sentence with respect to one cue: where the token stands
 * from the cue (before, inside, after; how far), what lies between them (a comma, "that", a quotation
 * mark), and the word itself with its neighbours.
 */
export function roleFeatures(
  context: AnalysisContext,
  indices: readonly number[],
  cue: TokenRange,
  bucketArray?: (length: number) => Uint32Array,
): FeatureSequence {
  const { tokens, quotationOfToken } = context;
  const codes = tokenCodes(context);
  const count = indices.length;
  const word = wordArray(count + 4).fill(BOUNDARY, 0, count + 4); // padded by two on each side
  const wordClass = wordClassArray(count + 4).fill(0, 0, count + 4);
  for (let k = 0; k < count; k += 1) {
    word[k + 2] = codes.word[indices[k]!]!;
    wordClass[k + 2] = codes.wordClass[indices[k]!]!;
  }
  const cueFirst = indices.findIndex((index) => index >= cue.first);
  let cueLast = indices.findLastIndex((index) => index <= cue.last);
  if (cueLast < cueFirst) cueLast = cueFirst;
  const cueLemma = codes.lemma[cue.last]! || codes.word[cue.last]!;
  const cueClass = codes.wordClass[cue.last]!;
  // Commas and "that" between each token and the cue: counted once, from the cue outwards.
  const commasBetween = commasArray(count).fill(0, 0, count);
  const thatBetween = thatArray(count).fill(0, 0, count);
  for (let k = cueFirst - 1, commas = 0; k >= 0; k -= 1) {
    commasBetween[k] = Math.min(commas, 3);
    if (word[k + 2] === COMMA) commas += 1;
  }
  for (let k = cueLast + 1, commas = 0, that = 0; k < count; k += 1) {
    commasBetween[k] = Math.min(commas, 3);
    thatBetween[k] = that;
    if (word[k + 2] === COMMA) commas += 1;
    if (word[k + 2] === THAT) that = 1;
  }
  // Another reporting verb between a token and the cue: the token more likely belongs to that one.
  const lex = lexArray(count).fill(0, 0, count);
  for (let k = 0; k < count; k += 1) lex[k] = codes.lex[indices[k]!]! > 0 ? 1 : 0;
  const cueBetween = cueBetweenArray(count).fill(0, 0, count);
  for (let k = cueFirst - 1, seen = 0; k >= 0; k -= 1) {
    cueBetween[k] = seen;
    if (lex[k]) seen = 1;
  }
  for (let k = cueLast + 1, seen = 0; k < count; k += 1) {
    cueBetween[k] = seen;
    if (lex[k]) seen = 1;
  }
  const before = word[cueFirst + 1]!; // the padded arrays hold token k at k + 2
  const join = COORDINATORS.has(before)
    ? JOIN_COORDINATED
    : before !== COMMA
      ? JOIN_PLAIN
      : cueFirst >= 0 && tokens[indices[cueFirst]!]!.lower.endsWith('ing')
        ? JOIN_PARTICIPLE
        : JOIN_AFTER_COMMA;
  // Relative clauses after a comma (", who ...,") and asides in parentheses, marked so that the tagger learns
  // how sources treat them: PolNeAR's annotators keep a relative clause in about half of the sources it
  // follows (281 against 257 in train) and a parenthesis in nearly all (174 against 8).
  const aside = asideArray(count).fill(0, 0, count);
  for (let k = 0, state = 0; k < count; k += 1) {
    const lower = tokens[indices[k]!]!.lower;
    if (lower === '(') state = 2;
    else if (state === 1 && word[k + 2] === COMMA) state = 0;
    else if (state === 0 && word[k + 1] === COMMA && RELATIVE_PRONOUNS.has(lower)) state = 1;
    aside[k] = state;
    if (lower === ')') state = 0;
  }
  const buckets = outputBuckets(count * TEMPLATES, bucketArray);
  for (let k = 0; k < count; k += 1) {
    const index = indices[k]!;
    const p = k + 2;
    const w = word[p]!;
    const side = k < cueFirst ? 1 : k > cueLast ? 3 : 2;
    const distance = side === 1 ? distanceCode(k - cueFirst) : side === 3 ? distanceCode(k - cueLast) : 0;
    const quoted = quotationOfToken[index] !== -1 ? 1 : 0;
    const pronoun = PRONOUNS.has(tokens[index]!.lower) ? 1 : 0;
    const shape = codes.shape[index]!;
    const row = k * TEMPLATES;
    first[0] = side;
    first[1] = distance + 16;
    first[2] = w;
    second[2] = side;
    first[3] = word[p - 1]!;
    second[3] = side;
    first[4] = word[p + 1]!;
    second[4] = side;
    first[5] = codes.suffix3[index]!;
    second[5] = side;
    first[6] = shape;
    second[6] = distance + 16;
    first[7] = quoted * 8 + side;
    second[7] = distance + 16;
    first[8] = commasBetween[k]! * 4 + side;
    first[9] = thatBetween[k]! * 4 + side;
    second[9] = quoted;
    first[10] = cueLemma;
    second[10] = side * 32 + distance + 16;
    first[11] = pronoun * 4 + side;
    second[11] = distance + 16;
    first[12] = word[p - 1]!;
    second[12] = w;
    first[13] = w;
    second[13] = word[p + 1]!;
    first[14] = shape;
    second[14] = side;
    first[15] = codes.lex[index]!;
    second[15] = side;
    first[16] = word[p - 2]!;
    second[16] = side;
    first[17] = word[p + 2]!;
    second[17] = side;
    first[18] = k === 0 ? 1 : k === count - 1 ? 2 : 0;
    second[18] = side;
    first[19] = cueLemma;
    second[19] = w;
    first[20] = codes.prefix3[index]!;
    second[20] = side;
    first[21] = codes.shape[indices[k - 1] ?? index]!;
    second[21] = shape;
    first[22] = quoted;
    second[22] = w;
    first[23] = 1;
    second[23] = 0;
    first[24] = cueBetween[k]! * 4 + side;
    second[24] = distance + 16;
    first[25] = side;
    second[25] = Math.min(count - 1 - k, 6);
    first[26] = (word[p - 1] === COMMA ? 1 : 0) + (word[p + 1] === COMMA ? 2 : 0);
    second[26] = side;
    // WordNet's classes of the word, its neighbours and the cue: nouns of people and groups make sources.
    first[27] = wordClass[p]!;
    second[27] = side;
    first[28] = wordClass[p - 1]!;
    second[28] = side;
    first[29] = wordClass[p + 1]!;
    second[29] = side;
    first[30] = cueClass;
    second[30] = side * 32 + distance + 16;
    // The cue's join with the token's place in the sentence: a coordinated or participial cue's source
    // opens the sentence.
    const fromStart = k < 4 ? k : k < 8 ? 4 : 5;
    first[31] = join;
    second[31] = fromStart * 4 + side;
    first[32] = join;
    second[32] = commasBetween[k]! * 4 + side;
    first[33] = join * 4 + side;
    second[33] = shape;
    first[34] = aside[k]! * 4 + side;
    second[34] = distance + 16;
    writeBuckets(buckets, row, first, second);
  }
  return { count, buckets };
}
