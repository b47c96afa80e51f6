import type { ArticleMeta, Block, BlockKind, Person, Role, Span } from '../../types.js';
import { orderBySaidAt, PERSON_STATEMENTS } from '../assemble-statements.js';
import { storedAttribution } from '../sqlite/read-record.js';
import type {
  ArticleDetail,
  CorrectionRecord,
  PersonDetail,
  StoredArticle,
  StoredAttribution,
  StoredStatement,
} from '../store.js';
import { activeCorrectionsIn } from './corrections.js';
import {
  articleColumns,
  ATTRIBUTION_COLUMNS,
  ATTRIBUTION_FROM,
  groupByPerson,
  personAliases,
  personRoles,
  roleTime,
  type AttributionRow,
} from './read-record.js';
import { readStatements } from './read-statements.js';
import { row, rows, type Sql } from './sql.js';

/**
 * The reads behind the web pages, as src/store/sqlite/read-details.ts reads them (the reference): one
 * article whole, one person with their statements and where and when they were reported, one statement.
 * Each reads only its own rows, by index, whatever the size of the record.
 */

export async function getArticle(sql: Sql, id: number): Promise<ArticleDetail | null> {
  const found = await row<StoredArticle & { text: string; meta: unknown }>(
    sql,
    `SELECT ${articleColumns('articles')}, text, meta::text AS meta FROM articles WHERE id = $1`,
    [id],
  );
  if (!found) return null;
  const { text, meta, ...stored } = found;
  const [corrections, blocks, attributions, local, aliases, roles, mentions] = await Promise.all([
    activeCorrectionsIn(sql, id),
    rows<{ kind: string; start: number; end: number }>(
      sql,
      'SELECT kind, span_start AS start, span_end AS "end" FROM blocks WHERE article_id = $1 ORDER BY seq',
      [id],
    ),
    rows<AttributionRow & { id: number }>(
      sql,
      `SELECT a.id, ${ATTRIBUTION_COLUMNS} ${ATTRIBUTION_FROM} WHERE a.article_id = $1 ORDER BY a.seq`,
      [id],
    ),
    rows<{ localId: string; personId: number; name: string }>(
      sql,
      `SELECT local_id AS "localId", person_id AS "personId", name FROM article_people WHERE article_id = $1
        ORDER BY length(local_id), local_id`,
      [id],
    ),
    rows<{ personId: number; alias: string }>(
      sql,
      // In the order stored, as in SQLite (migrations.ts: rowid).
      'SELECT person_id AS "personId", alias FROM person_aliases WHERE article_id = $1 ORDER BY rowid',
      [id],
    ),
    rows<{ personId: number; text: string; start: number; end: number; time: string; at: string | null }>(
      sql,
      `SELECT person_id AS "personId", text, span_start AS start, span_end AS "end", time, held_at AS at
        FROM person_roles WHERE article_id = $1 ORDER BY span_start`,
      [id],
    ),
    rows<{ personId: number; start: number; end: number }>(
      sql,
      `SELECT person_id AS "personId", span_start AS start, span_end AS "end" FROM mentions
        WHERE article_id = $1 ORDER BY span_start`,
      [id],
    ),
  ]);
  const aliasesOf = groupByPerson(aliases);
  const rolesOf = groupByPerson(roles);
  const mentionsOf = groupByPerson(mentions);
  const people: (Person & { personId: number })[] = local.map((person) => ({
    id: person.localId,
    name: person.name,
    personId: person.personId,
    aliases: (aliasesOf.get(person.personId) ?? []).map((entry) => entry.alias),
    roles: (rolesOf.get(person.personId) ?? []).map(({ text: roleText, start, end, time, at }): Role => ({
      text: roleText,
      start,
      end,
      time: roleTime(time),
      at,
    })),
    mentions: (mentionsOf.get(person.personId) ?? []).map(({ start, end }): Span => ({ start, end })),
  }));
  return {
    ...stored,
    text,
    meta: JSON.parse(String(meta)) as ArticleMeta,
    blocks: blocks.map(({ kind, start, end }): Block => ({ kind: kind as BlockKind, start, end })),
    attributions: attributions.map(
      (attribution): StoredAttribution & { id: number; correction: CorrectionRecord | null } => ({
        ...storedAttribution(attribution),
        id: attribution.id,
        correction: corrections.get(attribution.id) ?? null,
      }),
    ),
    people,
  };
}

