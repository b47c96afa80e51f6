import { describe, expect, it } from 'vitest';
import { compareMeta, type ExpectedMeta } from '../../../src/eval/read/score-meta.js';
import type { ArticleMeta } from '../../../src/types.js';

const expected: ExpectedMeta = {
  title: 'Council approves budget',
  published: '2025-03-05T18:42:10+00:00',
  modified: null,
  authors: ['Priya Castellane', 'Tom Ashdown'],
  outlet: 'The Harbourside Gazette',
  language: 'en',
  canonical: 'https://example.org/budget/',
};

const read = (overrides: Partial<ArticleMeta>): ArticleMeta => ({
  title: 'Council approves budget',
  subtitle: null,
  published: '2025-03-05T18:42:10+00:00',
  modified: null,
  outlet: 'The Harbourside Gazette',
  language: 'en',
  authors: ['Tom Ashdown', 'Priya Castellane'],
  takeaways: [],
  url: null,
  canonical: 'https://example.org/budget/',
  ...overrides,
});

const wrongFields = (meta: ArticleMeta): string[] =>
  compareMeta(expected, meta)
    .filter((comparison) => !comparison.correct)
    .map((comparison) => comparison.field);

describe('compareMeta', () => {
  it('accepts authors in any order and a title with other white space', () => {
    expect(wrongFields(read({ title: ' Council  approves\nbudget ' }))).toEqual([]);
  });

  it('compares dates as written: another form of the same instant, or a date alone, is wrong', () => {
    expect(wrongFields(read({ published: '2025-03-05T18:42:10Z' }))).toEqual(['published']);
    expect(wrongFields(read({ published: '2025-03-05' }))).toEqual(['published']);
  });

  it('matches null only with null, and wants exactly the expected authors', () => {
    expect(wrongFields(read({ modified: '2025-03-06T08:15:00+00:00', canonical: null }))).toEqual([
      'modified',
      'canonical',
    ]);
    expect(wrongFields(read({ authors: ['Priya Castellane'] }))).toEqual(['authors']);
    expect(wrongFields(read({ authors: ['By Priya Castellane and Tom Ashdown'] }))).toEqual(['authors']);
  });

  it('does not take a regional language tag for the primary tag', () => {
    expect(wrongFields(read({ language: 'en-GB' }))).toEqual(['language']);
  });
});
