import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/**
 * What WordNet says about a word form, for the taggers' features: the parts of speech it can have, the
 * semantic class of its most frequent verb and noun sense, and whether one of its leading verb senses is
 * communication or cognition. Built by scripts/build-word-classes.ts into models/word-classes.txt.gz.
 */
export interface WordClass {
  readonly pos: ReadonlySet<'noun' | 'verb' | 'adj' | 'adv'>;
  /** WordNet lexicographer file of the first verb sense (29 verb.body ... 43 verb.weather), 0 if none. */
  readonly verbClass: number;
  /** Lexicographer file of the first noun sense (3 noun.Tops ... 28 noun.time), 0 if none. */
  readonly nounClass: number;
  /** One of the first verb senses is verb.communication or verb.cognition. */
  readonly speech: boolean;
}

const POS_BITS = { noun: 1, verb: 2, adj: 4, adv: 8 } as const;

/** One small integer per form: bits 0-3 parts of speech, 4-7 verb class, 8-12 noun class, 13 speech. */
export function encodeWordClass(wordClass: WordClass): number {
  let code = 0;
  for (const pos of wordClass.pos) code |= POS_BITS[pos];
  if (wordClass.verbClass > 0) code |= (wordClass.verbClass - 28) << 4;
  if (wordClass.nounClass > 0) code |= (wordClass.nounClass - 2) << 8;
  if (wordClass.speech) code |= 1 << 13;
  return code;
}

/** The parts of a code the features read. */
export const partsOfSpeech = (code: number): number => code & 15;
export const verbClassOf = (code: number): number => (code >> 4) & 15;
export const nounClassOf = (code: number): number => (code >> 8) & 31;
export const isSpeechVerb = (code: number): number => (code >> 13) & 1;

export const WORD_CLASSES_URL = new URL('../../../models/word-classes.txt.gz', import.meta.url);

/** FNV-1a of a word, as `codesOf(word).word` computes it (the key the features already hold). */
export function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < word.length; index += 1) {
    hash ^= word.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/**
 * Forms are looked up by their word hash in an open-addressing table of typed arrays: no strings are kept,
 * loading takes a few milliseconds, and a lookup is one or two probes. A 32-bit hash collision between two
 * of the few hundred thousand forms is rare and costs one wrong feature, not a wrong answer.
 */
export interface WordClassTable {
  readonly keys: Int32Array;
  /** The form's code, 0 for an empty slot (every code has a part of speech, so none is 0). */
  readonly codes: Uint16Array;
  readonly mask: number;
}

export function parseWordClasses(text: string): WordClassTable {
  const lines = text.split('\n').filter((line) => line !== '');
  let size = 1;
  while (size < lines.length * 2) size *= 2;
  const table: WordClassTable = { keys: new Int32Array(size), codes: new Uint16Array(size), mask: size - 1 };
  for (const line of lines) {
    const tab = line.indexOf('\t');
    const hash = wordHash(line.slice(0, tab));
    let slot = slotOf(hash, table.mask);
    while (table.codes[slot] !== 0 && table.keys[slot] !== hash) slot = (slot + 1) & table.mask;
    table.keys[slot] = hash;
    table.codes[slot] = Number(line.slice(tab + 1));
  }
  return table;
}

const slotOf = (hash: number, mask: number): number => Math.imul(hash, 0x9e3779b1) & mask;

/** The code of the form whose word hash is `hash`, 0 if WordNet does not know it. */
export function wordClassCode(table: WordClassTable, hash: number): number {
  let slot = slotOf(hash, table.mask);
  for (;;) {
    const code = table.codes[slot]!;
    if (code === 0 || table.keys[slot] === hash) return code;
    slot = (slot + 1) & table.mask;
  }
}

let loaded: WordClassTable | null = null;

/** The committed table, read once on first use. */
export function wordClasses(): WordClassTable {
  return (loaded ??= parseWordClasses(gunzipSync(readFileSync(WORD_CLASSES_URL)).toString('utf8')));
}
