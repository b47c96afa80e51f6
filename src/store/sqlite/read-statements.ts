import type Database from 'better-sqlite3';
import { wordDiff, wordsOf } from '../../link/wording.js';
import type { StatementFilter, StatementReport, StoredStatement, WordingVariant } from '../store.js';
import { ATTRIBUTION_SELECT, storedAttribution } from './read-record.js';
import type { AttributionColumns } from './attribution-row.js';
import { wordingOf } from './link-statements.js';

interface ReportRow extends AttributionColumns {
  file: string | null;
  url: string | null;
  personName: string | null;
  statementId: number;
  statementMatch: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  copyOf: number | null;
}

/**
 * Reads statements with every report: first the statements that pass the filter (most reported first),
 * then their reports in one query, ordered by publication date so that the first is the first seen.
 */
export function prepareReadStatements(
  db: Database.Database,
): (filter: StatementFilter & { readonly statementId?: number }) => StoredStatement[] {
  // The statements for each combination of filters, prepared once: a statement page is read many times.
  const selections = new Map<string, Database.Statement<Record<string, unknown>, number>>();
  const select = (sql: string): Database.Statement<Record<string, unknown>, number> => {
    let statement = selections.get(sql);
    if (!statement) {
      statement = db.prepare<Record<string, unknown>, number>(sql).pluck();
      selections.set(sql, statement);
    }
    return statement;
  };
  const reportsQuery = db.prepare<[string], ReportRow>(
    `${ATTRIBUTION_SELECT.replace(
      'SELECT ',
      `SELECT ar.title, ar.outlet, ar.published,
        (SELECT copy_of FROM article_copies WHERE article_id = ar.id) AS copyOf, `,
    )} WHERE a.wrong = 0 AND a.statement_id IN (SELECT value FROM json_each(?))
      ORDER BY coalesce(ar.published, '9999'), a.article_id, a.seq`,
  );
  return (filter) => {
    // Reports a correction says are wrong are not reports.
    const where: string[] = ['a.wrong = 0'];
    const params: Record<string, unknown> = { limit: filter.limit ?? -1, minReports: filter.minReports ?? 1 };
    if (filter.personId !== undefined) {
      where.push('s.person_id = @personId');
      params.personId = filter.personId;
    }
    if (filter.statementId !== undefined) {
      where.push('s.id = @statementId');
      params.statementId = filter.statementId;
    }
    const ids = select(
      `SELECT s.id FROM statements s JOIN attributions a ON a.statement_id = s.id
        WHERE ${where.join(' AND ')}
        GROUP BY s.id HAVING count(*) >= @minReports
        ORDER BY count(*) DESC, min(coalesce(a.dated, '9999')), s.id LIMIT @limit`,
    ).all(params);
    if (ids.length === 0) return [];
    // One bound JSON list, not a variable per id: a speaker's statements may be more than SQLite's limit
    // of variables, and the statement is the same for any number of them.
    const rows = reportsQuery.all(JSON.stringify(ids));
    const reportsOf = new Map<number, StatementReport[]>();
    const firstRow = new Map<number, ReportRow>();
    for (const row of rows) {
      const stored = storedAttribution(row);
      const report: StatementReport = {
        article: {
          ...stored.article,
          title: row.title,
          outlet: row.outlet,
          published: row.published,
          copyOf: row.copyOf,
        },
        attribution: stored.attribution,
        match: stored.statement?.match ?? 'first',
        altered: stored.statement?.altered ?? false,
      };
      const list = reportsOf.get(row.statementId) ?? [];
      list.push(report);
      reportsOf.set(row.statementId, list);
      if (!firstRow.has(row.statementId)) firstRow.set(row.statementId, row);
    }
    return ids.flatMap((id) => {
      const reports = reportsOf.get(id);
      const first = firstRow.get(id);
      if (!reports || !first) return [];
      const saidAt = reports
        .map((report) => report.attribution.saidAt?.value)
        .filter((value): value is string => value !== undefined)
        .sort()[0];
      return [
        {
          id,
          person:
            first.personId !== null && first.personName !== null
              ? { id: first.personId, name: first.personName }
              : null,
          source: first.sourceText,
          saidAt: saidAt ?? null,
          firstSeen: reports[0]!,
          reports,
          independentReports: new Set(reports.map(({ article }) => article.copyOf ?? article.id)).size,
          outlets: [
            ...new Set(reports.flatMap((report) => (report.article.outlet ? [report.article.outlet] : []))),
          ],
          variants: variantsOf(reports),
        },
      ];
    });
  };
}

/** The distinct wordings of a statement's reports (folded), each diffed against the first. */
function variantsOf(reports: readonly StatementReport[]): WordingVariant[] {
  const first = wordingOf(reports[0]!.attribution.content);
  const variants = new Map<string, { wording: string; reports: number; altered: boolean }>();
  for (const report of reports) {
    const wording = wordingOf(report.attribution.content);
    const key = wordsOf(wording).join(' ');
    const known = variants.get(key);
    if (known)
      variants.set(key, { ...known, reports: known.reports + 1, altered: known.altered || report.altered });
    else variants.set(key, { wording, reports: 1, altered: report.altered });
  }
  return [...variants.values()].map((variant) => ({ ...variant, diff: wordDiff(first, variant.wording) }));
}
