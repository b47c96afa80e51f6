import { describe, expect, it } from 'vitest';
import { scoreSpeakers } from '../../src/eval/score-speakers.js';
import { relation, tokenRelations, type RelationWords } from './build-relations.js';

// Tokens: Mayor(0) Brandt(1) said(2) :(3) "(4) We(5) will(6) stay(7) and(8) fight(9) ,(10) "(11) and(12)
// the(13) council(14) agreed(15) ,(16) officials(17) said(18) .(19). The gold quote covers 4..12: 8 tokens.
const text = 'Mayor Brandt said: "We will stay and fight," and the council agreed, officials said.';
const quote: RelationWords = {
  source: 'Mayor Brandt',
  cue: 'said',
  content: ['"We will stay and fight,"'],
  type: 'direct',
};
const score = (predicted: readonly RelationWords[], gold: readonly RelationWords[] = [quote]) =>
  scoreSpeakers(
    tokenRelations(
      text,
      predicted.map((words) => relation(text, words)),
    ),
    tokenRelations(
      text,
      gold.map((words) => relation(text, words)),
    ),
  );

describe('scoreSpeakers (speaker-source accuracy)', () => {
  it('is correct when the best covering prediction has a source overlapping the gold source', () => {
    expect(score([{ source: 'Brandt said', content: ['"We will stay and fight,"'] }])).toEqual({
      scored: 1,
      matched: 1,
      correct: 1,
    });
  });

  it('breaks a tie in coverage by the higher Jaccard, whatever the order', () => {
    // Both cover 5 gold tokens; the narrow one (5 tokens, Jaccard 5/8) beats the wide one (9, 5/12).
    const wide = { source: 'Mayor Brandt', content: ['stay and fight," and the council agreed'] };
    const narrow = { source: 'officials', content: ['"We will stay and'], type: 'indirect' as const };
    expect(score([wide, narrow])).toEqual({ scored: 1, matched: 1, correct: 0 });
    expect(
      score([
        { ...wide, source: 'officials' },
        { ...narrow, source: 'Brandt' },
      ]),
    ).toEqual({
      scored: 1,
      matched: 1,
      correct: 1,
    });
  });

  it('matches at 50% of the gold content tokens and not below', () => {
    expect(score([{ source: 'Brandt', content: ['"We will stay'] }])).toEqual({
      scored: 1,
      matched: 1,
      correct: 1,
    });
    expect(score([{ source: 'Brandt', content: ['"We will'] }])).toEqual({
      scored: 1,
      matched: 0,
      correct: 0,
    });
    expect(score([])).toEqual({ scored: 1, matched: 0, correct: 0 });
  });

  it('needs the sources to share a character: adjacent or missing sources are wrong', () => {
    expect(score([{ source: ' said', content: ['"We will stay and fight,"'] }])).toEqual({
      scored: 1,
      matched: 1,
      correct: 0,
    });
    expect(score([{ content: ['"We will stay and fight,"'] }])).toEqual({
      scored: 1,
      matched: 1,
      correct: 0,
    });
    expect(score([{ source: 'r B', content: ['"We will stay and fight,"'] }])).toEqual({
      scored: 1,
      matched: 1,
      correct: 1,
    });
  });

  it('scores only gold direct or mixed quotes that have a source', () => {
    const indirect = { ...quote, type: 'indirect' as const };
    const unsourced = { ...quote, source: null };
    expect(
      score([{ source: 'Brandt', content: ['"We will stay and fight,"'] }], [indirect, unsourced]),
    ).toEqual({
      scored: 0,
      matched: 0,
      correct: 0,
    });
  });
});
