import type Database from 'better-sqlite3';
import { matchKey } from '../../link/match-key.js';
import { isAttributionType, type TextSpan } from '../../types.js';
import {
  StoreRequestError,
  type SearchFacets,
  type SearchHit,
  type SearchPage,
  type SearchQuery,
  type StoredArticle,
} from '../store.js';
import { ftsQuery } from './fts-query.js';
import { wordingOf } from './link-statements.js';

export interface Searcher {
  search(query: SearchQuery): SearchPage;
  searchArticles(q: string, limit: number): StoredArticle[];
}

export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 100;
/**
 * Facets are counted over at most this many of the best-ranked matches (newest first without a query):
 * exact for any result up to that size, and for a larger one the make-up of its best part, which is what
 * a reader narrowing a search looks at. Counting every match of a million would cost far more than a page.
 */
export const FACET_WINDOW = 5000;
const TOP_FACETS = 20;
/** BM25 weights of the indexed columns: the words said, then the source words and the speaker's name. */
const BM25 = 'bm25(attributions_fts, 1.0, 0.4, 0.4)';

/** Where a page ended: the last hit's sort key. Encoded as base64url JSON, opaque to callers. */
interface Cursor {
  /** The BM25 score (with a query). */
  readonly s?: number;
  /** published_on of the last hit. */
  readonly p: string;
  readonly i: number;
}

interface HitRow {
  attributionId: number;
  localId: string;
  statementId: number | null;
  articleId: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  file: string | null;
  language: string | null;
  personId: number | null;
  personName: string | null;
  source: string | null;
  type: string;
  content: string;
  saidAt: string | null;
  reports: number;
}

interface Ranked {
  id: number;
  score: number;
  pub: string;
}

const DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/u;

/**
 * Full-text search over attributions (FTS5, BM25) and articles, with filters, facets and keyset pages.
 * Every value is bound; the SQL is assembled only from fixed fragments chosen by which filters are set.
 */
