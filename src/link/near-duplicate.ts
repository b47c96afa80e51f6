/**
 * Syndicated copies: one story carried by several outlets (wire copy), with a new headline, a trimmed
 * ending or an added paragraph. Two articles are copies when most word 5-grams of the shorter body are in
 * the longer one. Finding the candidates is MinHash with banding (locality-sensitive hashing): each article
 * gets a few band keys, and only articles sharing a band are compared, so the cost per new article does
 * not grow with the store.
 */
import { wordHash } from '../analyze/model/word-codes.js';

/** Words per shingle: long enough that two unrelated articles share few, short enough to survive edits. */
const SHINGLE_WORDS = 5;
/** Below this many shingles an article is too short to call a copy (briefs, captions, one-line items). */
const MIN_SHINGLES = 40;
/** 21 bands of 3 hashes: a pair sharing half its shingles shares a band with probability 0.94. */
const BANDS = 21;
const ROWS = 3;
/** Share of the shorter article's shingles found in the other at which it is a copy. */
export const COPY_CONTAINMENT = 0.7;

const WORD = /[\p{L}\p{N}]+/gu;

/** The distinct hashes of the text's word 5-grams (lower-cased words, punctuation ignored). */
export function shingleHashes(text: string): Uint32Array {
  const words: number[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) words.push(wordHash(match[0]));
  const shingles = new Set<number>();
  for (let index = 0; index + SHINGLE_WORDS <= words.length; index += 1) {
    let hash = 0x811c9dc5;
    for (let offset = 0; offset < SHINGLE_WORDS; offset += 1) hash = mix(hash ^ words[index + offset]!);
    shingles.add(hash >>> 0);
  }
  return Uint32Array.from(shingles);
}

/** The article's band keys, or none when it is too short to judge. */
export function bandKeys(shingles: Uint32Array): string[] {
  if (shingles.length < MIN_SHINGLES) return [];
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band += 1) {
    let key = `${band}`;
    for (let row = 0; row < ROWS; row += 1) key += `.${minHash(shingles, band * ROWS + row).toString(36)}`;
    keys.push(key);
  }
  return keys;
}

/** Share of the smaller set's shingles that the other holds too (0 when either is too short). */
export function containment(first: Uint32Array, second: Uint32Array): number {
  if (first.length < MIN_SHINGLES || second.length < MIN_SHINGLES) return 0;
  const [small, large] = first.length <= second.length ? [first, second] : [second, first];
  const inLarge = new Set(large);
  let shared = 0;
  for (const shingle of small) if (inLarge.has(shingle)) shared += 1;
  return shared / small.length;
}

/** The minimum of the `index`th hash function over the shingles. */
function minHash(shingles: Uint32Array, index: number): number {
  const seed = mix(0x9e3779b9 ^ Math.imul(index + 1, 0x85ebca6b));
  let min = 0xffffffff;
  for (const shingle of shingles) {
    const value = mix(shingle ^ seed) >>> 0;
    if (value < min) min = value;
  }
  return min;
}

/** A 32-bit finalizer (MurmurHash3's fmix32): every input bit changes about half the output bits. */
function mix(value: number): number {
  let hash = value;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash;
}
