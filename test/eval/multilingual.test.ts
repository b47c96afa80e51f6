/**
 * `onrecord eval samples/multilingual`: the figures of issue 8 on the team's multilingual corpus, per
 * language, as floors a change must not fall under (the measured values are in docs/multilingual.md).
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  evaluateMultilingual,
  type MultilingualEvaluation,
} from '../../src/eval/multilingual/evaluate-multilingual.js';

const folder = fileURLToPath(new URL('../../samples/multilingual', import.meta.url));

describe('the multilingual record corpus', () => {
  let evaluation: MultilingualEvaluation;
  beforeAll(async () => {
    evaluation = await evaluateMultilingual(folder);
  });

  it('reads every gold attribution of every language', () => {
    expect(evaluation.problems).toEqual([]);
    expect(evaluation.languages.map((language) => language.language)).toEqual([
      'de',
      'en',
      'es',
      'fr',
      'ru',
      'uk',
    ]);
  });

  it.each(['uk', 'ru', 'de', 'fr', 'es'])('%s: quotations found word for word and their speakers', (code) => {
    const language = evaluation.languages.find((candidate) => candidate.language === code)!;
    expect(language.articles).toBeGreaterThanOrEqual(10);
    expect(language.spans.summary.quote_content_exact_f1).toBeGreaterThanOrEqual(0.9);
    expect(language.quoteSpeaker.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('links one person across scripts and spellings, precision first', () => {
    // Issue 8's targets, end to end: each quotation's speaker resolved, stored and linked across articles.
    expect(evaluation.record.merges.precision).toBeGreaterThanOrEqual(0.98);
    expect(evaluation.record.merges.recall).toBeGreaterThanOrEqual(0.9);
  });
});
