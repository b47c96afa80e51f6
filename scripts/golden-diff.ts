/**
 * Prints, for each golden page (test/articles/<slug>), how what onrecord reads now differs from the page's
 * expected.json: paragraphs missing from the body, boilerplate leaked into it, meta fields that differ,
 * and body text that is in neither list (extra). For review only: it never writes expected.json, which
 * is written and corrected by hand.
 *
 *   node --import tsx scripts/golden-diff.ts [slug...]
 */
import { fileURLToPath } from 'node:url';
import { readGoldenSource, scorePage } from '../src/eval/read/evaluate-reading.js';
import { clip, formatPageMisses } from '../src/eval/read/format-reading-report.js';
import { normalizeSpace } from '../src/eval/read/normalize-space.js';
import { readGoldenPages } from '../src/eval/read/read-golden-pages.js';

const ARTICLES = fileURLToPath(new URL('../test/articles', import.meta.url));
const ALL = Number.MAX_SAFE_INTEGER;

/** Body paragraphs that contain no expected paragraph and are contained in none: likely leaks. */
function extraParagraphs(body: string, expected: readonly string[]): string[] {
  const wanted = expected.map(normalizeSpace);
  return body
    .split(/\n\s*\n/u)
    .map(normalizeSpace)
    .filter(
      (part) =>
        part !== '' && !wanted.some((paragraph) => paragraph.includes(part) || part.includes(paragraph)),
    );
}

const { pages, problems } = readGoldenPages(ARTICLES, process.argv.slice(2));
for (const problem of problems) console.error(`${problem.file}: ${problem.message}`);
let differing = 0;
for (const page of pages) {
  let lines: string[];
  try {
    const reading = scorePage(page, readGoldenSource(page));
    lines = [
      ...formatPageMisses(reading, ALL),
      ...extraParagraphs(reading.body, page.expected.body).map((part) => `    extra    ${clip(part)}`),
    ];
  } catch (error) {
    lines = [`    not read: ${(error as Error).message}`];
  }
  if (lines.length === 0) continue;
  differing += 1;
  console.log(`${page.slug}  (${page.expected.notes ? clip(page.expected.notes, 80) : 'no notes'})`);
  for (const line of lines) console.log(line);
}
console.log(`${differing} of ${pages.length} pages differ from expected.json`);
if (problems.length > 0) process.exitCode = 1;
