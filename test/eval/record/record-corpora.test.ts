import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateRecord } from '../../../src/eval/record/evaluate-record.js';

const corpus = (name: string): string =>
  fileURLToPath(new URL(`../../record-corpora/${name}`, import.meta.url));

/**
 * The record's figures on the corpora of test/record-corpora (EVAL.md, "The record"), a little below what
 * session 27 measured, so that a change that loses speakers, dates, people or statements there shows.
 */
const FLOORS = {
  'transit-strike': { speaker: 0.89, saidAt: 0.85, merges: 0.88, statements: 0.78 },
  'syrup-recall': { speaker: 0.95, saidAt: 0.84, merges: 0.96, statements: 0.86 },
  'dam-election': { speaker: 0.85, saidAt: 0.9, merges: 0.9, statements: 0.7 },
} as const;

describe('the record on the record corpora', () => {
  for (const [name, floor] of Object.entries(FLOORS))
    it(`keeps speakers, dates, people and statements of ${name} at or above their floors`, async () => {
      const { scores, problems } = await evaluateRecord(corpus(name));
      expect(problems).toEqual([]);
      expect(scores.gold).toBeGreaterThan(150);
      expect(scores.speaker.accuracy).toBeGreaterThanOrEqual(floor.speaker);
      expect(scores.saidAt.accuracy).toBeGreaterThanOrEqual(floor.saidAt);
      expect(scores.merges.f1).toBeGreaterThanOrEqual(floor.merges);
      expect(scores.statements.f1).toBeGreaterThanOrEqual(floor.statements);
    });
});
