import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { evaluateGold } from '../../eval/evaluate-gold.js';
import { errorsAsJson, formatErrors } from '../../eval/format-errors.js';
import { formatReport } from '../../eval/format-report.js';
import type { ReadProblem } from '../../eval/types.js';
import { parsePositiveInteger } from '../database-option.js';
import { EXIT_SOME_FAILED, type CliIo } from '../io.js';
import type { ExitState } from '../main.js';
import { createProgress } from '../progress.js';
import { evaluateRecord } from '../../eval/record/evaluate-record.js';
import { formatRecordErrors } from '../../eval/record/format-record-errors.js';
import { formatRecordReport } from '../../eval/record/format-record-report.js';
import { isRecordGold } from '../../eval/record/read-record-gold.js';
import { evaluateMultilingual } from '../../eval/multilingual/evaluate-multilingual.js';
import { formatMultilingualReport } from '../../eval/multilingual/format-multilingual-report.js';
import { isMultilingualGold } from '../../eval/multilingual/read-multilingual-gold.js';
import { evaluateReading } from '../../eval/read/evaluate-reading.js';
import { readWithReadability } from '../../eval/read/readability-baseline.js';
import { formatReadingReport } from '../../eval/read/format-reading-report.js';
import { isGoldenPageFolder } from '../../eval/read/read-golden-pages.js';

interface EvalCommandOptions {
  readonly split: string[];
  readonly predictions?: string;
  readonly json?: boolean;
  readonly errors?: string;
  readonly reader: string;
}

/** At most this many problems are printed on stderr; `--json` lists them all. */
const PRINTED_PROBLEMS = 20;

export function registerEval(program: Command, io: CliIo, exit: ExitState): void {
  program
    .command('eval')
    .description(
      'Score extraction against gold attributions with the metrics of EVAL.md: exact and token-overlap ' +
        'precision, recall and F1 for cue, source, content and all, for all relations and for quotations, ' +
        'and speaker-source accuracy. By default onrecord extracts from each gold text itself; ' +
        '--predictions scores any system output in the extraction contract instead. Given a record gold ' +
        'folder (gold.jsonl and people.json, as samples/record), it stores every article in a fresh ' +
        'in-memory record and scores speakers, said-at, person merges and statement clusters. Given a ' +
        'folder of golden web pages (<slug>/source.* and <slug>/expected.json, as test/articles), it reads ' +
        'each page and scores the reading: body paragraphs found, boilerplate left out, each meta field, ' +
        'and body token precision, recall and F1 (the Article Extraction Benchmark metric).',
    )
    .argument(
      '<gold>',
      'a PolNeAR split folder (text/ and attributions/), a PolNeAR root with --split, a JSONL gold file, ' +
        'a record gold folder (gold.jsonl and people.json), a multilingual record folder (gold/LANG.jsonl and ' +
        'people.json, as samples/multilingual), or a folder of golden web pages',
    )
    .option(
      '--split <name>',
      'a split folder of the PolNeAR root GOLD, e.g. dev (repeat for several)',
      (value: string, previous: string[]) => [...previous, value],
      [],
    )
    .option(
      '--predictions <file>',
      'score these extractions (onrecord extract JSONL, matched to gold articles by file basename)',
    )
    .option('--json', 'print every figure and count as JSON')
    .option(
      '--reader <name>',
      'golden web pages only: score `onrecord` (default) or the baseline `readability` (Mozilla Readability ' +
        'on linkedom alone) on the same pages',
      'onrecord',
    )
    .option(
      '--errors <count>',
      'also list this many worst misses and false alarms, for error analysis (golden pages: per page, ' +
        'this many missing paragraphs and leaked strings, and every wrong meta field; the record: this many ' +
        'wrong speakers, wrong dates, split or joined people and split statements)',
    )
    .action(async (gold: string, options: EvalCommandOptions) => {
      if (isGoldenPageFolder(gold)) {
        evalReading(gold, options, io, exit);
        return;
      }
      if (isRecordGold(gold)) {
        await evalRecord(gold, options, io, exit);
        return;
      }
      if (isMultilingualGold(gold)) {
        await evalMultilingual(gold, options, io, exit);
        return;
      }
      const errorCount = options.errors === undefined ? 0 : parsePositiveInteger(options.errors, '--errors');
      const progress = createProgress(io.stderr);
      const { scores, errors, problems, timing } = evaluateGold(gold, {
        splits: options.split,
        errors: errorCount,
        ...(options.predictions !== undefined && { predictions: options.predictions }),
        onExtract: (done, total, name) => {
          progress.update(() => `eval: extracting ${done + 1}/${total} ${name}`);
        },
      });
      progress.done();

      printProblems(problems, io);
      if (options.json === true) {
        const { summary, ...counts } = scores;
        const report = {
          gold,
          summary,
          ...counts,
          timing,
          problems,
          ...(errors && { errors: errorsAsJson(errors) }),
        };
        io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      } else {
        io.stdout.write(formatReport(gold, scores, timing));
        if (errors) io.stdout.write(`\n${formatErrors(errors)}`);
      }
      // Like extract: the report stands for what could be read, and the exit code says something was not.
      if (problems.length > 0) exit.code = EXIT_SOME_FAILED;
    });
}

