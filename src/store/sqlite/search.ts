import type Database from 'better-sqlite3';
import { matchKey } from '../../link/match-key.js';
import { isAttributionType } from '../../types.js';
import {
  checkedDay,
  checkedLimit,
  COUNT_CAP,
  compareRanked,
  countFacets,
  cursorHit,
  decodeCursor,
  DEFAULT_SEARCH_LIMIT,
  hitsFromRows,
  NO_FACETS,
  NO_HITS,
  pageOf as pageOfHits,
  RANK_WINDOW,
  shownOf,
  speakerIdsOf,
  type Cursor,
  type HitRow,
  type Ranked,
  type Windowed,
} from '../search-page.js';
import {
  StoreRequestError,
  type SearchFacets,
  type SearchHit,
  type SearchPage,
  type SearchQuery,
  type StoredArticle,
} from '../store.js';
import {
  bm25Scores,
  inverseDocumentFrequency,
  termTokens,
  type RankedText,
  type TermTokens,
} from '../rank-bm25.js';
import { ftsQuery, queryTerms, tagToken } from './fts-query.js';
import { prepareResultCache } from './result-cache.js';

export interface Searcher {
  search(query: SearchQuery): SearchPage;
  searchArticles(q: string, limit: number): StoredArticle[];
}

/** How many searches' ranked results are kept for their next pages (about 100 KB each at most). */
const CACHED_SEARCHES = 64;
/** The indexed columns words are looked for in (not `tags`, the filter values). */
const WORD_COLUMNS = ['content', 'source', 'speaker'] as const;

interface Filters {
  readonly people: number[] | null;
  readonly tags: string[];
  readonly dates: string[];
  readonly params: Record<string, unknown>;
}

/** A range spanning more months than this is tested row by row only. */
const MAX_MONTH_TAGS = 240;

/**
 * The index tags of the months (and, with `yearPrefix`, the years) a closed date range meets, ORed; null
 * for an open or very long range.
 */
function monthTags(
  prefix: string,
  from: string | undefined,
  to: string | undefined,
  yearPrefix: string | null,
): string | null {
  if (from === undefined || to === undefined) return null;
  const first = Number(from.slice(0, 4)) * 12 + (from.length >= 7 ? Number(from.slice(5, 7)) - 1 : 0);
  const last = Number(to.slice(0, 4)) * 12 + (to.length >= 7 ? Number(to.slice(5, 7)) - 1 : 11);
  if (last < first) return '"xnever"';
  if (last - first >= MAX_MONTH_TAGS) return null;
  const tags: string[] = [];
  for (let month = first; month <= last; month += 1)
    tags.push(`"${prefix}${Math.floor(month / 12)}${String((month % 12) + 1).padStart(2, '0')}"`);
  if (yearPrefix !== null)
    for (let year = Math.floor(first / 12); year <= Math.floor(last / 12); year += 1)
      tags.push(`"${yearPrefix}${year}"`);
  return `(${tags.join(' OR ')})`;
}

/** Whether a query has a word beginning with x (any case or accent), which could match a filter tag. */
const mayMatchTags = (q: string): boolean =>
  /(^|[^\p{L}\p{N}])x/u.test(q.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());

/** A match as the window reads it: with its words, when a query is ranked on them. */
type WindowRow = Windowed & Partial<RankedText>;

/** What facets count, read with the ranked matches. */
const FACET_COLUMNS = `a.person_id AS personId, (SELECT outlet FROM articles WHERE id = a.article_id) AS outlet,
  CASE WHEN length(a.dated) >= 7 THEN substr(a.dated, 1, 7) ELSE nullif(substr(a.published_on, 1, 7), '') END
    AS month`;

/**
 * Full-text search over attributions (FTS5, BM25) and articles, with filters, facets and keyset pages.
 * Every value is bound; the SQL is assembled only from fixed fragments chosen by which filters are set.
 */
