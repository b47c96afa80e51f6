import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPolnearFolder } from '../../src/eval/read-polnear-folder.js';
import { runCli } from '../helpers/capture-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'onrecord-eval-'));
const at = (name: string): string => join(folder, name);
const POLNEAR = fileURLToPath(new URL('../../../shared/polnear', import.meta.url));

/** The span of the n-th (1-based) occurrence of words in text. */
const span = (text: string, words: string, occurrence = 1): { start: number; end: number } => {
  let start = -1;
  for (let seen = 0; seen < occurrence; seen += 1) start = text.indexOf(words, start + 1);
  return { start, end: start + words.length };
};

const pier =
  'Harbour news\n\n"The pier is safe," Mayor Lena Brandt said. The council said repairs start soon.\n';
const storm = 'Forecasters warned that the storm would reach the coast by noon.\n';
const goldLines = [
  {
    file: 'pier.txt',
    text: pier,
    attributions: [
      {
        source: span(pier, 'Mayor Lena Brandt'),
        cue: span(pier, 'said'),
        content: [span(pier, '"The pier is safe,"')],
      },
      {
        source: span(pier, 'The council'),
        cue: span(pier, 'said', 2),
        content: [span(pier, 'repairs start soon')],
      },
    ],
  },
  {
    file: 'storm.txt',
    text: storm,
    attributions: [
      {
        source: span(storm, 'Forecasters'),
        cue: span(storm, 'warned'),
        content: [span(storm, 'the storm would reach the coast by noon')],
      },
    ],
  },
];
const relation = (
  type: string,
  source: { start: number; end: number } | null,
  cue: { start: number; end: number } | null,
  content: { start: number; end: number },
) => ({ type, source, cue, content: [content] });
const predictionLines = [
  {
    version: '1',
    file: '/elsewhere/pier.txt',
    attributions: [
      relation(
        'direct',
        span(pier, 'Mayor Lena Brandt'),
        span(pier, 'said'),
        span(pier, '"The pier is safe,"'),
      ),
      relation('indirect', span(pier, 'council'), span(pier, 'said', 2), span(pier, 'repairs start')),
    ],
  },
  {
    version: '1',
    file: 'storm.txt',
    attributions: [
      relation(
        'indirect',
        span(storm, 'Forecasters'),
        span(storm, 'warned'),
        span(storm, 'that the storm would reach the coast by noon'),
      ),
      relation('indirect', null, null, span(storm, 'Forecasters warned')),
    ],
  },
];
const jsonl = (lines: readonly unknown[]): string =>
  lines.map((line) => JSON.stringify(line)).join('\n') + '\n';
writeFileSync(at('gold.jsonl'), jsonl(goldLines));
writeFileSync(at('predictions.jsonl'), jsonl(predictionLines));
writeFileSync(at('broken.jsonl'), `${jsonl(goldLines)}{not json\n`);
mkdirSync(at('empty'));
mkdirSync(at('no-articles/text'), { recursive: true });
mkdirSync(at('no-articles/attributions'), { recursive: true });

interface Figures {
  precision: number;
  recall: number;
  f1: number;
}

