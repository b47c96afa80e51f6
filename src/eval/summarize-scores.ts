/**
 * Micro-averages: the counts of every document are summed first, and precision, recall and F1 are taken
 * from the sums, so long articles weigh by their relations and tokens, not as one vote each. A ratio with
 * nothing to divide by is 0, as in Citron.
 */
import type { ScoredDocument } from './score-document.js';
import {
  TABLE_ROWS,
  type ExactCounts,
  type OverlapCounts,
  type SpeakerCounts,
  type TableCounts,
  type TableRow,
} from './types.js';

export interface Figures {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface ScoredTable {
  readonly exact: Readonly<Record<TableRow, ExactCounts & Figures>>;
  readonly overlap: Readonly<Record<TableRow, OverlapCounts & Figures>>;
}

export interface SpeakerFigures extends SpeakerCounts {
  /** correct / matched: `quote_source_acc`. */
  readonly accuracy: number;
  /** matched / scored. */
  readonly matchRate: number;
  /** correct / scored. */
  readonly endToEnd: number;
}

/** The fields EVAL.md asks every report to print, under its names. */
export interface SummaryFields {
  readonly quote_content_exact_f1: number;
  readonly quote_source_acc: number;
  readonly all_content_overlap_f1: number;
  readonly all_source_exact_f1: number;
  readonly all_cue_exact_f1: number;
}

export interface EvalScores {
  readonly files: number;
  readonly goldRelations: number;
  readonly predictedRelations: number;
  readonly goldQuotes: number;
  readonly predictedQuotes: number;
  readonly all: ScoredTable;
  readonly quote: ScoredTable;
  readonly speakers: SpeakerFigures;
  readonly summary: SummaryFields;
}

export function summarizeScores(documents: readonly ScoredDocument[]): EvalScores {
  const all = scoreTable(documents.map((document) => document.all));
  const quote = scoreTable(documents.map((document) => document.quote));
  const speakers = sumSpeakers(documents.map((document) => document.speakers));
  return {
    files: documents.length,
    goldRelations: sum(documents.map((document) => document.gold.length)),
    predictedRelations: sum(documents.map((document) => document.predicted.length)),
    goldQuotes: sum(documents.map((document) => document.gold.filter((relation) => relation.isQuote).length)),
    predictedQuotes: sum(
      documents.map((document) => document.predicted.filter((relation) => relation.isQuote).length),
    ),
    all,
    quote,
    speakers,
    summary: {
      quote_content_exact_f1: quote.exact.content.f1,
      quote_source_acc: speakers.accuracy,
      all_content_overlap_f1: all.overlap.content.f1,
      all_source_exact_f1: all.exact.source.f1,
      all_cue_exact_f1: all.exact.cue.f1,
    },
  };
}

function scoreTable(tables: readonly TableCounts[]): ScoredTable {
  const exact = {} as Record<TableRow, ExactCounts & Figures>;
  const overlap = {} as Record<TableRow, OverlapCounts & Figures>;
  for (const row of TABLE_ROWS) {
    const tp = sum(tables.map((table) => table.exact[row].tp));
    const exactPredicted = sum(tables.map((table) => table.exact[row].predicted));
    const exactGold = sum(tables.map((table) => table.exact[row].gold));
    exact[row] = {
      tp,
      predicted: exactPredicted,
      gold: exactGold,
      ...figures(tp, exactPredicted, exactGold),
    };
    const shared = sum(tables.map((table) => table.overlap[row].overlap));
    const overlapPredicted = sum(tables.map((table) => table.overlap[row].predicted));
    const overlapGold = sum(tables.map((table) => table.overlap[row].gold));
    overlap[row] = {
      overlap: shared,
      predicted: overlapPredicted,
      gold: overlapGold,
      ...figures(shared, overlapPredicted, overlapGold),
    };
  }
  return { exact, overlap };
}

function sumSpeakers(counts: readonly SpeakerCounts[]): SpeakerFigures {
  const scored = sum(counts.map((count) => count.scored));
  const matched = sum(counts.map((count) => count.matched));
  const correct = sum(counts.map((count) => count.correct));
  return {
    scored,
    matched,
    correct,
    accuracy: ratio(correct, matched),
    matchRate: ratio(matched, scored),
    endToEnd: ratio(correct, scored),
  };
}

/** Precision, recall and F1 from a true count and the two totals it is measured against. */
export function figures(hits: number, predicted: number, gold: number): Figures {
  const precision = ratio(hits, predicted);
  const recall = ratio(hits, gold);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

const ratio = (numerator: number, denominator: number): number =>
  denominator > 0 ? numerator / denominator : 0;

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
