import { describe, expect, it } from 'vitest';
import { scoreDocument } from '../../src/eval/score-document.js';
import { figures, summarizeScores } from '../../src/eval/summarize-scores.js';
import type { GoldDocument } from '../../src/eval/types.js';
import { classifyContentType } from '../../src/analyze/classify-type.js';
import { relation, spanOf, type RelationWords } from './build-relations.js';

const gold = (name: string, text: string, relations: readonly RelationWords[]): GoldDocument => ({
  name,
  text,
  // Gold types come from EVAL.md's rule, as for PolNeAR.
  relations: relations.map((words) => {
    const made = relation(text, words);
    return {
      ...made,
      type: classifyContentType(made.content.map((span) => text.slice(span.start, span.end))),
    };
  }),
});

describe('the quote subset', () => {
  const text = 'Lena Brandt said: "The pier is safe." The council said repairs would start soon.';
  const document = gold('pier.txt', text, [
    { source: 'Lena Brandt', cue: 'said', content: ['"The pier is safe."'] },
    { source: 'The council', cue: spanOf(text, 'said', 2), content: ['repairs would start soon'] },
  ]);

  it('keeps gold relations by EVAL.md type and predicted ones by their own type', () => {
    expect(document.relations.map((made) => made.type)).toEqual(['direct', 'indirect']);
    const predicted = [
      // The right quotation, but typed indirect by the system: out of the subset.
      relation(text, {
        source: 'Lena Brandt',
        cue: 'said',
        content: ['"The pier is safe."'],
        type: 'indirect',
      }),
      // A wrong relation typed direct: in the subset, a false alarm there.
      relation(text, {
        source: 'The council',
        cue: 'council said',
        content: ['repairs would start'],
        type: 'direct',
      }),
    ];
    const scored = scoreDocument(document, predicted);
    expect(scored.all.exact.content).toEqual({ tp: 1, predicted: 2, gold: 2 });
    expect(scored.quote.exact.content).toEqual({ tp: 0, predicted: 1, gold: 1 });
    expect(scored.quote.overlap.content).toEqual({ overlap: 0, predicted: 3, gold: 7 });
    // Speaker accuracy looks at predictions of any type.
    expect(scored.speakers).toEqual({ scored: 1, matched: 1, correct: 1 });
  });
});

describe('summarizeScores (micro-average)', () => {
  it('sums counts over files before taking precision, recall and F1', () => {
    const first = gold('a.txt', 'Ann said it rained.', [
      { source: 'Ann', cue: 'said', content: ['it rained'] },
    ]);
    const second = gold('b.txt', 'Bo said it snowed. Cy said it froze. Di said it thawed.', [
      { source: 'Bo', cue: 'said', content: ['it snowed'] },
      { source: 'Cy', cue: { start: 22, end: 26 }, content: ['it froze'] },
      { source: 'Di', cue: { start: 40, end: 44 }, content: ['it thawed'] },
    ]);
    const scores = summarizeScores([
      scoreDocument(first, first.relations),
      scoreDocument(second, [second.relations[0]!]),
    ]);
    // Cue: 2 of 2 predicted are right, 2 of 4 gold found: P 1, R 0.5, F1 2/3 (not the mean of 1 and 0.5).
    expect(scores.all.exact.cue).toMatchObject({ tp: 2, predicted: 2, gold: 4, precision: 1, recall: 0.5 });
    expect(scores.all.exact.cue.f1).toBeCloseTo(2 / 3, 10);
    expect(scores.summary.all_cue_exact_f1).toBeCloseTo(2 / 3, 10);
    expect(scores.files).toBe(2);
    expect(scores.goldRelations).toBe(4);
    expect(scores.predictedRelations).toBe(2);
  });

  it('gives 0 where there is nothing to divide by', () => {
    expect(figures(0, 0, 0)).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(figures(0, 3, 0)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
