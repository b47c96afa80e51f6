import { describe, expect, it } from 'vitest';
import { scoreOverlap } from '../../src/eval/score-overlap.js';
import { relation, tokenRelations } from './build-relations.js';

describe('scoreOverlap (token overlap, multiset minimum)', () => {
  // Tokens: Smith(0) said(1) the(2) plan(3) works(4) ,(5) and(6) Jones(7) agreed(8) .(9)
  const text = 'Smith said the plan works, and Jones agreed.';
  const gold = tokenRelations(text, [
    relation(text, { source: 'Smith', cue: 'said', content: ['the plan works'] }),
  ]);

  it('counts shared tokens over predicted and gold tokens', () => {
    const predicted = tokenRelations(text, [
      relation(text, { source: 'Smith said', cue: 'said', content: ['plan works, and'] }),
    ]);
    const table = scoreOverlap(predicted, gold);
    expect(table.cue).toEqual({ overlap: 1, predicted: 1, gold: 1 });
    expect(table.source).toEqual({ overlap: 1, predicted: 2, gold: 1 });
    // "plan works , and" against "the plan works": plan and works are shared.
    expect(table.content).toEqual({ overlap: 2, predicted: 4, gold: 3 });
    // All sums the three kinds.
    expect(table.all).toEqual({ overlap: 4, predicted: 7, gold: 5 });
  });

  it('does not let a duplicated prediction earn the same tokens twice', () => {
    const words = { source: 'Smith', cue: 'said', content: ['the plan works'] };
    const predicted = tokenRelations(text, [relation(text, words), relation(text, words)]);
    const table = scoreOverlap(predicted, gold);
    expect(table.content).toEqual({ overlap: 3, predicted: 6, gold: 3 });
    expect(table.all).toEqual({ overlap: 5, predicted: 10, gold: 5 });
  });

  it('counts a token covered twice on both sides twice', () => {
    const twice = [
      relation(text, { cue: 'said', content: ['the plan works'] }),
      relation(text, { cue: 'agreed', content: ['the plan'] }),
    ];
    const table = scoreOverlap(tokenRelations(text, twice), tokenRelations(text, twice));
    expect(table.content).toEqual({ overlap: 5, predicted: 5, gold: 5 });
    const once = tokenRelations(text, [relation(text, { cue: 'said', content: ['the plan works'] })]);
    expect(scoreOverlap(once, tokenRelations(text, twice)).content).toEqual({
      overlap: 3,
      predicted: 3,
      gold: 5,
    });
  });

  it('gives null spans no tokens', () => {
    const predicted = tokenRelations(text, [relation(text, { content: ['the plan works'] })]);
    const table = scoreOverlap(predicted, gold);
    expect(table.source).toEqual({ overlap: 0, predicted: 0, gold: 1 });
    expect(table.cue).toEqual({ overlap: 0, predicted: 0, gold: 1 });
  });
});
