/**
 * Token overlap (EVAL.md) for one document: per span kind, how many times each token is covered by
 * predicted spans and by gold spans; overlap is the sum over tokens of the smaller count. Taking the
 * multiset minimum (not Citron's sum over all pairs) means a duplicated prediction cannot earn a token
 * twice, and precision and recall stay within 0..1.
 */
import type { OverlapCounts, OverlapTable, SpanKind, TokenRange, TokenRelation } from './types.js';

export function scoreOverlap(
  predicted: readonly TokenRelation[],
  gold: readonly TokenRelation[],
): OverlapTable {
  const cue = countOverlap(predicted, gold, 'cue');
  const source = countOverlap(predicted, gold, 'source');
  const content = countOverlap(predicted, gold, 'content');
  // All sums the three kinds, as Citron does.
  const all: OverlapCounts = {
    overlap: cue.overlap + source.overlap + content.overlap,
    predicted: cue.predicted + source.predicted + content.predicted,
    gold: cue.gold + source.gold + content.gold,
  };
  return { cue, source, content, all };
}

/**
 * The counts change only where a span starts or ends, so instead of a counter per token this sweeps the
 * sorted span edges: between two edges every token has the same predicted and gold counts.
 */
function countOverlap(
  predicted: readonly TokenRelation[],
  gold: readonly TokenRelation[],
  kind: SpanKind,
): OverlapCounts {
  // Each edge: token position, change of the predicted count, change of the gold count.
  const edges: [number, number, number][] = [];
  let predictedTotal = 0;
  let goldTotal = 0;
  for (const relation of predicted)
    for (const range of rangesOf(relation, kind)) {
      edges.push([range.start, 1, 0], [range.end, -1, 0]);
      predictedTotal += range.end - range.start;
    }
  for (const relation of gold)
    for (const range of rangesOf(relation, kind)) {
      edges.push([range.start, 0, 1], [range.end, 0, -1]);
      goldTotal += range.end - range.start;
    }
  edges.sort((a, b) => a[0] - b[0]);
  let overlap = 0;
  let predictedCount = 0;
  let goldCount = 0;
  let position = 0;
  for (const [at, predictedChange, goldChange] of edges) {
    overlap += (at - position) * Math.min(predictedCount, goldCount);
    position = at;
    predictedCount += predictedChange;
    goldCount += goldChange;
  }
  return { overlap, predicted: predictedTotal, gold: goldTotal };
}

function rangesOf(relation: TokenRelation, kind: SpanKind): readonly TokenRange[] {
  if (kind === 'content') return relation.content ?? [];
  const range = relation[kind];
  return range ? [range] : [];
}
