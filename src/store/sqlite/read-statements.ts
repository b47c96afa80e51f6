import type Database from 'better-sqlite3';
import { assembleStatements, readReport, type ReportRow } from '../assemble-statements.js';
import type { StatementFilter, StoredStatement } from '../store.js';
import { ATTRIBUTION_SELECT } from './read-record.js';

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
      `SELECT ar.title, ar.outlet, ar.published, ar.language,
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
    return assembleStatements(ids, reportsQuery.all(JSON.stringify(ids)).map(readReport));
  };
}
