import type { ArticleMeta } from '../../types.js';
import { normalizeSpace } from './normalize-space.js';

/** The fields of `meta` that EVAL.md scores on each page, in report order. */
export const SCORED_META_FIELDS = [
  'title',
  'published',
  'modified',
  'authors',
  'outlet',
  'language',
  'canonical',
] as const;
export type ScoredMetaField = (typeof SCORED_META_FIELDS)[number];

/** What a golden page expects of each scored field; null where the page gives nothing reliable. */
export type ExpectedMeta = {
  readonly [Field in ScoredMetaField]: Field extends 'authors' ? readonly string[] : string | null;
};

export interface MetaComparison {
  readonly field: ScoredMetaField;
  readonly expected: string | readonly string[] | null;
  readonly actual: string | readonly string[] | null;
  readonly correct: boolean;
}

/**
 * Compares each field under EVAL.md's conventions: strings exactly once white space is normalised (dates are
 * compared as written, offset included, so `2024-03-05` is not `2024-03-05T00:00:00Z`), null only with
 * null, authors as a set of names (order is not scored: bylines and JSON-LD disagree on it).
 */
export function compareMeta(expected: ExpectedMeta, actual: ArticleMeta): MetaComparison[] {
  return SCORED_META_FIELDS.map((field) => {
    if (field === 'authors') {
      const correct = sameNames(expected.authors, actual.authors);
      return { field, expected: expected.authors, actual: actual.authors, correct };
    }
    const want = expected[field];
    const got = actual[field];
    const correct =
      want === null || got === null ? want === got : normalizeSpace(want) === normalizeSpace(got);
    return { field, expected: want, actual: got, correct };
  });
}

function sameNames(expected: readonly string[], actual: readonly string[]): boolean {
  const want = new Set(expected.map(normalizeSpace));
  const got = new Set(actual.map(normalizeSpace));
  return want.size === got.size && [...want].every((name) => got.has(name));
}
