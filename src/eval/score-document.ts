/**
 * Every count EVAL.md needs for one document, for all relations and for the quote subset. Tokenizing and
 * turning spans into token ranges happen once here; the metrics only compare ranges.
 */
import type { MatchedPair } from './match-relations.js';
import { prepareRelations } from './prepare-relations.js';
import { scoreExact } from './score-exact.js';
import { scoreOverlap } from './score-overlap.js';
import { scoreSpeakers } from './score-speakers.js';
import { tokenizeForEval } from './tokenize-eval.js';
import type { EvalRelation, GoldDocument, SpeakerCounts, TableCounts, TokenRelation } from './types.js';

export interface ScoredDocument {
  readonly name: string;
  readonly text: string;
  readonly gold: readonly TokenRelation[];
  readonly predicted: readonly TokenRelation[];
  readonly all: TableCounts;
  /** Gold relations of type direct or mixed against predicted relations whose own type is. */
  readonly quote: TableCounts;
  readonly speakers: SpeakerCounts;
  /** The exact Content matching over all relations: who is a miss and who a false alarm. */
  readonly contentPairs: readonly MatchedPair[];
}

export function scoreDocument(document: GoldDocument, predictions: readonly EvalRelation[]): ScoredDocument {
  const tokens = tokenizeForEval(document.text);
  const gold = prepareRelations(tokens, document.relations);
  const predicted = prepareRelations(tokens, predictions);
  const all = scoreExact(predicted, gold);
  const goldQuotes = gold.filter((relation) => relation.isQuote);
  const predictedQuotes = predicted.filter((relation) => relation.isQuote);
  return {
    name: document.name,
    text: document.text,
    gold,
    predicted,
    all: { exact: all.counts, overlap: scoreOverlap(predicted, gold) },
    quote: {
      exact: scoreExact(predictedQuotes, goldQuotes).counts,
      overlap: scoreOverlap(predictedQuotes, goldQuotes),
    },
    speakers: scoreSpeakers(predicted, gold),
    contentPairs: all.contentPairs,
  };
}