export function prepareSearch(
  location: string,
  db: Database.Database,
  countCap: number = COUNT_CAP,
): Searcher {
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
  // The index's vocabulary: how many rows hold each word, for the IDF of BM25 (rank-bm25.ts).
  db.exec(
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.attributions_vocab USING fts5vocab(main, 'attributions_fts', 'row')",
  );
  const rowsWithWord = db
    .prepare<[string], number>('SELECT doc FROM temp.attributions_vocab WHERE term = ?')
    .pluck();
  const rowsWithPrefix = db
    .prepare<[string, string], number>(
      'SELECT coalesce(sum(doc), 0) FROM temp.attributions_vocab WHERE term >= ? AND term < ?',
    )
    .pluck();
  // The highest id stands for the number of rows: exact enough for an IDF, and read from the key alone.
  const rowCount = db.prepare<[], number | null>('SELECT max(id) FROM attributions').pluck();
  const cache = prepareResultCache<{ window: Windowed[]; total: number; facets: SearchFacets }>(
    db,
    CACHED_SEARCHES,
  );
  const peopleNamed = db.prepare<[string], { id: number; name: string }>(
    'SELECT id, name FROM people WHERE id IN (SELECT value FROM json_each(?))',
  );
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
      FROM (SELECT rowid AS id, bm25(articles_fts, 2.0, 1.0) AS score FROM articles_fts
          WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ${RANK_WINDOW}) ranked
        JOIN articles ar ON ar.id = ranked.id
      ORDER BY ranked.score, coalesce(ar.published, '') DESC, ar.id DESC LIMIT ?`,
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

  /**
   * A query's filters: the people it names (null: any), the filter tags of the full-text index, and the
   * date conditions (SQL on `a`, values bound).
   */
  const filtersOf = (query: SearchQuery): Filters => {
    let people: number[] | null = null;
    if (query.personId !== undefined) {
      if (!Number.isSafeInteger(query.personId)) throw invalid('personId must be an integer');
      people = [current(query.personId)];
    }
    if (query.speaker !== undefined && matchKey(query.speaker) !== '') {
      const key = matchKey(query.speaker);
      const named = speakerIds.all(key, key);
      // Both given: the people both name.
      people = people === null ? named : people.filter((id) => named.includes(id));
    }
    const tags: string[] = [];
    if (query.type !== undefined) {
      if (!isAttributionType(query.type)) throw invalid(`unknown attribution type ${String(query.type)}`);
      tags.push(`"xt${query.type}"`);
    }
    if (query.outlet !== undefined && query.outlet !== '') tags.push(`"${tagToken('xo', query.outlet)}"`);
    // A language tag matches itself and its regional forms: `en` finds `en-GB` (both are indexed).
    if (query.language !== undefined && query.language !== '')
      tags.push(`"${tagToken('xl', query.language.toLowerCase())}"`);
    const dates: string[] = [];
    const params: Record<string, unknown> = {};
    // said-at values may be a year or a month: one counts as in a range when its span meets the range. The
    // first condition on each side is a plain range, for the index; the second is the exact test.
    const saidFrom = checkedDay(location, 'saidFrom', query.saidFrom);
    if (saidFrom !== undefined) {
      dates.push('a.dated >= substr(@saidFrom, 1, 4) AND a.dated >= substr(@saidFrom, 1, length(a.dated))');
      params.saidFrom = saidFrom;
    }
    const saidTo = checkedDay(location, 'saidTo', query.saidTo);
    if (saidTo !== undefined) {
      dates.push("a.dated <= @saidTo || '~' AND substr(a.dated, 1, length(@saidTo)) <= @saidTo");
      params.saidTo = saidTo;
    }
    const publishedFrom = checkedDay(location, 'publishedFrom', query.publishedFrom);
    if (publishedFrom !== undefined) {
      dates.push('a.published_on >= @publishedFrom');
      params.publishedFrom = publishedFrom;
    }
    const publishedTo = checkedDay(location, 'publishedTo', query.publishedTo);
    if (publishedTo !== undefined) {
      dates.push("a.published_on != '' AND a.published_on <= @publishedTo || '~'");
      params.publishedTo = publishedTo;
    }
    // A closed range is also the months it spans, as index tags: the index then hands over only the rows of
    // those months for the exact test, instead of every match.
    const saidMonths = monthTags('xm', saidFrom, saidTo, 'xy');
    if (saidMonths !== null) tags.push(saidMonths);
    const publishedMonths = monthTags('xq', publishedFrom, publishedTo, null);
    if (publishedMonths !== null) tags.push(publishedMonths);
    return { people, tags, dates, params };
  };

  /**
   * With words to match or a filter the index holds (type, outlet, language): one full-text query. The
   * newest RANK_WINDOW matches (by storing order, which FTS5 reads backwards without sorting) are ranked by
   * BM25, then the newest publication; `total` counts every match.
   */
  /** BM25 of the window's rows for the query's words, each word's IDF from the index's vocabulary. */
  const rankOnWords = (q: string | undefined, rows: readonly RankedText[]): number[] => {
    const terms: TermTokens[] = queryTerms(q ?? '').map(termTokens);
    const rowsInAll = rowCount.get() ?? 0;
    const idfs = terms.map((term) => {
      // A phrase is in at most as many rows as its rarest word; a prefix in as many as its words together.
      const counts = term.tokens.map((token, index) =>
        term.prefix && index === term.tokens.length - 1
          ? rowsWithPrefix.get(token, `${token}\u{10FFFF}`)!
          : (rowsWithWord.get(token) ?? 0),
      );
      return inverseDocumentFrequency(rowsInAll, counts.length === 0 ? 0 : Math.min(...counts));
    });
    return bm25Scores(rows, terms, idfs);
  };

  const searchIndex = (
    query: SearchQuery,
    words: string | null,
    filters: Filters,
    cursor: Cursor | null,
    limit: number,
    everyMatch: boolean,
  ): SearchPage => {
    const people =
      filters.people === null ? [] : [`(${filters.people.map((id) => `"xp${id}"`).join(' OR ')})`];
    const tags = [...filters.tags, ...people].map((tag) => `{tags} : ${tag}`);
    const match = [...(words === null ? [] : [words]), ...tags].join(' AND ');
    const params = { ...filters.params, match };
    const dated = filters.dates.length > 0 ? `AND ${filters.dates.join(' AND ')}` : '';
    if (everyMatch) {
      // Every match, newest stored first, by keyset on the index's rowid: no ranking window, no facets.
      const after = cursor === null ? '' : 'AND f.rowid < @cursorId';
      const page = prepared<Ranked>(
        `SELECT f.rowid AS id, 0.0 AS score, a.published_on AS pub
          FROM attributions_fts f JOIN attributions a ON a.id = f.rowid
          WHERE attributions_fts MATCH @match ${dated} ${after}
          ORDER BY f.rowid DESC LIMIT ${limit + 1}`,
      ).all(cursor === null ? params : { ...params, cursorId: cursor.i });
      const total = cache.get(JSON.stringify(['count', match, dated, params]), () => ({
        window: [],
        total: prepared<number>(
          `SELECT count(*) FROM (SELECT 1 FROM attributions_fts f JOIN attributions a ON a.id = f.rowid
            WHERE attributions_fts MATCH @match ${dated} LIMIT ${countCap + 1})`,
        )
          .pluck()
          .get(params)!,
        facets: NO_FACETS,
      })).total;
      return pageOf(page, limit, total, NO_FACETS, false);
    }
    const { window, total, facets } = cache.get(JSON.stringify(['index', match, dated, params]), () => {
      const text =
        words === null
          ? ''
          : ', a.content_search AS content, a.source_text AS source, a.speaker_name AS speaker';
      const rows = prepared<WindowRow>(
        `SELECT f.rowid AS id, 0.0 AS score, a.published_on AS pub, ${FACET_COLUMNS}${text}
          FROM attributions_fts f JOIN attributions a ON a.id = f.rowid
          WHERE attributions_fts MATCH @match ${dated}
          ORDER BY f.rowid DESC LIMIT ${RANK_WINDOW}`,
      ).all(params);
      const scores = words === null ? null : rankOnWords(query.q, rows as RankedText[]);
      const ranked: Windowed[] = rows.map(({ id, score, pub, personId, outlet, month }, index) => ({
        id,
        score: scores === null ? score : scores[index]!,
        pub,
        personId,
        outlet,
        month,
      }));
      ranked.sort(compareRanked);
      const count =
        rows.length < RANK_WINDOW
          ? rows.length
          : prepared<number>(
              `SELECT count(*) FROM (SELECT 1 FROM attributions_fts f
                ${filters.dates.length === 0 ? '' : 'JOIN attributions a ON a.id = f.rowid'}
                WHERE attributions_fts MATCH @match ${dated} LIMIT ${countCap + 1})`,
            )
              .pluck()
              .get(params)!;
      return { window: ranked, total: count, facets: facetsOf(ranked) };
    });
    const from = cursor === null ? 0 : window.findIndex((hit) => compareRanked(hit, cursorHit(cursor)) > 0);
    return pageOf(from === -1 ? [] : window.slice(from), limit, total, facets, words !== null);
  };

  /** Without words or index filters: the newest first, read in order from an index, every match. */
  const searchRows = (filters: Filters, cursor: Cursor | null, limit: number): SearchPage => {
    const where = ['a.wrong = 0', ...filters.dates];
    const params: Record<string, unknown> = { ...filters.params };
    if (filters.people?.length === 1) {
      // One person: an equality, so that the index gives the rows in order (no sort).
      where.push('a.person_id = @personId');
      params.personId = filters.people[0];
    } else if (filters.people !== null) {
      where.push('a.person_id IN (SELECT value FROM json_each(@personIds))');
      params.personIds = JSON.stringify(filters.people);
    }
    const rows = `SELECT a.id, 0.0 AS score, a.published_on AS pub FROM attributions a WHERE ${where.join(' AND ')}`;
    const order = 'ORDER BY a.published_on DESC, a.id DESC';
    const after = cursor === null ? '' : 'AND (a.published_on, a.id) < (@cursorPub, @cursorId)';
    if (cursor !== null) {
      params.cursorPub = cursor.p;
      params.cursorId = cursor.i;
    }
    const page = prepared<Ranked>(`${rows} ${after} ${order} LIMIT ${limit + 1}`).all(params);
    const { total, facets } = cache.get(
      JSON.stringify(['rows', where, filters.params, filters.people]),
      () => {
        const count = prepared<number>(
          `SELECT count(*) FROM (SELECT 1 FROM attributions a WHERE ${where.join(' AND ')} LIMIT ${countCap + 1})`,
        )
          .pluck()
          .get(params)!;
        const window =
          count === 0
            ? []
            : prepared<Windowed>(
                `${rows.replace(' AS pub', ` AS pub, ${FACET_COLUMNS}`)} ${order} LIMIT ${RANK_WINDOW}`,
              ).all(params);
        return { window, total: count, facets: facetsOf(window) };
      },
    );
    return pageOf(page, limit, total, facets, false);
  };

  /** A page of the matches after the cursor (`rest`), with the hits of those it shows. */
  const pageOf = (
    rest: readonly Ranked[],
    limit: number,
    total: number,
    facets: SearchFacets,
    scored: boolean,
  ): SearchPage => pageOfHits(rest, limit, total, facets, scored, hitsOf(shownOf(rest, limit)), countCap);

  const search = (query: SearchQuery): SearchPage => {
    const limit = checkedLimit(location, query.limit ?? DEFAULT_SEARCH_LIMIT);
    // Tags all begin with x: words that do not need no column filter, which spares FTS5 reading positions.
    const words = ftsQuery(
      query.q,
      query.q !== undefined && mayMatchTags(query.q) ? WORD_COLUMNS : undefined,
    );
    const filters = filtersOf(query);
    const cursor =
      query.cursor === undefined || query.cursor === null || query.cursor === ''
        ? null
        : decodeCursor(location, query.cursor, words !== null && query.order !== 'stored');
    if (filters.people?.length === 0) return NO_HITS;
    return words !== null || filters.tags.length > 0
      ? searchIndex(query, words, filters, cursor, limit, query.order === 'stored')
      : searchRows(filters, cursor, limit);
  };

  /** Counts by speaker, outlet and month of the ranked matches, in one pass over what the window read. */
  const facetsOf = (window: readonly Windowed[]): SearchFacets => {
    const ids = speakerIdsOf(window);
    const named = ids.length === 0 ? [] : peopleNamed.all(JSON.stringify(ids));
    return countFacets(window, new Map(named.map((person) => [person.id, person.name])));
  };

  const hitsOf = (ranked: readonly Ranked[]): SearchHit[] =>
    ranked.length === 0
      ? []
      : hitsFromRows(
          ranked,
          new Map(
            hitRows.all(JSON.stringify(ranked.map((hit) => hit.id))).map((row) => [row.attributionId, row]),
          ),
        );

  return {
    search,
    searchArticles(q, limit) {
      checkedLimit(location, limit);
      const match = ftsQuery(q);
      return match === null ? [] : articleHits.all(match, limit);
    },
  };
}
