import type { SearchHit } from '../../store/index.js';

export const EXPORT_FORMATS = ['jsonl', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** The columns of a CSV export, in order, each read from a hit. */
const CSV_COLUMNS: readonly (readonly [string, (hit: SearchHit) => string | number | null])[] = [
  ['attribution_id', (hit) => hit.attributionId],
  ['statement_id', (hit) => hit.statementId],
  ['speaker_id', (hit) => hit.person?.id ?? null],
  ['speaker', (hit) => hit.person?.name ?? null],
  ['source', (hit) => hit.source],
  ['type', (hit) => hit.type],
  ['content', (hit) => hit.content],
  ['said_at', (hit) => hit.saidAt],
  ['reports', (hit) => hit.reports],
  ['article_id', (hit) => hit.article.id],
  ['title', (hit) => hit.article.title],
  ['outlet', (hit) => hit.article.outlet],
  ['published', (hit) => hit.article.published],
  ['language', (hit) => hit.article.language],
  ['url', (hit) => hit.article.url],
];

/** Characters that make a spreadsheet read a cell as a formula (OWASP's list: = + - @, tab, return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. Text that a
 * spreadsheet would run as a formula (`=HYPERLINK(...)` in a quotation) is prefixed with `'` so that it
 * shows as text. Numbers are ours, never untrusted, and are written as they are.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const csvHeader = (): string => `${CSV_COLUMNS.map(([name]) => name).join(',')}\r\n`;

export const csvRow = (hit: SearchHit): string =>
  `${CSV_COLUMNS.map(([, read]) => csvField(read(hit))).join(',')}\r\n`;

/** One hit as a JSON line; `<` escaped too, so that a line is safe wherever it ends up. */
export const jsonLine = (hit: SearchHit): string => `${JSON.stringify(hit).replaceAll('<', '\\u003c')}\n`;
