/**
 * Statements put together from their reports, the same for every engine: each engine reads the reports of
 * the statements it selected, in publication order; what a statement is made of (its first report, speaker,
 * said-at, independent reports, outlets and wording variants) is decided here.
 */
import { wordDiff, wordsOf } from '../link/wording.js';
import type { AttributionColumns } from './sqlite/attribution-row.js';
import { storedAttribution } from './sqlite/read-record.js';
import { wordingOf } from './statement-linking.js';
import type { PersonRecord, StatementReport, StoredStatement, WordingVariant } from './store.js';

/** One report as read, with what the statement takes from its first report. */
export interface ReadReport {
  readonly statementId: number;
  readonly report: StatementReport;
  readonly person: PersonRecord | null;
  readonly source: string | null;
}

/** A report's row as the engines read it: the attribution's columns, its article's and its person's name. */
export interface ReportRow extends AttributionColumns {
  file: string | null;
  url: string | null;
  personName: string | null;
  statementId: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
  copyOf: number | null;
}

/** A report from its row. */
export function readReport(row: ReportRow): ReadReport {
  const stored = storedAttribution(row);
  return {
    statementId: row.statementId,
    report: {
      article: {
        ...stored.article,
        title: row.title,
        outlet: row.outlet,
        published: row.published,
        language: row.language,
        copyOf: row.copyOf,
      },
      attribution: stored.attribution,
      match: stored.statement?.match ?? 'first',
      altered: stored.statement?.altered ?? false,
    },
    person: stored.person,
    source: row.sourceText,
  };
}

/**
 * The statements `ids` (in that order) from their reports (first seen first); a statement without a report
 * read is left out.
 */
export function assembleStatements(
  ids: readonly number[],
  reports: readonly ReadReport[],
): StoredStatement[] {
  const reportsOf = new Map<number, ReadReport[]>();
  for (const read of reports) {
    const list = reportsOf.get(read.statementId);
    if (list) list.push(read);
    else reportsOf.set(read.statementId, [read]);
  }
  return ids.flatMap((id) => {
    const read = reportsOf.get(id);
    const first = read?.[0];
    if (!read || !first) return [];
    const ordered = read.map((entry) => entry.report);
    const saidAt = ordered
      .map((report) => report.attribution.saidAt?.value)
      .filter((value): value is string => value !== undefined)
      .sort()[0];
    return [
      {
        id,
        person: first.person,
        source: first.source,
        saidAt: saidAt ?? null,
        firstSeen: first.report,
        reports: ordered,
        independentReports: new Set(ordered.map(({ article }) => article.copyOf ?? article.id)).size,
        outlets: [
          ...new Set(ordered.flatMap((report) => (report.article.outlet ? [report.article.outlet] : []))),
        ],
        variants: variantsOf(ordered),
      },
    ];
  });
}

/** The distinct wordings of a statement's reports (folded), each diffed against the first. */
export function variantsOf(reports: readonly StatementReport[]): WordingVariant[] {
  const first = wordingOf(reports[0]!.attribution.content);
  const variants = new Map<
    string,
    { wording: string; reports: number; altered: boolean; translation: boolean }
  >();
  for (const report of reports) {
    const wording = wordingOf(report.attribution.content);
    const key = wordsOf(wording).join(' ');
    const known = variants.get(key);
    if (known)
      variants.set(key, { ...known, reports: known.reports + 1, altered: known.altered || report.altered });
    else
      variants.set(key, {
        wording,
        reports: 1,
        altered: report.altered,
        translation: report.match === 'translated',
      });
  }
  return [...variants.values()].map((variant) => ({
    ...variant,
    diff: variant.translation
      ? [{ op: 'same' as const, text: variant.wording }]
      : wordDiff(first, variant.wording),
  }));
}

/** A person page lists at most this many statements (the most reported); the counts cover them all. */
export const PERSON_STATEMENTS = 200;

/** Statements by said-at date, undated last; among equals, in the order given (the most reported first). */
export function orderBySaidAt(statements: readonly StoredStatement[]): StoredStatement[] {
  return statements
    .map((statement, order) => ({ statement, order }))
    .sort(
      (a, b) =>
        (a.statement.saidAt ?? '\uffff').localeCompare(b.statement.saidAt ?? '\uffff') || a.order - b.order,
    )
    .map(({ statement }) => statement);
}
