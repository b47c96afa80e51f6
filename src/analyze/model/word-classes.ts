import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { wordHash } from './word-codes.js';

/**
 * What WordNet says about a word form, for the taggers' features: the parts of speech it can have, the
 * semantic class of its most frequent verb and noun sense, and whether one of its leading verb senses is
 * communication or cognition. Built by scripts/build-word-classes.ts into models/word-classes.bin.gz.
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

/** Whether WordNet knows the word (in lower case) as a verb, in any of its forms. */
export const canBeVerb = (word: string): boolean =>
  (partsOfSpeech(wordClassCode(wordClasses(), wordHash(word))) & POS_BITS.verb) !== 0;
/** Whether WordNet knows the word (in lower case) as an adjective ("conservative", "champion"). */
export const canBeAdjective = (word: string): boolean =>
  (partsOfSpeech(wordClassCode(wordClasses(), wordHash(word))) & POS_BITS.adj) !== 0;
/** WordNet's verb.emotion lexicographer file, as `verbClassOf` numbers it (37 - 28). */
const EMOTION_VERB_CLASS = 9;
/** Whether the first verb sense WordNet knows for the word (in lower case) is one of feeling ("incensed", "startled"). */
export const isFeelingVerb = (word: string): boolean =>
  verbClassOf(wordClassCode(wordClasses(), wordHash(word))) === EMOTION_VERB_CLASS;
/** WordNet's verb.communication lexicographer file, as `verbClassOf` numbers it (32 - 28). */
const COMMUNICATION_VERB_CLASS = 4;
/** Whether the first verb sense WordNet knows for the word (in lower case) is one of communication ("demanded"). */
export const isCommunicationVerb = (word: string): boolean =>
  verbClassOf(wordClassCode(wordClasses(), wordHash(word))) === COMMUNICATION_VERB_CLASS;
/** The lexicographer file of the first noun sense WordNet knows for the word (in lower case), as `nounClassOf` numbers it (file - 2); 0 if none. */
const nounClassOfWord = (word: string): number => nounClassOf(wordClassCode(wordClasses(), wordHash(word)));
/** WordNet's noun.artifact (6), noun.group (14), noun.location (15) and noun.person (18) files, so numbered. */
const ARTIFACT_NOUN_CLASS = 4;
const GROUP_NOUN_CLASS = 12;
const LOCATION_NOUN_CLASS = 13;
const PERSON_NOUN_CLASS = 16;
/** Whether the first noun sense WordNet knows for the word (in lower case) is a person ("friend", "adviser"). */
export const isPersonNoun = (word: string): boolean => nounClassOfWord(word) === PERSON_NOUN_CLASS;
/**
 * Whether a word (in lower case) is the plural of a person's noun: "attendees", "analysts", "witnesses",
 * "actresses"; not "actress" or "boss", which end in "s" as singulars.
 */
export const isPluralPersonNoun = (word: string): boolean =>
  word.endsWith('s') &&
  !word.endsWith('ss') &&
  (isPersonNoun(word.slice(0, -1)) || (word.endsWith('es') && isPersonNoun(word.slice(0, -2))));
/** Whether the first noun sense WordNet knows for the word (in lower case) is a group ("institute", "church"). */
export const isGroupNoun = (word: string): boolean => nounClassOfWord(word) === GROUP_NOUN_CLASS;
/** Whether the first noun sense WordNet knows for the word (in lower case) is a place ("florida", "harbor"). */
export const isLocationNoun = (word: string): boolean => nounClassOfWord(word) === LOCATION_NOUN_CLASS;
/** Whether the first noun sense of the word (in lower case) is a body, a made thing or a place ("hospital", "bridge", "district"). */
export const isInstitutionNoun = (word: string): boolean => {
  const nounClass = nounClassOfWord(word);
  return (
    nounClass === GROUP_NOUN_CLASS || nounClass === ARTIFACT_NOUN_CLASS || nounClass === LOCATION_NOUN_CLASS
  );
};
/** Whether WordNet knows the word (in lower case) at all. */
export const isKnownWord = (word: string): boolean => wordClassCode(wordClasses(), wordHash(word)) !== 0;
/** Whether WordNet knows the word (in lower case) as an adverb and as nothing else ("ultimately", not "family"). */
export const isOnlyAdverb = (word: string): boolean =>
  partsOfSpeech(wordClassCode(wordClasses(), wordHash(word))) === POS_BITS.adv;
export const verbClassOf = (code: number): number => (code >> 4) & 15;
export const nounClassOf = (code: number): number => (code >> 8) & 31;
export const isSpeechVerb = (code: number): number => (code >> 13) & 1;

