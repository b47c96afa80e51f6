import { describe, expect, it } from 'vitest';
import { codesOfTokens } from '../../../src/analyze/model/token-codes.js';
import { codesOf, shapeOf } from '../../../src/analyze/model/word-codes.js';
import { wordClassCode, wordClasses } from '../../../src/analyze/model/word-classes.js';
import { tokenize } from '../../../src/analyze/tokenize.js';

describe('codesOfTokens', () => {
  it("holds each token's codes, shape and word class, white space included", () => {
    const tokens = tokenize('Officials SAID, on 3 May: "we will see."');
    const table = codesOfTokens(tokens);
    tokens.forEach((token, index) => {
      const codes = codesOf(token.lower);
      expect(table.word[index]).toBe(codes.word);
      expect(table.suffix2[index]).toBe(codes.suffix2);
      expect(table.suffix3[index]).toBe(codes.suffix3);
      expect(table.suffix4[index]).toBe(codes.suffix4);
      expect(table.prefix3[index]).toBe(codes.prefix3);
      expect(table.lex[index]).toBe(codes.lex);
      expect(table.lemma[index]).toBe(codes.lemma);
      expect(table.shape[index]).toBe(shapeOf(token));
      expect(table.wordClass[index]).toBe(wordClassCode(wordClasses(), codes.word));
    });
    expect(table.lex[tokens.findIndex((token) => token.lower === 'said')]).toBeGreaterThan(0);
  });
});
