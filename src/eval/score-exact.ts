/**
 * Exact match (EVAL.md) for one document: per row, the size of a maximum one-to-one matching between
 * predicted and gold relations whose spans are equal token ranges. Source and Content also need the two
 * relations anchored, so that the same words attributed through another cue do not count.
 */
import { matchRelations, type MatchedPair } from './match-relations.js';
import { rangesOverlap } from './prepare-relations.js';
import type { ExactCounts, ExactTable, TokenRange, TokenRelation } from './types.js';

export interface ExactResult {
  readonly counts: ExactTable;
  /** The Content matching, kept to list misses and false alarms. */
  readonly contentPairs: readonly MatchedPair[];
}

/** A relation's key for one row: equal keys are equal spans; null means the span is missing. */
type RowKey = (relation: TokenRelation) => string | null;

const rangeKey = (range: TokenRange | null): string | null => (range ? `${range.start}:${range.end}` : null);
const contentKey = (ranges: readonly TokenRange[] | null): string | null =>
  ranges ? ranges.map((range) => `${range.start}:${range.end}`).join(',') : null;

const CUE_KEY: RowKey = (relation) => rangeKey(relation.cue);
const SOURCE_KEY: RowKey = (relation) => rangeKey(relation.source);
const CONTENT_KEY: RowKey = (relation) => contentKey(relation.content);
// All: a null span equals only a null span, so it gets a key of its own instead of none.
const ALL_KEY: RowKey = (relation) =>
  [rangeKey(relation.cue) ?? '-', rangeKey(relation.source) ?? '-', contentKey(relation.content) ?? '-'].join(
    '|',
  );

export function scoreExact(predicted: readonly TokenRelation[], gold: readonly TokenRelation[]): ExactResult {
  const content = countRow(predicted, gold, CONTENT_KEY, true);
  return {
    counts: {
      cue: countRow(predicted, gold, CUE_KEY, false).counts,
      source: countRow(predicted, gold, SOURCE_KEY, true).counts,
      content: content.counts,
      all: countRow(predicted, gold, ALL_KEY, false).counts,
    },
    contentPairs: content.pairs,
  };
}

/**
 * Candidate pairs are found through a map of gold keys, so only relations with equal spans are compared:
 * a file with hundreds of relations does not cost hundreds squared.
 */
function countRow(
  predicted: readonly TokenRelation[],
  gold: readonly TokenRelation[],
  key: RowKey,
  needsAnchor: boolean,
): { counts: ExactCounts; pairs: MatchedPair[] } {
  const goldByKey = new Map<string, number[]>();
  let goldCount = 0;
  gold.forEach((relation, index) => {
    const value = key(relation);
    if (value === null) return;
    goldCount += 1;
    const list = goldByKey.get(value);
    if (list) list.push(index);
    else goldByKey.set(value, [index]);
  });
  let predictedCount = 0;
  const edges = predicted.map((relation) => {
    const value = key(relation);
    if (value === null) return [];
    predictedCount += 1;
    const candidates = goldByKey.get(value) ?? [];
    return needsAnchor ? candidates.filter((index) => areAnchored(relation, gold[index]!)) : candidates;
  });
  const pairs = matchRelations(edges, gold.length);
  return { counts: { tp: pairs.length, predicted: predictedCount, gold: goldCount }, pairs };
}

/**
 * Citron's cue-overlap rule, made strict: relations are anchored when their cues share a token; when either
 * has no cue, when their contents share a token.
 */
export function areAnchored(a: TokenRelation, b: TokenRelation): boolean {
  if (a.cue && b.cue) return rangesOverlap(a.cue, b.cue);
  const left = a.content;
  const right = b.content;
  if (!left || !right) return false;
  return left.some((x) => right.some((y) => rangesOverlap(x, y)));
}
