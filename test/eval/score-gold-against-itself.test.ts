import { describe, expect, it } from 'vitest';
import { readPolnearFolder } from '../../src/eval/read-polnear-folder.js';
import { scoreDocument } from '../../src/eval/score-document.js';
import { summarizeScores } from '../../src/eval/summarize-scores.js';
import { TABLE_ROWS } from '../../src/eval/types.js';
import { POLNEAR_DEV } from './polnear-dev.js';

describe('PolNeAR dev gold scored against itself', () => {
  const documents = readPolnearFolder(POLNEAR_DEV).value;
  const scores = summarizeScores(documents.map((document) => scoreDocument(document, document.relations)));

  it('gives 1.0 for every figure of both tables, the speaker lines and the summary', () => {
    for (const table of [scores.all, scores.quote])
      for (const row of TABLE_ROWS)
        for (const figures of [table.exact[row], table.overlap[row]])
          expect([figures.precision, figures.recall, figures.f1], row).toEqual([1, 1, 1]);
    expect(scores.speakers).toMatchObject({ accuracy: 1, matchRate: 1, endToEnd: 1 });
    expect(Object.values(scores.summary)).toEqual([1, 1, 1, 1, 1]);
  });

  it('counts what it scored', () => {
    expect(scores.files).toBe(84);
    expect(scores.goldRelations).toBe(2192);
    expect(scores.predictedRelations).toBe(2192);
    expect(scores.all.exact.all).toMatchObject({ tp: 2192, predicted: 2192, gold: 2192 });
    expect(scores.goldQuotes).toBeGreaterThan(0);
    expect(scores.speakers.scored).toBeGreaterThan(0);
  });
});
