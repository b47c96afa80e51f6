import { readFileSync } from 'node:fs';
import { articleBody } from '../../read/article-body.js';
import { readDocument } from '../../read/read-document.js';
import type { Article, Document } from '../../types.js';
import type { ReadProblem } from '../types.js';
import { readGoldenPages, type GoldenPage } from './read-golden-pages.js';
import { compareMeta, SCORED_META_FIELDS, type MetaComparison, type ScoredMetaField } from './score-meta.js';
import { shareOf, splitByPresence } from './score-paragraphs.js';
import {
  matchShingles,
  precisionOf,
  recallOf,
  summarizeTokenScores,
  type ShingleMatch,
  type TokenScore,
} from './score-tokens.js';

/** What onrecord made of one golden page, against what the page expects. */
export interface PageReading {
  readonly slug: string;
  readonly body: string;
  readonly paragraphs: { readonly expected: number; readonly missing: readonly string[] };
  readonly boilerplate: { readonly expected: number; readonly leaked: readonly string[] };
  readonly meta: readonly MetaComparison[];
  readonly tokens: ShingleMatch & { readonly precision: number; readonly recall: number };
}

export interface ReadingTotals {
  readonly pages: number;
  /** Expected paragraphs found in the body, over all pages. */
  readonly paragraphRecall: { readonly found: number; readonly expected: number; readonly share: number };
  /** Boilerplate strings absent from the body, over all pages. */
  readonly boilerplateAbsence: { readonly absent: number; readonly expected: number; readonly share: number };
  readonly meta: Readonly<Record<ScoredMetaField, { readonly correct: number; readonly accuracy: number }>>;
  /** The Article Extraction Benchmark's per-page-averaged precision and recall, and their F1. */
  readonly tokens: TokenScore;
}

export interface ReadingReport {
  readonly folder: string;
  readonly pages: readonly PageReading[];
  readonly totals: ReadingTotals;
  readonly problems: readonly ReadProblem[];
  readonly seconds: number;
}

/** Reads a page's bytes as onrecord reads a file, with the page's own URL so that relative links resolve. */
export function readGoldenSource(page: GoldenPage, reader: PageReader = readDocument): Article {
  const document: Document = {
    origin: 'file',
    name: page.sourcePath,
    bytes: new Uint8Array(readFileSync(page.sourcePath)),
    fetchedAt: new Date().toISOString(),
    url: page.expected.url,
    contentType: null,
  };
  return reader(document);
}

export function scorePage(page: GoldenPage, article: Article): PageReading {
  const body = articleBody(article);
  const { expected } = page;
  const tokens = matchShingles(expected.body.join('\n\n'), body);
  return {
    slug: page.slug,
    body,
    paragraphs: { expected: expected.body.length, missing: splitByPresence(expected.body, body).absent },
    boilerplate: {
      expected: expected.boilerplate.length,
      leaked: splitByPresence(expected.boilerplate, body).present,
    },
    meta: compareMeta(expected.meta, article.meta),
    tokens: { ...tokens, precision: precisionOf(tokens), recall: recallOf(tokens) },
  };
}

/** How a page's Document becomes an Article: onrecord's reader, or a baseline's. */
export type PageReader = (document: Document) => Article;

/** Reads and scores every golden page of a folder (or the slugs given); a page that fails is a problem. */
export function evaluateReading(
  folder: string,
  slugs: readonly string[] = [],
  reader: PageReader = readDocument,
): ReadingReport {
  const started = performance.now();
  const { pages, problems } = readGoldenPages(folder, slugs);
  const readings: PageReading[] = [];
  for (const page of pages) {
    try {
      readings.push(scorePage(page, readGoldenSource(page, reader)));
    } catch (error) {
      problems.push({ file: page.sourcePath, line: null, message: `not read: ${(error as Error).message}` });
    }
  }
  return {
    folder,
    pages: readings,
    totals: totalReadings(readings),
    problems,
    seconds: (performance.now() - started) / 1000,
  };
}

export function totalReadings(readings: readonly PageReading[]): ReadingTotals {
  let expectedParagraphs = 0;
  let missingParagraphs = 0;
  let expectedBoilerplate = 0;
  let leakedBoilerplate = 0;
  for (const reading of readings) {
    expectedParagraphs += reading.paragraphs.expected;
    missingParagraphs += reading.paragraphs.missing.length;
    expectedBoilerplate += reading.boilerplate.expected;
    leakedBoilerplate += reading.boilerplate.leaked.length;
  }
  const found = expectedParagraphs - missingParagraphs;
  const absent = expectedBoilerplate - leakedBoilerplate;
  const meta = Object.fromEntries(
    SCORED_META_FIELDS.map((field) => {
      const correct = readings.filter((reading) =>
        reading.meta.some((m) => m.field === field && m.correct),
      ).length;
      return [field, { correct, accuracy: shareOf(correct, readings.length) }];
    }),
  ) as ReadingTotals['meta'];
  return {
    pages: readings.length,
    paragraphRecall: { found, expected: expectedParagraphs, share: shareOf(found, expectedParagraphs) },
    boilerplateAbsence: {
      absent,
      expected: expectedBoilerplate,
      share: shareOf(absent, expectedBoilerplate),
    },
    meta,
    tokens: summarizeTokenScores(readings.map((reading) => reading.tokens)),
  };
}
