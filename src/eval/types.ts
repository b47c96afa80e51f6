/**
 * The values `onrecord eval` passes between its steps: gold and predicted relations reduced to the spans
 * EVAL.md scores, the same relations seen as token ranges, and the counts every figure is computed from.
 * Character spans are UTF-16 indices into the article text, as everywhere in onrecord.
 */
import type { AttributionType, Span } from '../types.js';

/** One attribution relation as scored: where its parts are, nothing else. */
export interface EvalRelation {
  /** The gold event id (`E12`) or the predicted attribution id, for error listings; null when unknown. */
  readonly id: string | null;
  readonly source: Span | null;
  readonly cue: Span | null;
  /** The content fragments in text order; empty when the relation has no content. */
  readonly content: readonly Span[];
  /** Gold: the JSONL's own type or EVAL.md's rule. Predicted: the system's own type. */
  readonly type: AttributionType;
}

/** One article of the gold: its text and the relations annotated in it. */
export interface GoldDocument {
  /** File name used in reports and to find the article's predictions (`NAME.txt` for PolNeAR). */
  readonly name: string;
  readonly text: string;
  readonly relations: readonly EvalRelation[];
}

/** A line of input that could not be used as written; reading goes on past it. */
export interface ReadProblem {
  readonly file: string;
  /** 1-based line of the file, or null when the problem concerns the whole file. */
  readonly line: number | null;
  readonly message: string;
}

/** What a reader returns: what it could read, and what it had to skip or doubt. */
export interface ReadResult<T> {
  readonly value: T;
  readonly problems: readonly ReadProblem[];
}

/** A half-open range of token indices (`end` exclusive), the unit every span is compared in. */
export interface TokenRange {
  readonly start: number;
  readonly end: number;
}

/** A relation with its spans turned into token ranges, computed once per document. */
export interface TokenRelation {
  readonly relation: EvalRelation;
  readonly cue: TokenRange | null;
  readonly source: TokenRange | null;
  /** Merged, sorted token ranges; null when the content covers no token at all. */
  readonly content: readonly TokenRange[] | null;
  /** Number of tokens the content covers (0 when it has none). */
  readonly contentTokens: number;
  /** Type direct or mixed: the relation belongs to the quote subset. */
  readonly isQuote: boolean;
}

export const SPAN_KINDS = ['cue', 'source', 'content'] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];

/** The rows of a table: the three span kinds, and All. */
export const TABLE_ROWS = [...SPAN_KINDS, 'all'] as const;
export type TableRow = (typeof TABLE_ROWS)[number];

/** Exact match: TP is the size of a maximum one-to-one matching. */
export interface ExactCounts {
  readonly tp: number;
  /** Predicted relations that have this span (every relation for All). */
  readonly predicted: number;
  /** Gold relations that have this span (every relation for All). */
  readonly gold: number;
}

/** Token overlap: Σ min(predicted count, gold count) over tokens, and the two totals. */
export interface OverlapCounts {
  readonly overlap: number;
  readonly predicted: number;
  readonly gold: number;
}

export type ExactTable = Readonly<Record<TableRow, ExactCounts>>;
export type OverlapTable = Readonly<Record<TableRow, OverlapCounts>>;

/** One set of relations (all relations, or the quote subset) scored both ways. */
export interface TableCounts {
  readonly exact: ExactTable;
  readonly overlap: OverlapTable;
}

/** Speaker-source accuracy counts (EVAL.md): gold direct or mixed quotes that have a source. */
export interface SpeakerCounts {
  readonly scored: number;
  /** Quotes whose best predicted relation covers at least half of the gold content tokens. */
  readonly matched: number;
  /** Matched quotes whose predicted source overlaps the gold source by at least one character. */
  readonly correct: number;
}

/** How long each step took, in milliseconds; extraction is null when predictions were read from a file. */
export interface EvalTiming {
  readonly readMs: number;
  readonly extractMs: number | null;
  readonly scoreMs: number;
}
