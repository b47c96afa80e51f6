import { assembleStatements, readReport, type ReportRow } from '../assemble-statements.js';
import type { StatementFilter, StoredStatement } from '../store.js';
import { ATTRIBUTION_COLUMNS, ATTRIBUTION_FROM } from './read-record.js';
import { rows, type Sql } from './sql.js';

export type StatementSelection = StatementFilter & { readonly statementId?: number };

/**
 * Statements with every report, as src/store/sqlite/read-statements.ts reads them: first the statements
 * that pass the filter (most reported first), then their reports in one query with one bound id list,
 * ordered by publication date so that the first is the first seen.
 */
export async function readStatements(sql: Sql, filter: StatementSelection): Promise<StoredStatement[]> {
  // Reports a correction says are wrong are not reports.
  const where: string[] = ['a.wrong = 0'];
  const values: unknown[] = [filter.minReports ?? 1];
  if (filter.personId !== undefined) {
    values.push(filter.personId);
    where.push(`s.person_id = $${values.length}`);
  }
  if (filter.statementId !== undefined) {
    values.push(filter.statementId);
    where.push(`s.id = $${values.length}`);
  }
  // A negative limit is none, as in SQLite.
  let limit = '';
  if (filter.limit !== undefined && filter.limit >= 0) {
    values.push(filter.limit);
    limit = `LIMIT $${values.length}`;
  }
  const ids = (
    await rows<{ id: number }>(
      sql,
      `SELECT s.id FROM statements s JOIN attributions a ON a.statement_id = s.id
        WHERE ${where.join(' AND ')}
        GROUP BY s.id HAVING count(*) >= $1
        ORDER BY count(*) DESC, min(coalesce(a.dated, '9999')), s.id ${limit}`,
      values,
    )
  ).map((selected) => selected.id);
  if (ids.length === 0) return [];
  const reports = await rows<ReportRow>(
    sql,
    `SELECT ar.title, ar.outlet, ar.published, ar.language,
        (SELECT copy_of FROM article_copies WHERE article_id = ar.id) AS "copyOf", ${ATTRIBUTION_COLUMNS}
      ${ATTRIBUTION_FROM}
      WHERE a.wrong = 0 AND a.statement_id = ANY($1::int[])
      ORDER BY coalesce(ar.published, '9999'), a.article_id, a.seq`,
    [ids],
  );
  return assembleStatements(ids, reports.map(readReport));
}
