import { describe, expect, it } from 'vitest';
import { coverContent, coverSpan, tokenizeForEval } from '../../src/eval/tokenize-eval.js';
import { spanOf } from './build-relations.js';

const tokensOf = (text: string): string[] => {
  const { starts, ends } = tokenizeForEval(text);
  return starts.map((start, index) => text.slice(start, ends[index]));
};

describe('tokenizeForEval (EVAL.md tokens)', () => {
  it('keeps runs of letters, marks and digits whole and splits every other non-space character', () => {
    expect(tokensOf('He said: “It’s 10,5 km.”  Ça va')).toEqual([
      'He',
      'said',
      ':',
      '“',
      'It',
      '’',
      's',
      '10',
      ',',
      '5',
      'km',
      '.',
      '”',
      'Ça',
      'va',
    ]);
  });

  it('keeps combining marks inside words and counts characters outside the BMP as one', () => {
    expect(tokensOf('Cafe\u0301 𝒜bc 😀!')).toEqual(['Cafe\u0301', '𝒜bc', '😀', '!']);
    const { starts, ends } = tokenizeForEval('𝒜bc 😀');
    expect({ starts, ends }).toEqual({ starts: [0, 5], ends: [4, 7] });
  });

  it('treats every kind of white space as a separator only', () => {
    expect(tokensOf('a\u00a0b\tc\n\u3000d')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('coverSpan', () => {
  const text = 'The minister said yes.';
  const tokens = tokenizeForEval(text);

  it('covers every token it shares a character with, so a span that cuts a word takes the word', () => {
    expect(coverSpan(tokens, spanOf(text, 'inis'))).toEqual({ start: 1, end: 2 });
    expect(coverSpan(tokens, spanOf(text, 'ster sa'))).toEqual({ start: 1, end: 3 });
  });

  it('ignores leading and trailing white space', () => {
    expect(coverSpan(tokens, spanOf(text, ' said '))).toEqual(coverSpan(tokens, spanOf(text, 'said')));
  });

  it('keeps punctuation: a span with the full stop is another span', () => {
    expect(coverSpan(tokens, spanOf(text, 'yes.'))).toEqual({ start: 3, end: 5 });
    expect(coverSpan(tokens, spanOf(text, 'yes'))).toEqual({ start: 3, end: 4 });
  });

  it('gives an empty range for a span of white space or no characters', () => {
    expect(coverSpan(tokens, { start: 3, end: 4 })).toEqual({ start: 1, end: 1 });
    expect(coverSpan(tokens, { start: 6, end: 6 })).toEqual({ start: 1, end: 1 });
  });
});

describe('coverContent', () => {
  const text = 'The plan works well, she said, and the rest is noise.';
  const tokens = tokenizeForEval(text);

  it('merges fragments whose ranges touch (a gap of white space alone does not split a fragment)', () => {
    expect(coverContent(tokens, [spanOf(text, 'works well'), spanOf(text, 'The plan')])).toEqual([
      { start: 0, end: 4 },
    ]);
  });

  it('merges overlapping fragments and keeps a real gap as two sorted ranges', () => {
    expect(coverContent(tokens, [spanOf(text, 'plan works'), spanOf(text, 'The plan')])).toEqual([
      { start: 0, end: 3 },
    ]);
    expect(coverContent(tokens, [spanOf(text, 'and the rest'), spanOf(text, 'The plan works well')])).toEqual(
      [
        { start: 0, end: 4 },
        { start: 8, end: 11 },
      ],
    );
  });

  it('drops fragments that cover no token', () => {
    expect(coverContent(tokens, [{ start: 3, end: 4 }])).toEqual([]);
  });
});
