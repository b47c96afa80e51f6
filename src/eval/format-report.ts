/**
 * The readable report of `onrecord eval`: for all relations and for the quote subset, one row per span kind
 * (and All) with exact and token-overlap precision, recall and F1 beside the counts they come from; then
 * speaker-source accuracy and EVAL.md's summary fields under their own names.
 */
import type { EvalScores, Figures, ScoredTable, SummaryFields } from './summarize-scores.js';
import { TABLE_ROWS, type EvalTiming, type TableRow } from './types.js';

const ROW_NAMES: Readonly<Record<TableRow, string>> = {
  cue: 'Cue',
  source: 'Source',
  content: 'Content',
  all: 'All',
};

export function formatReport(gold: string, scores: EvalScores, timing: EvalTiming | null): string {
  const out: string[] = [];
  out.push(
    `${gold}: ${scores.files} files, ${scores.goldRelations} gold relations, ` +
      `${scores.predictedRelations} predicted`,
  );
  out.push('');
  out.push(...formatTable('All relations', scores.all));
  out.push('');
  out.push(
    ...formatTable(
      `Quote subset (${scores.goldQuotes} gold and ${scores.predictedQuotes} predicted direct or mixed)`,
      scores.quote,
    ),
  );
  out.push('');
  const { speakers } = scores;
  out.push(`Speaker source (${speakers.scored} gold direct or mixed quotes with a source)`);
  out.push(
    `  matched: best prediction covers >= 50% of the content  ${fraction(speakers.matched, speakers.scored)}  ${number(speakers.matchRate)}  match rate`,
  );
  out.push(
    `  correct: its source overlaps the gold source           ${fraction(speakers.correct, speakers.matched)}  ${number(speakers.accuracy)}  quote_source_acc`,
  );
  out.push(
    `  end to end: correct over all scored quotes             ${fraction(speakers.correct, speakers.scored)}  ${number(speakers.endToEnd)}`,
  );
  out.push('');
  out.push('Summary');
  for (const [field, value] of Object.entries(scores.summary) as [keyof SummaryFields, number][])
    out.push(`  ${field.padEnd(24)} ${number(value)}`);
  if (timing) {
    out.push('');
    const extracted = timing.extractMs === null ? '' : `extracted in ${milliseconds(timing.extractMs)}, `;
    out.push(
      `Read gold in ${milliseconds(timing.readMs)}, ${extracted}scored in ${milliseconds(timing.scoreMs)}.`,
    );
  }
  return `${out.join('\n')}\n`;
}

function formatTable(title: string, table: ScoredTable): string[] {
  const header = `  ${''.padEnd(8)}${'exact P'.padStart(8)}${'R'.padStart(7)}${'F1'.padStart(7)}${'TP/pred/gold'.padStart(19)}  ${'overlap P'.padStart(9)}${'R'.padStart(7)}${'F1'.padStart(7)}${'tokens shared/pred/gold'.padStart(26)}`;
  const rows = TABLE_ROWS.map((row) => {
    const exact = table.exact[row];
    const overlap = table.overlap[row];
    return (
      `  ${ROW_NAMES[row].padEnd(8)}${figures(exact, 8)}${`${exact.tp}/${exact.predicted}/${exact.gold}`.padStart(19)}  ` +
      `${figures(overlap, 9)}${`${overlap.overlap}/${overlap.predicted}/${overlap.gold}`.padStart(26)}`
    );
  });
  return [title, header, ...rows];
}

const figures = (value: Figures, firstWidth: number): string =>
  `${number(value.precision).padStart(firstWidth)}${number(value.recall).padStart(7)}${number(value.f1).padStart(7)}`;

const number = (value: number): string => value.toFixed(3);

const fraction = (numerator: number, denominator: number): string =>
  `${numerator}/${denominator}`.padStart(11);

const milliseconds = (value: number): string =>
  value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
