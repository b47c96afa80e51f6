import { describe, expect, it } from 'vitest';
import { matchArticle } from '../../../src/eval/record/score-record.js';
import type { StoredAttribution } from '../../../src/store/store.js';
import type { Attribution } from '../../../src/types.js';

/** A stored attribution whose content is the characters `start` to `end` (all else irrelevant here). */
function stored(id: string, start: number, end: number): StoredAttribution {
  return {
    article: { id: 1, file: 'a.txt', url: null },
    attribution: { id, content: [{ start, end, text: '' }] } as unknown as Attribution,
    person: null,
    statement: null,
  };
}

const gold = (start: number, end: number) => ({
  gold: { content: '', speaker: null, saidAt: null, statement: null },
  span: { start, end },
});

describe('matchArticle', () => {
  it('matches the stored content covering the most of a gold content, at least half, one to one', () => {
    const matched = matchArticle(
      [gold(0, 100), gold(200, 300)],
      [stored('a1', 0, 60), stored('a2', 0, 90), stored('a3', 200, 240)],
    );
    expect(matched.map((found) => found?.attribution.id ?? null)).toEqual(['a2', null]);
  });

  it('breaks a tie of covers for the content closest to the gold, not the first stored', () => {
    // An interviewer's line (a1) holds a report (a2) whose words the gold is: both cover it whole.
    const matched = matchArticle([gold(120, 180)], [stored('a1', 100, 260), stored('a2', 118, 181)]);
    expect(matched.map((found) => found?.attribution.id)).toEqual(['a2']);
  });
});
