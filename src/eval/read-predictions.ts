/**
 * Predictions for scoring: either onrecord's own extraction, run in-process on each gold text, or any
 * system's output in the extraction contract (`onrecord extract` JSONL), matched to the gold articles by
 * the basename of its `file` field.
 */
import { basename } from 'node:path';
import { extract } from '../extract.js';
import type { Attribution } from '../types.js';
import { readJsonLines } from './read-json-lines.js';
import { isRecord, readJsonRelation } from './read-json-relation.js';
import type { EvalRelation, GoldDocument, ReadProblem, ReadResult } from './types.js';

/** The relations onrecord itself extracts from a gold text. */
export function extractRelations(document: GoldDocument): EvalRelation[] {
  return extract(document.text, { file: document.name }).attributions.map(relationOfAttribution);
}

export const relationOfAttribution = (attribution: Attribution): EvalRelation => ({
  id: attribution.id,
  source: attribution.source && { start: attribution.source.start, end: attribution.source.end },
  cue: attribution.cue && { start: attribution.cue.start, end: attribution.cue.end },
  content: attribution.content.map(({ start, end }) => ({ start, end })),
  type: attribution.type,
});

/** One line of a predictions file, kept unread until its gold text is known. */
export interface PredictionLine {
  readonly line: number;
  readonly attributions: readonly unknown[];
}

/** Indexes a predictions JSONL by the basename of each line's `file`. */
export function parsePredictionsJsonl(
  content: string,
  file: string,
): ReadResult<Map<string, PredictionLine>> {
  const problems: ReadProblem[] = [];
  const byName = new Map<string, PredictionLine>();
  for (const { number, value, report } of readJsonLines(content, file, problems)) {
    if (!isRecord(value) || typeof value.file !== 'string' || !Array.isArray(value.attributions)) {
      report('expected an extraction with "file" (a string) and "attributions" (an array)');
      continue;
    }
    const name = basename(value.file);
    if (byName.has(name)) {
      report(`a second extraction of ${JSON.stringify(name)}: only the first is scored`);
      continue;
    }
    byName.set(name, { line: number, attributions: value.attributions as unknown[] });
  }
  return { value: byName, problems };
}

/**
 * Reads each gold article's predicted relations from the indexed lines. An article without a line is
 * scored as predicting nothing, and a line without an article is reported, so that a misnamed file
 * shows up instead of quietly lowering recall.
 */
export function pickPredictions(
  documents: readonly GoldDocument[],
  lines: ReadonlyMap<string, PredictionLine>,
  file: string,
): ReadResult<EvalRelation[][]> {
  const problems: ReadProblem[] = [];
  const used = new Set<string>();
  const predictions = documents.map((document) => {
    const name = basename(document.name);
    const entry = lines.get(name);
    if (!entry) {
      problems.push({ file, line: null, message: `no extraction of ${name}: scored as predicting nothing` });
      return [];
    }
    used.add(name);
    const relations: EvalRelation[] = [];
    for (const [index, attribution] of entry.attributions.entries()) {
      const read = readJsonRelation(attribution, document.text, `attributions[${index}]`);
      for (const message of read.problems) problems.push({ file, line: entry.line, message });
      if (read.relation) relations.push(read.relation);
    }
    return relations;
  });
  for (const [name, entry] of lines)
    if (!used.has(name))
      problems.push({ file, line: entry.line, message: `no gold article named ${name}: not scored` });
  return { value: predictions, problems };
}
