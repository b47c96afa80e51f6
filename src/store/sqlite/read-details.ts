import type Database from 'better-sqlite3';
import type { ArticleMeta, Block, BlockKind, Person, Role, RoleTime, Span } from '../../types.js';
import type {
  ArticleDetail,
  CorrectionRecord,
  PersonDetail,
  StatementFilter,
  StoredArticle,
  StoredAttribution,
  StoredStatement,
} from '../store.js';
import type { AttributionColumns } from './attribution-row.js';
import { ATTRIBUTION_SELECT, storedAttribution } from './read-record.js';
import { orderBySaidAt, PERSON_STATEMENTS } from '../assemble-statements.js';

export interface DetailReader {
  article(id: number): ArticleDetail | null;
  person(id: number): PersonDetail | null;
  statement(id: number): StoredStatement | null;
}

interface AttributionRow extends AttributionColumns {
  id: number;
  file: string | null;
  url: string | null;
  personName: string | null;
}

const ARTICLE_SELECT = `SELECT id, source_key AS key, file, url, title, published, outlet, language,
    content_hash AS contentHash, ingested_at AS ingestedAt, canonical_url AS canonical,
    (SELECT copy_of FROM article_copies WHERE article_id = articles.id) AS copyOf,
    (SELECT count(*) FROM attributions WHERE article_id = articles.id) AS attributions,
    text, meta
  FROM articles`;

/**
 * The reads behind the web pages: one article whole (text, blocks, attributions with their corrections,
 * people with their global ids), one person with their statements and where and when they were reported,
 * one statement. Each reads only its own rows, by index, whatever the size of the record.
 */
