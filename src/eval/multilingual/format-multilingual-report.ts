import type { PairwiseScore } from '../record/score-record.js';
import type { MultilingualEvaluation } from './evaluate-multilingual.js';

const figure = (value: number): string => value.toFixed(3);

const pairwise = (name: string, score: PairwiseScore): string =>
  `  ${name.padEnd(30)} P ${figure(score.precision)}  R ${figure(score.recall)}  F1 ${figure(score.f1)}   pairs ${score.truePairs}/${score.predictedPairs}/${score.goldPairs} (true/predicted/gold)`;

/** The multilingual corpus's figures: per language, then linking across languages. */
export function formatMultilingualReport(evaluation: MultilingualEvaluation, seconds: number): string {
  const header = [
    'lang',
    'articles',
    'quotes',
    'quote content exact F1',
    'quote speaker acc',
    'speaker acc (all)',
    'content exact F1 (all)',
    'said-at acc',
    'quote language',
  ];
  const rows = evaluation.languages.map(
    ({ language, articles, spans, record, quoteSpeaker, quoteLanguage }) => [
      language,
      String(articles),
      String(spans.goldQuotes),
      figure(spans.summary.quote_content_exact_f1),
      figure(quoteSpeaker.accuracy),
      figure(record.speaker.accuracy),
      figure(spans.all.exact.content.f1),
      figure(record.saidAt.accuracy),
      `${quoteLanguage.correct}/${quoteLanguage.total} (${quoteLanguage.falseAlarms} false)`,
    ],
  );
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: readonly string[]) =>
    `  ${cells.map((cell, column) => cell.padStart(widths[column]!)).join('  ')}`;
  return [
    `${evaluation.folder}: the multilingual record corpus`,
    '',
    line(header),
    ...rows.map(line),
    '',
    'Across every language (stored in one record, oldest first):',
    pairwise('people linked across scripts', evaluation.record.merges),
    pairwise('statements across languages', evaluation.record.statements),
    '',
    `Extracted, stored and scored in ${seconds.toFixed(2)} s.`,
    '',
  ].join('\n');
}
