import { describe, expect, it } from 'vitest';
import { matchRelations } from '../../src/eval/match-relations.js';
import { scoreExact } from '../../src/eval/score-exact.js';
import { relation, spanOf, tokenRelations } from './build-relations.js';

describe('matchRelations', () => {
  it('finds the maximum matching where greedy pairing finds one pair', () => {
    // Prediction 0 may take gold 0 or 1, prediction 1 only gold 0. Greedy in order gives 0-0 and leaves
    // prediction 1 alone; the maximum gives 0-1 and 1-0.
    expect(matchRelations([[0, 1], [0]], 2)).toEqual([
      { predicted: 0, gold: 1 },
      { predicted: 1, gold: 0 },
    ]);
  });

  it('goes through longer augmenting paths and pairs each relation at most once', () => {
    const pairs = matchRelations([[0, 1], [0, 2], [1], [2]], 3);
    expect(pairs).toHaveLength(3);
    expect(new Set(pairs.map((pair) => pair.gold)).size).toBe(3);
    expect(new Set(pairs.map((pair) => pair.predicted)).size).toBe(3);
    expect(matchRelations([[0], [0], [0]], 1)).toHaveLength(1);
    expect(matchRelations([[], []], 0)).toEqual([]);
  });
});

describe('scoreExact', () => {
  const text = 'Smith said the plan works, and Jones said it fails.';
  const gold = [relation(text, { source: 'Smith', cue: 'said', content: ['the plan works'] })];
  const score = (predicted: Parameters<typeof relation>[1][], golds = gold) =>
    scoreExact(
      tokenRelations(
        text,
        predicted.map((words) => relation(text, words)),
      ),
      tokenRelations(text, golds),
    ).counts;

  it('counts equal token ranges: trailing space and a cut word change nothing', () => {
    const counts = score([{ source: 'Smith ', cue: 'ai', content: [' the plan works'] }]);
    expect(counts.cue).toEqual({ tp: 1, predicted: 1, gold: 1 });
    expect(counts.source).toEqual({ tp: 1, predicted: 1, gold: 1 });
    expect(counts.content).toEqual({ tp: 1, predicted: 1, gold: 1 });
    expect(counts.all).toEqual({ tp: 1, predicted: 1, gold: 1 });
  });

  it('needs source and content anchored: the same words through a cue that does not overlap do not count', () => {
    const otherCue = spanOf(text, 'said', 2);
    const counts = score([{ source: 'Smith', cue: otherCue, content: ['the plan works'] }]);
    expect(counts.cue.tp).toBe(0);
    expect(counts.source.tp).toBe(0);
    expect(counts.content.tp).toBe(0);
    expect(counts.all.tp).toBe(0);
  });

  it('anchors by content overlap when a relation has no cue; its cue is then not counted', () => {
    const counts = score([{ source: 'Smith', cue: null, content: ['the plan works'] }]);
    expect(counts.cue).toEqual({ tp: 0, predicted: 0, gold: 1 });
    expect(counts.source).toEqual({ tp: 1, predicted: 1, gold: 1 });
    expect(counts.content).toEqual({ tp: 1, predicted: 1, gold: 1 });
    // All: a missing cue equals only a missing cue.
    expect(counts.all).toEqual({ tp: 0, predicted: 1, gold: 1 });
  });

  it('does not anchor adjacent spans: overlap is strict', () => {
    // Cues "Smith" and "said" touch but share no token.
    expect(score([{ source: 'Smith', cue: 'Smith', content: ['the plan works'] }]).content.tp).toBe(0);
    // Without cues, contents "the plan" and "works" touch but share no token.
    const noCue = [relation(text, { source: 'Smith', content: ['the plan'] })];
    expect(score([{ source: 'Smith', content: ['works'] }], noCue).source.tp).toBe(0);
    expect(score([{ source: 'Smith', content: ['plan works'] }], noCue).source.tp).toBe(1);
  });

  it('does not count null spans for their kind, but All counts every relation and null equals null', () => {
    const golds = [relation(text, { cue: 'said', content: ['the plan works'] })];
    const same = score([{ cue: 'said', content: ['the plan works'] }], golds);
    expect(same.source).toEqual({ tp: 0, predicted: 0, gold: 0 });
    expect(same.all).toEqual({ tp: 1, predicted: 1, gold: 1 });
    const extraSource = score([{ source: 'Smith', cue: 'said', content: ['the plan works'] }], golds);
    expect(extraSource.source).toEqual({ tp: 0, predicted: 1, gold: 0 });
    expect(extraSource.content.tp).toBe(1);
    expect(extraSource.all).toEqual({ tp: 0, predicted: 1, gold: 1 });
  });

  it('matches one to one: a duplicated prediction counts once', () => {
    const words = { source: 'Smith', cue: 'said', content: ['the plan works'] };
    expect(score([words, words]).content).toEqual({ tp: 1, predicted: 2, gold: 1 });
  });

  it('takes the maximum matching where greedy would take one pair', () => {
    const busy = 'Officials said and warned that taxes rise and that costs fall.';
    const golds = [
      relation(busy, { source: 'Officials', cue: 'said', content: ['taxes rise'] }),
      relation(busy, { source: 'Officials', cue: 'warned', content: ['costs fall'] }),
    ];
    // The first prediction's cue overlaps both gold cues, the second's only the first gold's: both sources
    // pair only if the first prediction leaves the first gold to the second.
    const predicted = [
      relation(busy, {
        source: 'Officials',
        cue: 'said and warned',
        content: ['taxes rise and that costs fall'],
      }),
      relation(busy, { source: 'Officials', cue: 'said', content: ['rise'] }),
    ];
    const counts = scoreExact(tokenRelations(busy, predicted), tokenRelations(busy, golds)).counts;
    expect(counts.source).toEqual({ tp: 2, predicted: 2, gold: 2 });
    expect(counts.content.tp).toBe(0);
    expect(counts.cue.tp).toBe(1);
  });
});