export function prepareDetailReader(
  db: Database.Database,
  dependencies: {
    readonly statements: (filter: StatementFilter & { readonly statementId?: number }) => StoredStatement[];
    readonly correctionsIn: (articleId: number) => Map<number, CorrectionRecord>;
  },
): DetailReader {
  const article = db.prepare<[number], StoredArticle & { text: string; meta: string }>(
    `${ARTICLE_SELECT} WHERE id = ?`,
  );
  const blocks = db.prepare<[number], { kind: string; start: number; end: number }>(
    'SELECT kind, span_start AS start, span_end AS end FROM blocks WHERE article_id = ? ORDER BY seq',
  );
  const attributions = db.prepare<[number], AttributionRow>(
    `${ATTRIBUTION_SELECT.replace('SELECT ', 'SELECT a.id, ')} WHERE a.article_id = ? ORDER BY a.seq`,
  );
  const articlePeople = db.prepare<[number], { localId: string; personId: number; name: string }>(
    `SELECT local_id AS localId, person_id AS personId, name FROM article_people WHERE article_id = ?
      ORDER BY length(local_id), local_id`,
  );
  const aliases = db.prepare<[number], { personId: number; alias: string }>(
    'SELECT person_id AS personId, alias FROM person_aliases WHERE article_id = ? ORDER BY rowid',
  );
  const roles = db.prepare<
    [number],
    { personId: number; text: string; start: number; end: number; time: string; at: string | null }
  >(
    `SELECT person_id AS personId, text, span_start AS start, span_end AS end, time, held_at AS at
      FROM person_roles WHERE article_id = ? ORDER BY span_start`,
  );
  const mentions = db.prepare<[number], { personId: number; start: number; end: number }>(
    `SELECT person_id AS personId, span_start AS start, span_end AS end FROM mentions WHERE article_id = ?
      ORDER BY span_start`,
  );

  const person = db.prepare<[number], { id: number; name: string; mergedInto: number | null }>(
    'SELECT id, name, merged_into AS mergedInto FROM people WHERE id = ?',
  );
  const statementTotal = db
    .prepare<[number], number>(
      'SELECT count(DISTINCT statement_id) FROM attributions WHERE person_id = ? AND wrong = 0',
    )
    .pluck();
  const personCounts = db.prepare<
    [number, number, number],
    { statements: number; mentions: number; articles: number }
  >(
    `SELECT (SELECT count(*) FROM attributions WHERE person_id = ? AND wrong = 0) AS statements,
        (SELECT count(*) FROM mentions WHERE person_id = ?) AS mentions,
        (SELECT count(DISTINCT article_id) FROM article_people WHERE person_id = ?) AS articles`,
  );
  const personAliases = db
    .prepare<[number], string>(
      `SELECT alias FROM person_aliases WHERE person_id = ? GROUP BY alias_key ORDER BY min(rowid)`,
    )
    .pluck();
  const personRoles = db.prepare<
    [number],
    {
      text: string;
      start: number;
      end: number;
      time: string;
      at: string | null;
      id: number;
      file: string | null;
      url: string | null;
    }
  >(
    `SELECT r.text, r.span_start AS start, r.span_end AS end, r.time, r.held_at AS at, ar.id, ar.file, ar.url
      FROM person_roles r JOIN articles ar ON ar.id = r.article_id
      WHERE r.person_id = ? ORDER BY r.article_id, r.span_start`,
  );
  // Counted per article first, then per outlet: one article lookup per article, not per statement.
  const outlets = db.prepare<[number], { outlet: string; count: number }>(
    `SELECT ar.outlet, sum(n) AS count FROM (
        SELECT article_id, count(*) AS n FROM attributions WHERE person_id = ? AND wrong = 0 GROUP BY article_id
      ) per JOIN articles ar ON ar.id = per.article_id
      WHERE ar.outlet IS NOT NULL
      GROUP BY ar.outlet ORDER BY count DESC, ar.outlet`,
  );
  const byMonth = db.prepare<[number], { month: string; outlet: string | null; count: number }>(
    `SELECT per.month, ar.outlet, sum(n) AS count FROM (
        SELECT article_id, CASE WHEN length(dated) >= 7 THEN substr(dated, 1, 7)
            ELSE nullif(substr(published_on, 1, 7), '') END AS month, count(*) AS n
          FROM attributions WHERE person_id = ? AND wrong = 0 GROUP BY article_id, month
      ) per JOIN articles ar ON ar.id = per.article_id
      WHERE per.month IS NOT NULL GROUP BY per.month, ar.outlet ORDER BY per.month, ar.outlet`,
  );

  const readArticle = (id: number): ArticleDetail | null => {
    const row = article.get(id);
    if (!row) return null;
    const { text, meta, ...stored } = row;
    const corrections = dependencies.correctionsIn(id);
    const perArticle = <Row extends { personId: number }>(rows: readonly Row[]): Map<number, Row[]> => {
      const grouped = new Map<number, Row[]>();
      for (const entry of rows) grouped.set(entry.personId, [...(grouped.get(entry.personId) ?? []), entry]);
      return grouped;
    };
    const aliasesOf = perArticle(aliases.all(id));
    const rolesOf = perArticle(roles.all(id));
    const mentionsOf = perArticle(mentions.all(id));
    const people: (Person & { personId: number })[] = articlePeople.all(id).map((local) => ({
      id: local.localId,
      name: local.name,
      personId: local.personId,
      aliases: (aliasesOf.get(local.personId) ?? []).map((alias) => alias.alias),
      roles: (rolesOf.get(local.personId) ?? []).map(({ text: roleText, start, end, time, at }): Role => ({
        text: roleText,
        start,
        end,
        time: time as RoleTime,
        at,
      })),
      mentions: (mentionsOf.get(local.personId) ?? []).map(({ start, end }): Span => ({ start, end })),
    }));
    return {
      ...stored,
      text,
      meta: JSON.parse(meta) as ArticleMeta,
      blocks: blocks.all(id).map(({ kind, start, end }): Block => ({ kind: kind as BlockKind, start, end })),
      attributions: attributions
        .all(id)
        .map((attribution): StoredAttribution & { id: number; correction: CorrectionRecord | null } => ({
          ...storedAttribution(attribution),
          id: attribution.id,
          correction: corrections.get(attribution.id) ?? null,
        })),
      people,
    };
  };

  const readPerson = (id: number): PersonDetail | null => {
    let found = person.get(id);
    while (found?.mergedInto) found = person.get(found.mergedInto);
    if (!found) return null;
    const personId = found.id;
    const statements = orderBySaidAt(dependencies.statements({ personId, limit: PERSON_STATEMENTS }));
    return {
      id: personId,
      name: found.name,
      ...personCounts.get(personId, personId, personId)!,
      aliases: personAliases.all(personId),
      roles: personRoles.all(personId).map(({ text, start, end, time, at, id: articleId, file, url }) => ({
        text,
        start,
        end,
        time: time as RoleTime,
        at,
        article: { id: articleId, file, url },
      })),
      statements,
      statementTotal: statementTotal.get(personId) ?? 0,
      outlets: outlets.all(personId),
      byMonth: byMonth.all(personId),
    };
  };

  return {
    article: readArticle,
    person: readPerson,
    statement: (id) => dependencies.statements({ statementId: id })[0] ?? null,
  };
}