describe('onrecord eval', () => {
  it('scores predictions from a file, worked out by hand, as JSON with the worst errors', async () => {
    const run = await runCli([
      'eval',
      at('gold.jsonl'),
      '--predictions',
      at('predictions.jsonl'),
      '--json',
      '--errors',
      '2',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      summary: Record<string, number>;
      files: number;
      all: {
        exact: Record<string, Figures & { tp: number }>;
        overlap: Record<string, Figures & { overlap: number }>;
      };
      quote: { exact: Record<string, Figures> };
      speakers: { scored: number; matched: number; correct: number };
      errors: {
        missCount: number;
        falseAlarmCount: number;
        misses: { file: string; coverage: number; relation: { content: { text: string }[] } }[];
        falseAlarms: {
          file: string;
          coverage: number;
          sentence: string;
          relation: { content: { text: string }[] };
        }[];
      };
    };
    expect(report.files).toBe(2);
    expect(report.all.exact.cue).toMatchObject({ tp: 3, predicted: 3, gold: 3, precision: 1, recall: 1 });
    expect(report.all.exact.source).toMatchObject({ tp: 2, predicted: 3, gold: 3 });
    expect(report.all.exact.content).toMatchObject({ tp: 1, predicted: 4, gold: 3, precision: 0.25 });
    expect(report.all.exact.all).toMatchObject({ tp: 1, predicted: 4, gold: 3 });
    expect(report.all.overlap.source).toMatchObject({ overlap: 5, predicted: 5, gold: 6 });
    expect(report.all.overlap.content).toMatchObject({
      overlap: 17,
      predicted: 20,
      gold: 18,
      precision: 0.85,
    });
    expect(report.all.overlap.all).toMatchObject({ overlap: 25, predicted: 28, gold: 27 });
    expect(report.speakers).toMatchObject({ scored: 1, matched: 1, correct: 1 });
    expect(report.summary.quote_content_exact_f1).toBe(1);
    expect(report.summary.quote_source_acc).toBe(1);
    expect(report.summary.all_content_overlap_f1).toBeCloseTo(34 / 38, 12);
    expect(report.summary.all_source_exact_f1).toBeCloseTo(2 / 3, 12);
    expect(report.summary.all_cue_exact_f1).toBe(1);

    expect(report.errors.missCount).toBe(2);
    expect(report.errors.falseAlarmCount).toBe(3);
    // Least covered first: "repairs start soon" is two-thirds covered, the storm forecast wholly.
    expect(report.errors.misses.map((miss) => [miss.file, miss.relation.content[0]!.text])).toEqual([
      ['pier.txt', 'repairs start soon'],
      ['storm.txt', 'the storm would reach the coast by noon'],
    ]);
    expect(report.errors.misses[0]!.coverage).toBeCloseTo(2 / 3, 12);
    // A prediction that touches no gold content is the worst false alarm.
    expect(
      report.errors.falseAlarms.map((alarm) => [alarm.relation.content[0]!.text, alarm.coverage]),
    ).toEqual([
      ['Forecasters warned', 0],
      ['that the storm would reach the coast by noon', 8 / 9],
    ]);
    expect(report.errors.falseAlarms[0]!.sentence).toBe(storm.trim());
  });

  it('prints a readable table and the error listing', async () => {
    const run = await runCli([
      'eval',
      at('gold.jsonl'),
      '--predictions',
      at('predictions.jsonl'),
      '--errors',
      '2',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${at('gold.jsonl')}: 2 files, 3 gold relations, 4 predicted`);
    expect(run.stdout).toMatch(
      /\n {2}Cue +1\.000 +1\.000 +1\.000 +3\/3\/3 +1\.000 +1\.000 +1\.000 +3\/3\/3\n/,
    );
    expect(run.stdout).toMatch(
      /\n {2}Content +0\.250 +0\.333 +0\.286 +1\/4\/3 +0\.850 +0\.944 +0\.895 +17\/20\/18\n/,
    );
    expect(run.stdout).toContain('Quote subset (1 gold and 1 predicted direct or mixed)');
    expect(run.stdout).toMatch(/quote_source_acc +1\.000\n/);
    expect(run.stdout).toMatch(/all_source_exact_f1 +0\.667\n/);
    expect(run.stdout).toContain('Misses: 2 gold relations without an exact content match; 2 worst:');
    expect(run.stdout).toContain('  pier.txt line 3 (indirect; nearest prediction covers 67%)');
    expect(run.stdout).toContain('    predicted  source -  cue -  content "Forecasters warned"');
  });

  it("runs onrecord's own extraction on each gold text by default", async () => {
    const run = await runCli(['eval', at('gold.jsonl'), '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      files: number;
      predictedRelations: number;
      summary: Record<string, number>;
    };
    expect(report.files).toBe(2);
    expect(report.predictedRelations).toBeGreaterThan(0);
    for (const value of Object.values(report.summary)) expect(value).toBeGreaterThanOrEqual(0);
  });

  it('scores a PolNeAR root with --split, and gold written as predictions scores 1.0', async () => {
    const dev = readPolnearFolder(join(POLNEAR, 'dev')).value;
    // The dev gold in the extraction contract, in a temporary file only.
    const asPredictions = dev.map((document) => ({
      version: '1',
      file: document.name,
      attributions: document.relations.map((gold) => ({ ...gold, content: [...gold.content] })),
    }));
    writeFileSync(at('dev-as-predictions.jsonl'), jsonl(asPredictions));
    const run = await runCli([
      'eval',
      POLNEAR,
      '--split',
      'dev',
      '--predictions',
      at('dev-as-predictions.jsonl'),
      '--json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { files: number; summary: Record<string, number> };
    expect(report.files).toBe(84);
    expect(Object.values(report.summary)).toEqual([1, 1, 1, 1, 1]);
  });

  it('fails clearly on a missing path, a folder without gold, or a PolNeAR root without --split', async () => {
    const missing = await runCli(['eval', at('nowhere')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`onrecord: ${at('nowhere')}: no such file or folder\n`);
    expect(missing.stdout).toBe('');

    const empty = await runCli(['eval', at('empty')]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('is not a PolNeAR split folder (expected text/ and attributions/ inside)');

    const noArticles = await runCli(['eval', at('no-articles')]);
    expect(noArticles.code).toBe(1);
    expect(noArticles.stderr).toContain('holds no articles');

    const root = await runCli(['eval', POLNEAR]);
    expect(root.code).toBe(2);
    expect(root.stderr).toBe(
      `onrecord: ${POLNEAR} is a PolNeAR root: choose a split with --split (train, dev)\n`,
    );

    const count = await runCli(['eval', at('gold.jsonl'), '--errors', 'many']);
    expect(count.code).toBe(2);
  });

  it('reports a malformed gold line with file and line, scores the rest, and exits 1', async () => {
    const run = await runCli(['eval', at('broken.jsonl'), '--predictions', at('predictions.jsonl')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^onrecord eval: ${at('broken.jsonl')}:3: not JSON`));
    expect(run.stdout).toContain('2 files, 3 gold relations, 4 predicted');
  });
});

describe('onrecord eval on a folder of golden web pages', () => {
  const ARTICLES = fileURLToPath(new URL('../articles', import.meta.url));

  it('reads the golden pages and prints the reading table, or every figure as JSON', async () => {
    const golden = at('golden');
    mkdirSync(join(golden, 'one'), { recursive: true });
    writeFileSync(
      join(golden, 'one', 'source.html'),
      '<!doctype html><html lang="en"><head><title>Pier reopens</title></head><body><article>' +
        '<h1>Pier reopens</h1><p>The pier reopened on Monday after a winter of repairs to its deck.</p>' +
        '<p>"The pier is safe," Mayor Lena Brandt said at the ribbon cutting on a bright morning.</p>' +
        '</article></body></html>',
    );
    writeFileSync(
      join(golden, 'one', 'expected.json'),
      JSON.stringify({
        url: 'https://example.org/pier',
        meta: {
          title: 'Pier reopens',
          published: null,
          modified: null,
          authors: [],
          outlet: 'example.org',
          language: 'en',
          canonical: null,
        },
        body: ['The pier reopened on Monday after a winter of repairs to its deck.'],
        boilerplate: ['A paragraph the page does not have at all.'],
        notes: 'illustrative',
      }),
    );
    const table = await runCli(['eval', golden, '--errors', '2']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain(`${golden}: 1 golden pages read`);
    expect(table.stdout).toMatch(/body paragraphs found {3}1\.000 {3}1\/1/u);
    expect(table.stdout).toMatch(/boilerplate absent {6}1\.000 {3}1\/1/u);

    const json = await runCli(['eval', ARTICLES, '--json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { totals: { pages: number }; pages: { slug: string }[] };
    expect(report.totals.pages).toBeGreaterThanOrEqual(32);
    expect(report.pages.map((page) => page.slug)).toContain('wp-council-budget');
  });
});
