/**
 * Error analysis: the gold relations with no exact content match (misses) and the predicted relations
 * that match no gold (false alarms), worst first. Worst means least covered by the other side (a quote no
 * prediction touches before one that was cut a word short), then longest; ties keep file and text order.
 */
import { findBestCover } from './find-best-cover.js';
import type { ScoredDocument } from './score-document.js';
import type { EvalRelation, TokenRelation } from './types.js';

export const ERROR_KINDS = ['miss', 'false-alarm'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface ErrorEntry {
  readonly kind: ErrorKind;
  readonly file: string;
  readonly text: string;
  /** The missed gold relation, or the false prediction. */
  readonly relation: EvalRelation;
  /** The relation on the other side that covers most of its content, if any covers a token of it. */
  readonly nearest: EvalRelation | null;
  /** Share of this relation's content tokens that `nearest` covers (0 when none). */
  readonly coverage: number;
  readonly contentTokens: number;
}

export interface FoundErrors {
  readonly misses: readonly ErrorEntry[];
  readonly falseAlarms: readonly ErrorEntry[];
  readonly missCount: number;
  readonly falseAlarmCount: number;
}

export function findErrors(documents: readonly ScoredDocument[], limit: number): FoundErrors {
  const misses: ErrorEntry[] = [];
  const falseAlarms: ErrorEntry[] = [];
  for (const document of documents) {
    const matchedGold = new Set(document.contentPairs.map((pair) => pair.gold));
    const matchedPredicted = new Set(document.contentPairs.map((pair) => pair.predicted));
    document.gold.forEach((relation, index) => {
      if (!matchedGold.has(index)) misses.push(entry('miss', document, relation, document.predicted));
    });
    document.predicted.forEach((relation, index) => {
      if (!matchedPredicted.has(index))
        falseAlarms.push(entry('false-alarm', document, relation, document.gold));
    });
  }
  return {
    misses: worstFirst(misses).slice(0, limit),
    falseAlarms: worstFirst(falseAlarms).slice(0, limit),
    missCount: misses.length,
    falseAlarmCount: falseAlarms.length,
  };
}

function entry(
  kind: ErrorKind,
  document: ScoredDocument,
  relation: TokenRelation,
  others: readonly TokenRelation[],
): ErrorEntry {
  const best = findBestCover(relation, others);
  return {
    kind,
    file: document.name,
    text: document.text,
    relation: relation.relation,
    nearest: best ? others[best.index]!.relation : null,
    coverage: best && relation.contentTokens > 0 ? best.shared / relation.contentTokens : 0,
    contentTokens: relation.contentTokens,
  };
}

/** Array.prototype.sort is stable, so equal entries keep file and text order. */
const worstFirst = (entries: readonly ErrorEntry[]): ErrorEntry[] =>
  [...entries].sort((a, b) => a.coverage - b.coverage || b.contentTokens - a.contentTokens);
