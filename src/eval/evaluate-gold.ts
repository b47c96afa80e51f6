/**
 * The whole of `onrecord eval` short of printing: read the gold, get the predictions (onrecord's own
 * extraction, or a file in the extraction contract), score every document and sum the scores, timing
 * each step. Problems with the inputs are collected, never thrown, so one bad line costs one line.
 */
import { readFileSync } from 'node:fs';
import { errorMessage, InputError } from '../errors.js';
import { findErrors, type FoundErrors } from './find-errors.js';
import { readGold } from './read-gold.js';
import { extractRelations, parsePredictionsJsonl, pickPredictions } from './read-predictions.js';
import { scoreDocument } from './score-document.js';
import { summarizeScores, type EvalScores } from './summarize-scores.js';
import type { EvalRelation, EvalTiming, GoldDocument, ReadProblem } from './types.js';

export interface EvaluateOptions {
  /** Split folders of a PolNeAR root given as the gold. */
  readonly splits?: readonly string[];
  /** A JSONL file of extractions to score instead of running onrecord's own. */
  readonly predictions?: string;
  /** How many misses and false alarms to list (0: none). */
  readonly errors?: number;
  /** Called before each article is extracted. */
  readonly onExtract?: (done: number, total: number, name: string) => void;
}

export interface Evaluation {
  readonly scores: EvalScores;
  readonly errors: FoundErrors | null;
  readonly problems: readonly ReadProblem[];
  readonly timing: EvalTiming;
}

export function evaluateGold(gold: string, options: EvaluateOptions = {}): Evaluation {
  const problems: ReadProblem[] = [];
  let started = performance.now();
  const read = readGold(gold, options.splits ?? []);
  problems.push(...read.problems);
  const documents = read.value;
  const readMs = performance.now() - started;

  started = performance.now();
  let predictions: EvalRelation[][];
  if (options.predictions === undefined)
    predictions = extractAll(documents, problems, options.onExtract ?? (() => undefined));
  else {
    const lines = parsePredictionsJsonl(readPredictions(options.predictions), options.predictions);
    const picked = pickPredictions(documents, lines.value, options.predictions);
    problems.push(...lines.problems, ...picked.problems);
    predictions = picked.value;
  }
  const extractMs = options.predictions === undefined ? performance.now() - started : null;

  started = performance.now();
  const scored = documents.map((document, index) => scoreDocument(document, predictions[index] ?? []));
  const scores = summarizeScores(scored);
  const errors = (options.errors ?? 0) > 0 ? findErrors(scored, options.errors ?? 0) : null;
  return { scores, errors, problems, timing: { readMs, extractMs, scoreMs: performance.now() - started } };
}

function readPredictions(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(file, 'cannot read the predictions', { cause: error });
  }
}

/** onrecord's own extraction of every gold text; an article it fails on is scored as predicting nothing. */
function extractAll(
  documents: readonly GoldDocument[],
  problems: ReadProblem[],
  onExtract: (done: number, total: number, name: string) => void,
): EvalRelation[][] {
  return documents.map((document, index) => {
    onExtract(index, documents.length, document.name);
    try {
      return extractRelations(document);
    } catch (error) {
      problems.push({
        file: document.name,
        line: null,
        message: `extraction failed: ${errorMessage(error)}`,
      });
      return [];
    }
  });
}
