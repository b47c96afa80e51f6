import { describe, expect, it } from 'vitest';
import { normalizeSpace } from '../../../src/eval/read/normalize-space.js';
import { shareOf, splitByPresence } from '../../../src/eval/read/score-paragraphs.js';

describe('normalizeSpace', () => {
  it('makes every run of white space, no-break and zero-width spaces included, one space', () => {
    expect(normalizeSpace('\n  « Nous\u00a0avons\u202fgagné »\u200b\tdit-elle.  ')).toBe(
      '« Nous avons gagné » dit-elle.',
    );
  });
});

describe('splitByPresence', () => {
  const body =
    'Councillors approved the budget\non Wednesday.\n\n“No painless options left,” she said. The vote was 9-4.';

  it('finds paragraphs with different white space, and paragraphs a reader joined into one block', () => {
    const { present, absent } = splitByPresence(
      [
        'Councillors approved the budget on Wednesday.',
        '“No painless options left,” she said.',
        'The vote was 9-4.',
      ],
      body,
    );
    expect(present).toHaveLength(3);
    expect(absent).toEqual([]);
  });

  it('misses a paragraph cut short or changed inside, and never finds an empty string', () => {
    const { present, absent } = splitByPresence(
      ['Councillors approved the budget on Wednesday night.', 'The vote was 9–4.', '  '],
      body,
    );
    expect(present).toEqual([]);
    expect(absent).toHaveLength(3);
  });
});

describe('shareOf', () => {
  it('is part over whole, and 1 when there is nothing to find', () => {
    expect(shareOf(3, 4)).toBe(0.75);
    expect(shareOf(0, 0)).toBe(1);
  });
});