export const WORD_CLASSES_URL = new URL('../../../models/word-classes.bin.gz', import.meta.url);

/** Forms are keyed by the word hash the features already hold (one hash function, in word-codes.ts). */
export { wordHash };

/**
 * Forms are looked up by their word hash in an open-addressing table of typed arrays: no strings are kept,
 * loading takes a few milliseconds, and a lookup is one or two probes. A 32-bit hash collision between two
 * of the few hundred thousand forms is rare and costs one wrong feature, not a wrong answer.
 */
export interface WordClassTable {
  /**
   * Slot `s` holds a form's word hash at `2s` and its code at `2s + 1` (0 for an empty slot: every code has
   * a part of speech, so none is 0). Side by side, so that a probe reads one cache line, not two: the
   * table is megabytes, and every token of every article probes it.
   */
  readonly slots: Int32Array;
  readonly mask: number;
}

/** The table of forms given by their word hashes and codes (the two arrays of the committed file). */
export function tableOf(hashes: Int32Array, codes: Uint16Array): WordClassTable {
  let size = 1;
  while (size < hashes.length * 2) size *= 2;
  const table: WordClassTable = { slots: new Int32Array(2 * size), mask: size - 1 };
  for (let index = 0; index < hashes.length; index += 1) {
    const hash = hashes[index]!;
    let slot = slotOf(hash, table.mask);
    while (table.slots[2 * slot + 1] !== 0 && table.slots[2 * slot] !== hash) slot = (slot + 1) & table.mask;
    table.slots[2 * slot] = hash;
    table.slots[2 * slot + 1] = codes[index]!;
  }
  return table;
}

/**
 * The committed file: a JSON header line, then every form's word hash (Int32) and its code (Uint16), in
 * hash order, gzipped. Binary because start-up reads it on every run: parsing 160,000 lines of text took
 * a few hundred milliseconds, these arrays take a few.
 */
interface WordClassesHeader {
  readonly format: 'onrecord-word-classes';
  readonly version: 1;
  readonly count: number;
}

export function encodeWordClasses(forms: ReadonlyMap<string, number>): Buffer {
  const entries = [...forms]
    .map(([word, code]) => [wordHash(word), code] as const)
    .sort((a, b) => a[0] - b[0]);
  const hashes = Int32Array.from(entries, ([hash]) => hash);
  const codes = Uint16Array.from(entries, ([, code]) => code);
  const header: WordClassesHeader = { format: 'onrecord-word-classes', version: 1, count: entries.length };
  return gzipSync(
    Buffer.concat([
      Buffer.from(`${JSON.stringify(header)}\n`),
      Buffer.from(hashes.buffer),
      Buffer.from(codes.buffer),
    ]),
    { level: 9 },
  );
}

export function decodeWordClasses(file: Buffer): { hashes: Int32Array; codes: Uint16Array } {
  const raw = gunzipSync(file);
  const newline = raw.indexOf(10);
  const header = JSON.parse(raw.subarray(0, newline).toString('utf8')) as Partial<WordClassesHeader>;
  if (header.format !== 'onrecord-word-classes' || header.version !== 1 || typeof header.count !== 'number')
    throw new Error(
      'models/word-classes.bin.gz does not fit this version of onrecord: run npm run build-word-classes',
    );
  const body = raw.subarray(newline + 1);
  const count = header.count;
  // Copied into aligned buffers: the body's offset in the file is not a multiple of four.
  const hashes = new Int32Array(body.buffer.slice(body.byteOffset, body.byteOffset + count * 4));
  const codes = new Uint16Array(body.buffer.slice(body.byteOffset + count * 4, body.byteOffset + count * 6));
  return { hashes, codes };
}

const slotOf = (hash: number, mask: number): number => Math.imul(hash, 0x9e3779b1) & mask;

/** The code of the form whose word hash is `hash`, 0 if WordNet does not know it. */
export function wordClassCode(table: WordClassTable, hash: number): number {
  let slot = slotOf(hash, table.mask);
  for (;;) {
    const code = table.slots[2 * slot + 1]!;
    if (code === 0 || table.slots[2 * slot] === hash) return code;
    slot = (slot + 1) & table.mask;
  }
}

let loaded: WordClassTable | null = null;

/** The committed table, read once on first use. */
export function wordClasses(): WordClassTable {
  if (!loaded) {
    const { hashes, codes } = decodeWordClasses(readFileSync(WORD_CLASSES_URL));
    loaded = tableOf(hashes, codes);
  }
  return loaded;
}