export function prepareSearch(location: string, db: Database.Database): Searcher {
  const invalid = (message: string): StoreRequestError => new StoreRequestError(location, 'invalid', message);
  const speakerIds = db
    .prepare<[string, string], number>(
      `WITH RECURSIVE named(id) AS (
          SELECT id FROM people WHERE name_key = ?
          UNION SELECT person_id FROM person_aliases WHERE alias_key = ?
        ), current(id, merged) AS (
          SELECT p.id, p.merged_into FROM named JOIN people p ON p.id = named.id
          UNION SELECT p.id, p.merged_into FROM current JOIN people p ON p.id = current.merged
        )
        SELECT DISTINCT id FROM current WHERE merged IS NULL`,
    )
    .pluck();
  const mergedInto = db
    .prepare<[number], number | null>('SELECT merged_into FROM people WHERE id = ?')
    .pluck();
  const hitRows = db.prepare<[string], HitRow>(
    `SELECT a.id AS attributionId, a.local_id AS localId, a.statement_id AS statementId,
        ar.id AS articleId, ar.title, ar.outlet, ar.published, ar.url, ar.file, ar.language,
        a.person_id AS personId, p.name AS personName, a.source_text AS source, a.type, a.content,
        json_extract(a.said_at, '$.value') AS saidAt,
        CASE WHEN a.statement_id IS NULL THEN 1 ELSE
          (SELECT count(*) FROM attributions r WHERE r.statement_id = a.statement_id AND r.wrong = 0) END
          AS reports
      FROM attributions a JOIN articles ar ON ar.id = a.article_id LEFT JOIN people p ON p.id = a.person_id
      WHERE a.id IN (SELECT value FROM json_each(?))`,
  );
  const articleHits = db.prepare<[string, number], StoredArticle>(
    `SELECT ar.id, ar.source_key AS key, ar.file, ar.url, ar.title, ar.published, ar.outlet, ar.language,
        ar.content_hash AS contentHash, ar.ingested_at AS ingestedAt, ar.canonical_url AS canonical,
        (SELECT copy_of FROM article_copies WHERE article_id = ar.id) AS copyOf,
        (SELECT count(*) FROM attributions WHERE article_id = ar.id) AS attributions
      FROM articles_fts JOIN articles ar ON ar.id = articles_fts.rowid
      WHERE articles_fts MATCH ?
      ORDER BY bm25(articles_fts, 2.0, 1.0), coalesce(ar.published, '') DESC, ar.id DESC LIMIT ?`,
  );
  const statements = new Map<string, Database.Statement<Record<string, unknown>>>();
  const prepared = <Row>(sql: string): Database.Statement<Record<string, unknown>, Row> => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare<Record<string, unknown>>(sql);
      statements.set(sql, statement);
    }
    return statement as Database.Statement<Record<string, unknown>, Row>;
  };

  /** Follows merges to the person that stands for them all. */
  const current = (id: number): number => {
    let at = id;
    for (let next = mergedInto.get(at); next !== undefined && next !== null; next = mergedInto.get(at))
      at = next;
    return at;
  };

  /** The WHERE conditions and their bound values for a query's filters (not its text or cursor). */
  const filtersOf = (query: SearchQuery): { where: string[]; params: Record<string, unknown> } => {
    const where = ['a.wrong = 0'];
    const params: Record<string, unknown> = {};
    const people: number[][] = [];
    if (query.personId !== undefined) {
      if (!Number.isSafeInteger(query.personId)) throw invalid('personId must be an integer');
      people.push([current(query.personId)]);
    }
    if (query.speaker !== undefined && matchKey(query.speaker) !== '') {
      const key = matchKey(query.speaker);
      people.push(speakerIds.all(key, key));
    }
    if (people.length > 0) {
      // Both given: the people both name.
      const ids = people.reduce((kept, next) => kept.filter((id) => next.includes(id)));
      where.push('a.person_id IN (SELECT value FROM json_each(@personIds))');
      params.personIds = JSON.stringify(ids);
    }
    if (query.type !== undefined) {
      if (!isAttributionType(query.type)) throw invalid(`unknown attribution type ${String(query.type)}`);
      where.push('a.type = @type');
      params.type = query.type;
    }
    if (query.outlet !== undefined && query.outlet !== '') {
      where.push('a.article_id IN (SELECT id FROM articles WHERE outlet = @outlet)');
      params.outlet = query.outlet;
    }
    if (query.language !== undefined && query.language !== '') {
      // A language tag matches itself and its regional forms: `en` finds `en-GB`.
      where.push(`a.article_id IN (SELECT id FROM articles
        WHERE lower(language) = @language OR lower(language) LIKE @languagePrefix ESCAPE '\\')`);
      params.language = query.language.toLowerCase();
      params.languagePrefix = `${query.language.toLowerCase().replace(/[\\%_]/gu, '\\$&')}-%`;
    }
    const day = (name: string, value: string | undefined): string | undefined => {
      if (value === undefined || value === '') return undefined;
      if (!DAY.test(value)) throw invalid(`${name} must be a date YYYY-MM-DD, not ${JSON.stringify(value)}`);
      return value;
    };
    // said-at values may be a year or a month: one counts as in a range when its span meets the range.
    const saidFrom = day('saidFrom', query.saidFrom);
    if (saidFrom !== undefined) {
      where.push('a.dated IS NOT NULL AND a.dated >= substr(@saidFrom, 1, length(a.dated))');
      params.saidFrom = saidFrom;
    }
    const saidTo = day('saidTo', query.saidTo);
    if (saidTo !== undefined) {
      where.push('a.dated IS NOT NULL AND substr(a.dated, 1, length(@saidTo)) <= @saidTo');
      params.saidTo = saidTo;
    }
    const publishedFrom = day('publishedFrom', query.publishedFrom);
    if (publishedFrom !== undefined) {
      where.push("a.published_on != '' AND a.published_on >= substr(@publishedFrom, 1, 10)");
      params.publishedFrom = publishedFrom;
    }
    const publishedTo = day('publishedTo', query.publishedTo);
    if (publishedTo !== undefined) {
      where.push("a.published_on != '' AND substr(a.published_on, 1, length(@publishedTo)) <= @publishedTo");
      params.publishedTo = publishedTo;
    }
    return { where, params };
  };

  const decodeCursor = (cursor: string, withScore: boolean): Cursor => {
    const bad = () => invalid('the cursor is not one this search gave (start again from the first page)');
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      throw bad();
    }
    if (typeof parsed !== 'object' || parsed === null) throw bad();
    const { s, p, i } = parsed as Record<string, unknown>;
    if (typeof p !== 'string' || typeof i !== 'number' || !Number.isSafeInteger(i)) throw bad();
    if (withScore !== (typeof s === 'number' && Number.isFinite(s))) throw bad();
    return withScore ? { s: s as number, p, i } : { p, i };
  };
  const encodeCursor = (cursor: Cursor): string =>
    Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');

  const search = (query: SearchQuery): SearchPage => {
    const limit = query.limit ?? DEFAULT_SEARCH_LIMIT;
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT)
      throw invalid(`limit must be an integer from 1 to ${MAX_SEARCH_LIMIT}`);
    const match = ftsQuery(query.q);
    const { where, params } = filtersOf(query);
    const cursor =
      query.cursor === undefined || query.cursor === null || query.cursor === ''
        ? null
        : decodeCursor(query.cursor, match !== null);
    // The matches with their sort key: BM25 then newest with a query; newest without (an index read).
    const matched =
      match === null
        ? `SELECT a.id, 0.0 AS score, a.published_on AS pub FROM attributions a WHERE ${where.join(' AND ')}`
        : `SELECT a.id, ${BM25} AS score, a.published_on AS pub
            FROM attributions_fts JOIN attributions a ON a.id = attributions_fts.rowid
            WHERE attributions_fts MATCH @match AND ${where.join(' AND ')}`;
    if (match !== null) params.match = match;
    const order = match === null ? 'pub DESC, id DESC' : 'score, pub DESC, id DESC';
    let after = '';
    if (cursor !== null) {
      params.cursorPub = cursor.p;
      params.cursorId = cursor.i;
      if (cursor.s === undefined) after = 'WHERE (pub, id) < (@cursorPub, @cursorId)';
      else {
        params.cursorScore = cursor.s;
        after =
          'WHERE score > @cursorScore OR (score = @cursorScore AND (pub, id) < (@cursorPub, @cursorId))';
      }
    }
    const page = prepared<Ranked>(
      `SELECT id, score, pub FROM (${matched}) ${after} ORDER BY ${order} LIMIT @pageSize`,
    ).all({ ...params, pageSize: limit + 1 });
    const more = page.length > limit;
    const shown = page.slice(0, limit);
    const last = shown.at(-1);
    const nextCursor =
      more && last
        ? encodeCursor(
            match === null ? { p: last.pub, i: last.id } : { s: last.score, p: last.pub, i: last.id },
          )
        : null;
    const count = match === null ? `SELECT count(*) FROM attributions a WHERE ${where.join(' AND ')}` : null;
    const total = prepared<number>(
      count ??
        `SELECT count(*) FROM attributions_fts JOIN attributions a ON a.id = attributions_fts.rowid
          WHERE attributions_fts MATCH @match AND ${where.join(' AND ')}`,
    )
      .pluck()
      .get(params)!;
    const window =
      total === 0
        ? []
        : prepared<number>(`SELECT id FROM (${matched}) ORDER BY ${order} LIMIT ${FACET_WINDOW}`)
            .pluck()
            .all(params);
    const facets = facetsOf(JSON.stringify(window));
    return { hits: hitsOf(shown), total, facets, nextCursor };
  };

  const facetsOf = (ids: string): SearchFacets => {
    const speakers = prepared<{ id: number; name: string; count: number }>(
      `SELECT p.id, p.name, count(*) AS count FROM json_each(@ids) w
        JOIN attributions a ON a.id = w.value JOIN people p ON p.id = a.person_id
        GROUP BY p.id ORDER BY count DESC, p.name, p.id LIMIT ${TOP_FACETS}`,
    ).all({ ids });
    const outlets = prepared<{ outlet: string; count: number }>(
      `SELECT ar.outlet, count(*) AS count FROM json_each(@ids) w
        JOIN attributions a ON a.id = w.value JOIN articles ar ON ar.id = a.article_id
        WHERE ar.outlet IS NOT NULL
        GROUP BY ar.outlet ORDER BY count DESC, ar.outlet LIMIT ${TOP_FACETS}`,
    ).all({ ids });
    const months = prepared<{ month: string; count: number }>(
      `SELECT month, count(*) AS count FROM (
          SELECT CASE WHEN length(a.dated) >= 7 THEN substr(a.dated, 1, 7)
            ELSE nullif(substr(a.published_on, 1, 7), '') END AS month
          FROM json_each(@ids) w JOIN attributions a ON a.id = w.value)
        WHERE month IS NOT NULL GROUP BY month ORDER BY month`,
    ).all({ ids });
    return { speakers, outlets, months };
  };

  const hitsOf = (ranked: readonly Ranked[]): SearchHit[] => {
    if (ranked.length === 0) return [];
    const rows = new Map(
      hitRows.all(JSON.stringify(ranked.map((hit) => hit.id))).map((row) => [row.attributionId, row]),
    );
    return ranked.flatMap(({ id, score }) => {
      const row = rows.get(id);
      if (!row || !isAttributionType(row.type)) return [];
      return [
        {
          attributionId: row.attributionId,
          localId: row.localId,
          statementId: row.statementId,
          article: {
            id: row.articleId,
            title: row.title,
            outlet: row.outlet,
            published: row.published,
            url: row.url,
            file: row.file,
            language: row.language,
          },
          person:
            row.personId !== null && row.personName !== null
              ? { id: row.personId, name: row.personName }
              : null,
          source: row.source,
          type: row.type,
          content: wordingOf(JSON.parse(row.content) as TextSpan[]),
          saidAt: row.saidAt,
          reports: row.reports,
          score,
        },
      ];
    });
  };

  return {
    search,
    searchArticles(q, limit) {
      if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT)
        throw invalid(`limit must be an integer from 1 to ${MAX_SEARCH_LIMIT}`);
      const match = ftsQuery(q);
      return match === null ? [] : articleHits.all(match, limit);
    },
  };
}
