/**
 * Turns a document's relations into token ranges once, so that every metric compares the same ranges and
 * none tokenizes again.
 */
import { coverContent, coverSpan, type EvalTokens } from './tokenize-eval.js';
import type { EvalRelation, TokenRange, TokenRelation } from './types.js';

export function prepareRelations(tokens: EvalTokens, relations: readonly EvalRelation[]): TokenRelation[] {
  return relations.map((relation) => {
    const content = coverContent(tokens, relation.content);
    return {
      relation,
      cue: relation.cue ? coverSpan(tokens, relation.cue) : null,
      source: relation.source ? coverSpan(tokens, relation.source) : null,
      content: content.length > 0 ? content : null,
      contentTokens: countTokens(content),
      isQuote: relation.type === 'direct' || relation.type === 'mixed',
    };
  });
}

export const countTokens = (ranges: readonly TokenRange[]): number =>
  ranges.reduce((sum, range) => sum + range.end - range.start, 0);

/** Strict overlap: the ranges share a token (adjacent ranges do not overlap, empty ones never do). */
export const rangesOverlap = (a: TokenRange, b: TokenRange): boolean => a.start < b.end && b.start < a.end;

/** Tokens two merged contents share: their ranges are disjoint within each content, so pairs add up. */
export function sharedTokens(a: readonly TokenRange[], b: readonly TokenRange[]): number {
  let shared = 0;
  for (const x of a)
    for (const y of b) shared += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return shared;
}
