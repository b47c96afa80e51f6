import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codesOf } from '../../../src/analyze/model/word-codes.js';
import {
  encodeWordClass,
  isSpeechVerb,
  nounClassOf,
  tableOf,
  decodeWordClasses,
  partsOfSpeech,
  verbClassOf,
  WORD_CLASSES_URL,
  wordClassCode,
  wordClasses,
  wordHash,
} from '../../../src/analyze/model/word-classes.js';

const classOf = (word: string): number => wordClassCode(wordClasses(), wordHash(word));

describe('word classes from WordNet', () => {
  it('key forms by the hash the features already hold', () => {
    for (const word of ['said', 'grilled', 'überraschend', ''])
      expect(wordHash(word)).toBe(codesOf(word).word);
  });

  it('know inflected verbs never seen as cues, and file them under communication or cognition', () => {
    for (const word of ['shouted', 'overruled', 'demanded', 'grilled', 'believes', 'said', 'spoke'])
      expect(isSpeechVerb(classOf(word)), word).toBe(1);
    expect(isSpeechVerb(classOf('painted'))).toBe(0);
    expect(verbClassOf(classOf('shouted'))).toBe(32 - 28); // verb.communication
  });

  it('give the parts of speech a form can have, and its first noun sense', () => {
    expect(partsOfSpeech(classOf('plans'))).toBe(1 | 2); // noun and verb
    expect(nounClassOf(classOf('statement'))).toBe(10 - 2); // noun.communication
    expect(classOf('the')).toBe(0);
    expect(classOf('xqzzy')).toBe(0);
  });

  it('round-trip a code and survive colliding slots', () => {
    const code = encodeWordClass({
      pos: new Set(['verb', 'adv']),
      verbClass: 43,
      nounClass: 28,
      speech: true,
    });
    expect([partsOfSpeech(code), verbClassOf(code), nounClassOf(code), isSpeechVerb(code)]).toEqual([
      10, 15, 26, 1,
    ]);
    // A small table: words that land in one slot probe past each other.
    const table = tableOf(Int32Array.of(wordHash('alpha'), wordHash('beta')), Uint16Array.of(3, 5));
    expect(wordClassCode(table, wordHash('alpha'))).toBe(3);
    expect(wordClassCode(table, wordHash('beta'))).toBe(5);
    expect(wordClassCode(table, wordHash('gamma'))).toBe(0);
  });

  it('are what `npm run build-word-classes` makes from WordNet today', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'onrecord-')), 'word-classes.bin.gz');
    execFileSync('npx', ['tsx', 'scripts/build-word-classes.ts', '--out', out], { stdio: 'ignore' });
    const arrays = (file: string | URL) => decodeWordClasses(readFileSync(file));
    expect(arrays(out), 'run npm run build-word-classes and commit models/').toEqual(
      arrays(WORD_CLASSES_URL),
    );
  });
});