async function evalRecord(
  folder: string,
  options: EvalCommandOptions,
  io: CliIo,
  exit: ExitState,
): Promise<void> {
  const errorCount = options.errors === undefined ? 0 : parsePositiveInteger(options.errors, '--errors');
  const started = performance.now();
  const { gold, scores, pairs, problems } = await evaluateRecord(folder);
  const seconds = (performance.now() - started) / 1000;
  for (const problem of problems) io.stderr.write(`onrecord eval: ${problem.file}: ${problem.message}\n`);
  if (options.json === true) {
    const misses = pairs
      .filter(
        ({ stored, gold }) =>
          stored === null || ((stored.person?.name ?? null) === null) !== (gold.speaker === null),
      )
      .map(({ file, gold, stored }) => ({
        file,
        gold,
        stored: stored && { speaker: stored.person, attribution: stored.attribution.id },
      }));
    io.stdout.write(`${JSON.stringify({ folder, ...scores, seconds, problems, misses }, null, 2)}\n`);
  } else {
    io.stdout.write(formatRecordReport(folder, scores, seconds));
    if (errorCount > 0) io.stdout.write(`\n${formatRecordErrors(gold, pairs, errorCount)}`);
  }
  if (problems.length > 0) exit.code = EXIT_SOME_FAILED;
}

async function evalMultilingual(
  folder: string,
  options: EvalCommandOptions,
  io: CliIo,
  exit: ExitState,
): Promise<void> {
  const started = performance.now();
  const evaluation = await evaluateMultilingual(folder);
  const seconds = (performance.now() - started) / 1000;
  for (const problem of evaluation.problems)
    io.stderr.write(`onrecord eval: ${problem.file}: ${problem.message}\n`);
  if (options.json === true) {
    const languages = evaluation.languages.map(
      ({ language, articles, spans, record, quoteSpeaker, quoteLanguage }) => ({
        language,
        articles,
        summary: spans.summary,
        quoteSpeaker,
        quoteLanguage,
        speaker: record.speaker,
        saidAt: record.saidAt,
        quotes: { gold: spans.goldQuotes, predicted: spans.predictedQuotes },
      }),
    );
    const { merges, statements } = evaluation.record;
    io.stdout.write(
      `${JSON.stringify({ folder, languages, merges, statements, seconds, problems: evaluation.problems }, null, 2)}\n`,
    );
  } else io.stdout.write(formatMultilingualReport(evaluation, seconds));
  if (evaluation.problems.length > 0) exit.code = EXIT_SOME_FAILED;
}

function evalReading(folder: string, options: EvalCommandOptions, io: CliIo, exit: ExitState): void {
  const errorCount = options.errors === undefined ? 0 : parsePositiveInteger(options.errors, '--errors');
  if (options.reader !== 'onrecord' && options.reader !== 'readability')
    throw new UsageError(`--reader is onrecord or readability, not ${JSON.stringify(options.reader)}`);
  const report = evaluateReading(
    folder,
    [],
    options.reader === 'readability' ? readWithReadability : undefined,
  );
  printProblems(report.problems, io);
  if (options.json === true) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout.write(formatReadingReport(report, errorCount));
  if (report.problems.length > 0) exit.code = EXIT_SOME_FAILED;
}

function printProblems(problems: readonly ReadProblem[], io: CliIo): void {
  for (const problem of problems.slice(0, PRINTED_PROBLEMS))
    io.stderr.write(
      `onrecord eval: ${problem.file}${problem.line === null ? '' : `:${problem.line}`}: ${problem.message}\n`,
    );
  if (problems.length > PRINTED_PROBLEMS)
    io.stderr.write(
      `onrecord eval: … and ${problems.length - PRINTED_PROBLEMS} more problems (see --json)\n`,
    );
}
