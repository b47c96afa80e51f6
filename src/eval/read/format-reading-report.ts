import type { PageReading, ReadingReport } from './evaluate-reading.js';
import { SCORED_META_FIELDS } from './score-meta.js';

const figure = (value: number): string => value.toFixed(3);

/** A string cut for a one-line listing. */
export function clip(text: string, length = 110): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}

const show = (value: string | readonly string[] | null): string =>
  value === null ? 'null' : typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value);

function pageLine(reading: PageReading, slugWidth: number): string {
  const found = reading.paragraphs.expected - reading.paragraphs.missing.length;
  const wrong = reading.meta.filter((m) => !m.correct).map((m) => m.field);
  return [
    reading.slug.padEnd(slugWidth),
    `${found}/${reading.paragraphs.expected}`.padStart(7),
    `${reading.boilerplate.leaked.length}/${reading.boilerplate.expected}`.padStart(7),
    figure(reading.tokens.precision).padStart(6),
    figure(reading.tokens.recall).padStart(6),
    `  ${wrong.length === 0 ? 'ok' : wrong.join(' ')}`,
  ].join(' ');
}

/** What a page got wrong, at most `limit` items of each kind: missing paragraphs, leaks, meta mismatches. */
export function formatPageMisses(reading: PageReading, limit: number): string[] {
  const lines: string[] = [];
  const listed = <T>(items: readonly T[]): readonly T[] => items.slice(0, limit);
  const more = (items: readonly unknown[]): void => {
    if (items.length > limit) lines.push(`    … and ${items.length - limit} more`);
  };
  for (const paragraph of listed(reading.paragraphs.missing)) lines.push(`    missing  ${clip(paragraph)}`);
  more(reading.paragraphs.missing);
  for (const leak of listed(reading.boilerplate.leaked)) lines.push(`    leaked   ${clip(leak)}`);
  more(reading.boilerplate.leaked);
  for (const m of reading.meta.filter((comparison) => !comparison.correct))
    lines.push(
      `    ${m.field.padEnd(9)} expected ${clip(show(m.expected), 70)}, read ${clip(show(m.actual), 70)}`,
    );
  return lines;
}

/**
 * The reading evaluation as a table: one line per page (paragraphs found, boilerplate leaked, token
 * precision and recall, wrong meta fields), the totals, and with `errors` > 0 each page's misses.
 */
export function formatReadingReport(report: ReadingReport, errors: number): string {
  const { totals } = report;
  const slugWidth = Math.max(4, ...report.pages.map((reading) => reading.slug.length));
  const lines = [
    `${report.folder}: ${totals.pages} golden pages read in ${report.seconds.toFixed(2)} s`,
    '',
    `${'page'.padEnd(slugWidth)}   paras  leaked  tok-P  tok-R   wrong meta`,
    ...report.pages.map((reading) => pageLine(reading, slugWidth)),
    '',
    `  body paragraphs found   ${figure(totals.paragraphRecall.share)}   ${totals.paragraphRecall.found}/${totals.paragraphRecall.expected}`,
    `  boilerplate absent      ${figure(totals.boilerplateAbsence.share)}   ${totals.boilerplateAbsence.absent}/${totals.boilerplateAbsence.expected}`,
    `  body tokens (AEB)       P ${figure(totals.tokens.precision)}  R ${figure(totals.tokens.recall)}  F1 ${figure(totals.tokens.f1)}`,
    ...SCORED_META_FIELDS.map(
      (field) =>
        `  meta ${field.padEnd(18)} ${figure(totals.meta[field].accuracy)}   ${totals.meta[field].correct}/${totals.pages}`,
    ),
    '',
  ];
  if (errors > 0) {
    lines.push('Misses per page:');
    for (const reading of report.pages) {
      const misses = formatPageMisses(reading, errors);
      if (misses.length > 0) lines.push(`  ${reading.slug}`, ...misses);
    }
    lines.push('');
  }
  return lines.join('\n');
}