/** A person whole; a merged person's id gives the person it became. */
export async function getPerson(sql: Sql, id: number): Promise<PersonDetail | null> {
  const found = await row<{ id: number; name: string }>(
    sql,
    `WITH RECURSIVE chain(id, name, merged, depth) AS (
        SELECT id, name, merged_into, 0 FROM people WHERE id = $1
        UNION ALL
        SELECT p.id, p.name, p.merged_into, chain.depth + 1 FROM chain JOIN people p ON p.id = chain.merged
          WHERE chain.depth < 1000
      )
      SELECT id, name FROM chain WHERE merged IS NULL`,
    [id],
  );
  if (!found) return null;
  const personId = found.id;
  const [listed, counts, total, aliases, roles, outlets, byMonth] = await Promise.all([
    readStatements(sql, { personId, limit: PERSON_STATEMENTS }),
    row<{ mentions: number; articles: number }>(
      sql,
      `SELECT (SELECT count(*) FROM mentions WHERE person_id = $1) AS mentions,
          (SELECT count(DISTINCT article_id) FROM article_people WHERE person_id = $1) AS articles`,
      [personId],
    ),
    row<{ count: number }>(
      sql,
      'SELECT count(DISTINCT statement_id) AS count FROM attributions WHERE person_id = $1 AND wrong = 0',
      [personId],
    ),
    personAliases(sql, [personId]),
    personRoles(sql, [personId]),
    // Counted per article first, then per outlet: one article lookup per article, not per statement (a
    // subquery per article, which the planner cannot turn into a scan of every article).
    rows<{ outlet: string; count: number }>(
      sql,
      `SELECT outlet, sum(n) AS count FROM (
          SELECT (SELECT outlet FROM articles WHERE id = per.article_id) AS outlet, n FROM (
            SELECT article_id, count(*) AS n FROM attributions WHERE person_id = $1 AND wrong = 0
              GROUP BY article_id
          ) per
        ) counted
        WHERE outlet IS NOT NULL
        GROUP BY outlet ORDER BY count DESC, outlet`,
      [personId],
    ),
    rows<{ month: string; outlet: string | null; count: number }>(
      sql,
      `SELECT month, outlet, sum(n) AS count FROM (
          SELECT month, (SELECT outlet FROM articles WHERE id = per.article_id) AS outlet, n FROM (
            SELECT article_id, CASE WHEN length(dated) >= 7 THEN substr(dated, 1, 7)
                ELSE nullif(substr(published_on, 1, 7), '') END AS month, count(*) AS n
              FROM attributions WHERE person_id = $1 AND wrong = 0 GROUP BY article_id, month
          ) per
        ) counted
        WHERE month IS NOT NULL GROUP BY month, outlet ORDER BY month, outlet NULLS FIRST`,
      [personId],
    ),
  ]);
  return {
    id: personId,
    name: found.name,
    mentions: counts?.mentions ?? 0,
    articles: counts?.articles ?? 0,
    aliases: aliases.map((entry) => entry.alias),
    roles: roles.map((entry) => entry.role),
    statements: orderBySaidAt(listed),
    statementTotal: total?.count ?? 0,
    outlets,
    byMonth,
  };
}

/** One statement as `listStatements` gives it, or null. */
export async function getStatement(sql: Sql, id: number): Promise<StoredStatement | null> {
  return (await readStatements(sql, { statementId: id }))[0] ?? null;
}
