import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateRecord } from '../../../src/eval/record/evaluate-record.js';

const corpus = (name: string): string =>
  fileURLToPath(new URL(`../../record-corpora/${name}`, import.meta.url));

/**
 * The record's figures on the corpora of test/record-corpora (EVAL.md, "The record"), a little below what
 * session 26 measured, so that a change that loses speakers, dates, people or statements there shows.
 */
const FLOORS = {
  'transit-strike': { speaker: 0.87, saidAt: 0.82, merges: 0.86, statements: 0.77 },
  'syrup-recall': { speaker: 0.93, saidAt: 0.83, merges: 0.92, statements: 0.86 },
  'dam-election': { speaker: 0.83, saidAt: 0.87, merges: 0.85, statements: 0.7 },
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
