import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadProblem } from '../types.js';
import { SCORED_META_FIELDS, type ExpectedMeta } from './score-meta.js';

/** A golden page's `expected.json`: what a careful reader takes from the page (EVAL.md, "Reading HTML"). */
export interface GoldenExpected {
  /** Where the page was published; relative links resolve against it. */
  readonly url: string;
  readonly meta: ExpectedMeta;
  /** The article body's paragraphs, subheadings, list items, block quotations and takeaways, in order. */
  readonly body: readonly string[];
  /** Strings on the page that must not be in the body (navigation, captions, banners, related links...). */
  readonly boilerplate: readonly string[];
  readonly notes: string;
}

/** One page of a golden folder: `<slug>/source.<ext>` (the page's bytes as served) and `<slug>/expected.json`. */
export interface GoldenPage {
  readonly slug: string;
  readonly sourcePath: string;
  readonly expected: GoldenExpected;
}

const EXPECTED_FILE = 'expected.json';

/** A folder of golden pages: at least one subfolder holds an `expected.json`. */
export function isGoldenPageFolder(folder: string): boolean {
  return pageFolders(folder).some((slug) => existsSync(join(folder, slug, EXPECTED_FILE)));
}

/**
 * Reads every page of a golden folder (or only the slugs given), in slug order. A page that cannot be
 * used (no source, an expected.json that is not JSON or not of the right shape) is a problem, and
 * reading goes on.
 */
export function readGoldenPages(
  folder: string,
  slugs: readonly string[] = [],
): { pages: GoldenPage[]; problems: ReadProblem[] } {
  const pages: GoldenPage[] = [];
  const problems: ReadProblem[] = [];
  const wanted = slugs.length > 0 ? slugs : pageFolders(folder);
  for (const slug of wanted) {
    const directory = join(folder, slug);
    const expectedPath = join(directory, EXPECTED_FILE);
    if (!existsSync(expectedPath)) {
      if (slugs.length > 0) problems.push({ file: directory, line: null, message: `no ${EXPECTED_FILE}` });
      continue;
    }
    const source = readdirSync(directory).find((name) => /^source\.[\w.]+$/u.test(name));
    if (source === undefined) {
      problems.push({ file: directory, line: null, message: 'no source.* file beside expected.json' });
      continue;
    }
    try {
      const expected = parseExpected(JSON.parse(readFileSync(expectedPath, 'utf8')) as unknown);
      pages.push({ slug, sourcePath: join(directory, source), expected });
    } catch (error) {
      problems.push({ file: expectedPath, line: null, message: (error as Error).message });
    }
  }
  return { pages, problems };
}

function pageFolders(folder: string): string[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const isStringOrNull = (value: unknown): value is string | null =>
  value === null || typeof value === 'string';

/** Checks the shape of an expected.json, saying which field is wrong. */
export function parseExpected(value: unknown): GoldenExpected {
  if (typeof value !== 'object' || value === null) throw new Error('expected.json is not an object');
  const record = value as Record<string, unknown>;
  if (typeof record.url !== 'string') throw new Error('"url" must be a string');
  if (!isStringList(record.body) || record.body.length === 0)
    throw new Error('"body" must be a non-empty list of strings');
  if (!isStringList(record.boilerplate)) throw new Error('"boilerplate" must be a list of strings');
  const meta = record.meta;
  if (typeof meta !== 'object' || meta === null) throw new Error('"meta" must be an object');
  const fields = meta as Record<string, unknown>;
  for (const field of SCORED_META_FIELDS) {
    const ok = field === 'authors' ? isStringList(fields[field]) : isStringOrNull(fields[field]);
    if (!ok)
      throw new Error(
        `"meta.${field}" must be ${field === 'authors' ? 'a list of strings' : 'a string or null'}`,
      );
  }
  return {
    url: record.url,
    meta: meta as ExpectedMeta,
    body: record.body,
    boilerplate: record.boilerplate,
    notes: typeof record.notes === 'string' ? record.notes : '',
  };
}
