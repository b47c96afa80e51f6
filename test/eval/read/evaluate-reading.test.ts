import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateReading, scorePage, totalReadings } from '../../../src/eval/read/evaluate-reading.js';
import { formatReadingReport } from '../../../src/eval/read/format-reading-report.js';
import { readGoldenPages, type GoldenPage } from '../../../src/eval/read/read-golden-pages.js';
import type { Article, Block, BlockKind } from '../../../src/types.js';

const ARTICLES = fileURLToPath(new URL('../../articles', import.meta.url));

/** An Article made of the given blocks, one blank line apart, as a reader would return it. */
function articleOf(
  blocks: readonly (readonly [BlockKind, string])[],
  meta: Partial<Article['meta']> = {},
): Article {
  let text = '';
  const spans: Block[] = [];
  for (const [kind, value] of blocks) {
    if (text !== '') text += '\n\n';
    spans.push({ kind, start: text.length, end: text.length + value.length });
    text += value;
  }
  return {
    text,
    blocks: spans,
    diagnostics: [],
    meta: {
      title: null,
      subtitle: null,
      published: null,
      modified: null,
      outlet: null,
      language: null,
      authors: [],
      takeaways: [],
      url: null,
      canonical: null,
      ...meta,
    },
  };
}

const page: GoldenPage = {
  slug: 'hand-made',
  sourcePath: '/nowhere/source.html',
  expected: {
    url: 'https://example.org/story',
    meta: {
      title: 'Ferry fares rise',
      published: '2025-03-27T07:30:00+00:00',
      modified: null,
      authors: ['Ana Ruiz'],
      outlet: 'Shore Courier',
      language: 'en',
      canonical: 'https://example.org/story',
    },
    body: [
      'Ferry fares will rise by 12 per cent from June, the operator said on Thursday.',
      '“We absorbed those costs for as long as we could,” its director said.',
      'Island residents learned of the rise from a notice on the pier.',
    ],
    boilerplate: ['Accept all cookies', 'A ferry leaves the harbour at dawn.'],
    notes: 'hand-made',
  },
};

describe('scorePage', () => {
  it('counts missing paragraphs and leaked boilerplate from the body blocks only', () => {
    const article = articleOf(
      [
        ['title', 'Ferry fares rise'],
        ['paragraph', 'Ferry fares will rise by 12 per cent from June, the operator said on Thursday.'],
        ['caption', 'A ferry leaves the harbour at dawn.'],
        ['quote', '“We absorbed those costs for as long as we could,” its director said.'],
        ['paragraph', 'Accept all cookies'],
      ],
      { title: 'Ferry fares rise', authors: ['Ana Ruiz'], outlet: 'Shore Courier', language: 'en-GB' },
    );
    const reading = scorePage(page, article);
    expect(reading.paragraphs).toEqual({
      expected: 3,
      missing: ['Island residents learned of the rise from a notice on the pier.'],
    });
    // The caption is not a body block, so it does not leak; the cookie line, read as a paragraph, does.
    expect(reading.boilerplate).toEqual({ expected: 2, leaked: ['Accept all cookies'] });
    expect(reading.meta.filter((m) => !m.correct).map((m) => m.field)).toEqual([
      'published',
      'language',
      'canonical',
    ]);
    expect(reading.tokens.recall).toBeLessThan(1);
    expect(reading.tokens.precision).toBeLessThan(1);
  });

  it('scores a perfect reading 1 everywhere, and the totals and table say so', () => {
    const article = articleOf(
      page.expected.body.map((paragraph) => ['paragraph', paragraph] as const),
      { ...page.expected.meta },
    );
    const reading = scorePage(page, article);
    expect(reading.paragraphs.missing).toEqual([]);
    expect(reading.boilerplate.leaked).toEqual([]);
    expect(reading.meta.every((m) => m.correct)).toBe(true);
    const totals = totalReadings([reading]);
    expect(totals.paragraphRecall.share).toBe(1);
    expect(totals.tokens).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(totals.meta.authors).toEqual({ correct: 1, accuracy: 1 });
    const table = formatReadingReport({ folder: 'x', pages: [reading], totals, problems: [], seconds: 0 }, 5);
    expect(table).toContain('body tokens (AEB)       P 1.000  R 1.000  F1 1.000');
    expect(table).not.toContain('Misses per page:\n  hand-made');
  });
});

describe('readGoldenPages', () => {
  it('reads good pages and reports a page without source, with broken JSON or with a wrong field', () => {
    const folder = mkdtempSync(join(tmpdir(), 'onrecord-golden-'));
    const write = (slug: string, files: Record<string, string>): void => {
      mkdirSync(join(folder, slug));
      for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, slug, name), content);
    };
    const good = JSON.stringify(page.expected);
    write('good', { 'source.html': '<p>x</p>', 'expected.json': good });
    write('no-source', { 'expected.json': good });
    write('broken', { 'source.html': '<p>x</p>', 'expected.json': '{"url": ' });
    write('bad-authors', {
      'source.html': '<p>x</p>',
      'expected.json': JSON.stringify({
        ...page.expected,
        meta: { ...page.expected.meta, authors: 'Ana Ruiz' },
      }),
    });
    write('not-a-page', { 'notes.txt': 'no expected.json here' });
    const { pages, problems } = readGoldenPages(folder);
    expect(pages.map((golden) => golden.slug)).toEqual(['good']);
    expect(problems.map((problem) => problem.message)).toEqual([
      '"meta.authors" must be a list of strings',
      expect.stringContaining('JSON') as string,
      'no source.* file beside expected.json',
    ]);
  });
});

describe('evaluateReading', () => {
  it('reads and scores real golden pages, including one in a legacy encoding', () => {
    const slugs = ['wp-council-budget', 'short-body-long-related', 'ru-koi8r-tram'];
    const report = evaluateReading(ARTICLES, slugs);
    expect(report.problems).toEqual([]);
    expect(report.pages.map((reading) => reading.slug)).toEqual(slugs);
    const { pages } = readGoldenPages(ARTICLES, slugs);
    for (const [index, reading] of report.pages.entries()) {
      expect(reading.paragraphs.expected).toBe(pages[index]!.expected.body.length);
      expect(reading.meta).toHaveLength(7);
      for (const value of [reading.tokens.precision, reading.tokens.recall]) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
    const expectedParagraphs = pages.reduce((sum, golden) => sum + golden.expected.body.length, 0);
    expect(report.totals.paragraphRecall.expected).toBe(expectedParagraphs);
    expect(report.totals.pages).toBe(3);
  });

  it('names a slug that has no page as a problem', () => {
    const report = evaluateReading(ARTICLES, ['no-such-page']);
    expect(report.pages).toEqual([]);
    expect(report.problems).toEqual([
      { file: join(ARTICLES, 'no-such-page'), line: null, message: 'no expected.json' },
    ]);
  });
});
