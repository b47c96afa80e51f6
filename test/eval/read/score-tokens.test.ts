import { describe, expect, it } from 'vitest';
import {
  matchShingles,
  precisionOf,
  recallOf,
  shingleCounts,
  summarizeTokenScores,
  wordTokens,
} from '../../../src/eval/read/score-tokens.js';

describe('wordTokens', () => {
  it('keeps runs of letters, digits and underscores, in any script, and drops punctuation', () => {
    expect(wordTokens('“Ми маємо газ,” — сказав він. Größe: 4,99 per_cent!')).toEqual([
      'Ми',
      'маємо',
      'газ',
      'сказав',
      'він',
      'Größe',
      '4',
      '99',
      'per_cent',
    ]);
  });
});

describe('shingleCounts', () => {
  it('counts four-token shingles as a multiset', () => {
    const counts = shingleCounts('a b c d a b c d');
    expect(counts.size).toBe(4);
    expect(counts.get(['a', 'b', 'c', 'd'].join('\u0000'))).toBe(2);
  });

  it('makes one short shingle of a text under four tokens, and none of an empty text', () => {
    expect([...shingleCounts('Thanks for reading.').values()]).toEqual([1]);
    expect(shingleCounts('  … ').size).toBe(0);
  });
});

describe('matchShingles', () => {
  const expected = 'The council voted nine to four for the budget on Wednesday night.';

  it('scores an exact extraction 1 and 1', () => {
    const match = matchShingles(expected, expected);
    expect(match).toEqual({ truePositive: 1, falsePositive: 0, falseNegative: 0 });
    expect(precisionOf(match)).toBe(1);
    expect(recallOf(match)).toBe(1);
  });

  it('normalises counts per page and scores extra text as false positives', () => {
    // 12 expected tokens make 9 shingles; 4 extra tokens after them add 4 shingles that are not expected.
    const match = matchShingles(expected, `${expected} Share on Facebook today`);
    expect(match.truePositive).toBeCloseTo(9 / 13);
    expect(match.falsePositive).toBeCloseTo(4 / 13);
    expect(match.falseNegative).toBe(0);
    expect(precisionOf(match)).toBeCloseTo(9 / 13);
    expect(recallOf(match)).toBe(1);
  });

  it('scores a missed half as false negatives', () => {
    const match = matchShingles('one two three four five six seven eight', 'one two three four');
    // Expected shingles: 5; extracted: 1, which is among them.
    expect(precisionOf(match)).toBe(1);
    expect(recallOf(match)).toBeCloseTo(1 / 5);
  });

  it('gives precision 0 and recall 0 when nothing matches, and all zeros when both are empty', () => {
    const miss = matchShingles(expected, 'Accept all cookies to continue reading');
    expect(precisionOf(miss)).toBe(0);
    expect(recallOf(miss)).toBe(0);
    expect(matchShingles('', '')).toEqual({ truePositive: 0, falsePositive: 0, falseNegative: 0 });
  });
});

describe('summarizeTokenScores', () => {
  it('averages precision and recall over pages, then takes F1 of the averages', () => {
    const perfect = matchShingles('a b c d e', 'a b c d e');
    const half = matchShingles('one two three four five six seven eight', 'one two three four');
    const { precision, recall, f1 } = summarizeTokenScores([perfect, half]);
    expect(precision).toBe(1);
    expect(recall).toBeCloseTo((1 + 1 / 5) / 2);
    expect(f1).toBeCloseTo((2 * precision * recall) / (precision + recall));
  });

  it('leaves a page that extracted nothing out of precision but counts it in recall', () => {
    const nothing = matchShingles('a b c d e', '');
    const perfect = matchShingles('a b c d e', 'a b c d e');
    const scores = summarizeTokenScores([nothing, perfect]);
    expect(scores.precision).toBe(1);
    expect(scores.recall).toBe(0.5);
  });

  it('is all zeros over no pages', () => {
    expect(summarizeTokenScores([])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
