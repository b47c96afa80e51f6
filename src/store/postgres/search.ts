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
  pageOf,
  RANK_WINDOW,
  shownOf,
  speakerIdsOf,
  type Cursor,
  type HitRow,
  type Ranked,
  type Windowed,
} from '../search-page.js';
import { queryTerms, type QueryTerm } from '../sqlite/fts-query.js';
import { withInflections } from '../search-inflections.js';
import {
  StoreRequestError,
  type SearchFacets,
  type SearchHit,
  type SearchPage,
  type SearchQuery,
  type StoredArticle,
} from '../store.js';
import { VersionedCache } from '../versioned-cache.js';
import { articleColumns } from './read-record.js';
import { row, rows, type Sql } from './sql.js';

/**
 * Full-text search over attributions and articles, as src/store/sqlite/search.ts does it with FTS5 (the
 * reference: the same filters, facets, cursors, pages and result shapes), on the `search` tsvector columns
 * of migration 0005 (see src/store/postgres/migrations.ts). Attributions are indexed under their article's
 * language, so a query is built under each text search configuration in use and ORed; each term (a word or
 * a "phrase") is folded as the index folds text and parsed by PostgreSQL itself (phraseto_tsquery), so no
 * input is ever tsquery syntax. The rank is ts_rank_cd (negated: lower is better, as BM25 is in SQLite),
 * then the newest publication. Filters are SQL on the columns; every value is bound, and the SQL is made
 * only of fixed fragments chosen by which filters are set.
 */
export interface Searcher {
  search(query: SearchQuery): Promise<SearchPage>;
  searchArticles(q: string, limit: number): Promise<StoredArticle[]>;
}

/** How many searches' ranked results are kept for their next pages (about 100 KB each at most). */
const CACHED_SEARCHES = 64;
/** ts_rank_cd divides by 1 + the log of the length: longer texts do not win by length alone (as in BM25). */
const RANK_NORMALIZATION = 1;
/**
 * Article weights {D, C, B, A}: the title (A) counts twice the text (B), as SQLite's BM25 weights do.
 * Attributions use the default {0.1, 0.2, 0.4, 1.0}: the words said (A) 1.0, source and speaker (B) 0.4.
 */
const ARTICLE_WEIGHTS = '{0.1, 0.2, 0.5, 1.0}';

/** What facets count, read with the ranked matches (`outlet`: where the article's outlet is read). */
const facetColumns = (outlet: string): string => `a.person_id AS "personId", ${outlet} AS outlet,
  CASE WHEN length(a.dated) >= 7 THEN substr(a.dated, 1, 7) ELSE nullif(substr(a.published_on, 1, 7), '') END
    AS month`;

/** Attributions with their article (left-joined: PostgreSQL drops the join when nothing reads it). */
const MATCHES_FROM = 'FROM attributions a LEFT JOIN articles ar ON ar.id = a.article_id';

/**
 * The query of the matches of `where` in an order (`tail`: ORDER BY and LIMIT), past a cursor (`after`),
 * selecting `select` (given where the outlet is read). A result counted small (at most COUNT_CAP matches) is
 * read whole first, then sorted: the query of every match is planned on its own, by the GIN or date index
 * that finds them. Otherwise the planner, asked for the first rows in an order, may walk an index in that
 * order and test each row, reading most of the table to find a few matches (phrases and dates it cannot
 * estimate well). A large result is read in the index's order, where its matches are dense.
 */
function matchesInOrder(
  small: boolean,
  where: string,
  select: (outlet: string) => string,
  after: readonly string[],
  tail: string,
  withVector = false,
): string {
  if (!small)
    return `SELECT ${select('ar.outlet')} ${MATCHES_FROM} WHERE ${[where, ...after].join(' AND ')} ${tail}`;
  // The outlet is looked up for the rows kept, by key: a join there could scan every article.
  return `WITH matches AS MATERIALIZED (
      SELECT a.id, a.published_on, a.person_id, a.dated, a.article_id${withVector ? ', a.search' : ''}
        ${MATCHES_FROM} WHERE ${where})
    SELECT ${select('(SELECT outlet FROM articles WHERE id = a.article_id)')} FROM matches a
      ${after.length === 0 ? '' : `WHERE ${after.join(' AND ')}`} ${tail}`;
}

/**
 * A query's conditions on `a` (an attribution) and `ar` (its article), their values bound from `values`.
 * `people` is who it names: null for anyone, [] for no one.
 */
interface Filters {
  readonly people: number[] | null;
  readonly conditions: string[];
  readonly values: unknown[];
  /** The language filter, which also narrows the configurations a query is parsed under. */
  readonly language: string | null;
}

/** What a search matches: its conditions (`where`, values bound) at a version of the data. */
interface Matching {
  readonly version: string;
  readonly where: string;
  readonly values: readonly unknown[];
}

/** Binds a value: its placeholder. */
const bind = (values: unknown[], value: unknown, type = ''): string => {
  values.push(value);
  return `$${values.length}${type}`;
};

/** PostgreSQL text cannot hold U+0000: a filter value with one matches nothing stored. */
const hasNul = (value: string): boolean => value.includes('\u0000');

export function prepareSearch(location: string, sql: Sql): Searcher {
  const invalid = (message: string): StoreRequestError => new StoreRequestError(location, 'invalid', message);
  const cache = new VersionedCache<{ window: Windowed[]; total: number; facets: SearchFacets }>(
    CACHED_SEARCHES,
  );

  /** Follows merges to the person that stands for them all. */
  const current = async (id: number): Promise<number> => {
    const found = await row<{ id: number }>(
      sql,
      `WITH RECURSIVE chain(id, merged, depth) AS (
          SELECT id, merged_into, 0 FROM people WHERE id = $1
          UNION ALL SELECT p.id, p.merged_into, chain.depth + 1 FROM chain JOIN people p ON p.id = chain.merged
            WHERE chain.depth < 1000
        )
        SELECT id FROM chain WHERE merged IS NULL`,
      [id],
    );
    return found?.id ?? id;
  };

  /** The people a name or alias names (any case), each as the person it was merged into. */
  const speakerIds = async (key: string): Promise<number[]> =>
    (
      await rows<{ id: number }>(
        sql,
        `WITH RECURSIVE named(id) AS (
            SELECT id FROM people WHERE name_key = $1
            UNION SELECT person_id FROM person_aliases WHERE alias_key = $1
          ), current(id, merged) AS (
            SELECT p.id, p.merged_into FROM named JOIN people p ON p.id = named.id
            UNION SELECT p.id, p.merged_into FROM current JOIN people p ON p.id = current.merged
          )
          SELECT DISTINCT id FROM current WHERE merged IS NULL ORDER BY id`,
        [key],
      )
    ).map((found) => found.id);

  const filtersOf = async (query: SearchQuery): Promise<Filters> => {
    let people: number[] | null = null;
    if (query.personId !== undefined) {
      if (!Number.isSafeInteger(query.personId)) throw invalid('personId must be an integer');
      people = [await current(query.personId)];
    }
    if (query.speaker !== undefined && matchKey(query.speaker) !== '') {
      const named = hasNul(query.speaker) ? [] : await speakerIds(matchKey(query.speaker));
      // Both given: the people both name.
      people = people === null ? named : people.filter((id) => named.includes(id));
    }
    const values: unknown[] = [];
    // Attributions a correction says are wrong are left out (their `search` is NULL too).
    const conditions = ['a.wrong = 0'];
    if (people?.length === 1) conditions.push(`a.person_id = ${bind(values, people[0])}`);
    else if (people !== null) conditions.push(`a.person_id = ANY(${bind(values, people, '::int[]')})`);
    if (query.type !== undefined) {
      if (!isAttributionType(query.type)) throw invalid(`unknown attribution type ${String(query.type)}`);
      conditions.push(`a.type = ${bind(values, query.type)}`);
    }
    if (query.outlet !== undefined && query.outlet !== '')
      conditions.push(hasNul(query.outlet) ? 'false' : `ar.outlet = ${bind(values, query.outlet)}`);
    // A language matches itself and its regional forms: `en` finds `en-GB`.
    let language: string | null = null;
    if (query.language !== undefined && query.language !== '') {
      language = query.language.toLowerCase();
      const value = bind(values, hasNul(language) ? '' : language, '::text');
      conditions.push(
        hasNul(language)
          ? 'false'
          : `(lower(ar.language) = ${value} OR lower(split_part(ar.language, '-', 1)) = ${value})`,
      );
    }
    // said-at values may be a year or a month: one counts as in a range when its span meets the range. The
    // first condition on each side is a plain range, for the index; the second is the exact test.
    const saidFrom = checkedDay(location, 'saidFrom', query.saidFrom);
    if (saidFrom !== undefined) {
      const from = bind(values, saidFrom, '::text');
      conditions.push(`a.dated >= substr(${from}, 1, 4) AND a.dated >= substr(${from}, 1, length(a.dated))`);
    }
    const saidTo = checkedDay(location, 'saidTo', query.saidTo);
    if (saidTo !== undefined) {
      const to = bind(values, saidTo, '::text');
      conditions.push(`a.dated <= ${to} || '~' AND substr(a.dated, 1, length(${to})) <= ${to}`);
    }
    const publishedFrom = checkedDay(location, 'publishedFrom', query.publishedFrom);
    if (publishedFrom !== undefined)
      conditions.push(`a.published_on >= ${bind(values, publishedFrom, '::text')}`);
    const publishedTo = checkedDay(location, 'publishedTo', query.publishedTo);
    if (publishedTo !== undefined)
      conditions.push(
        `a.published_on <> '' AND a.published_on <= ${bind(values, publishedTo, '::text')} || '~'`,
      );
    return { people, conditions, values, language };
  };

  /**
   * The tsquery of the terms (as text, for `$n::tsquery`), each term parsed under every configuration in
   * use (or the language filter's and 'simple'), ORed, the terms ANDed; null when a term has no word any
   * configuration indexes (then nothing matches, as FTS5 finds no row for a token it never stored). With it,
   * the version of the data, read in the same round trip.
   */
  const prepareQuery = async (
    terms: readonly QueryTerm[] | null,
    language: string | null,
  ): Promise<{ version: string; tsquery: string | null }> => {
    if (terms === null) {
      const found = await row<{ version: string }>(sql, 'SELECT pg_current_snapshot()::text AS version');
      return { version: found!.version, tsquery: null };
    }
    // A Cyrillic name is found in its case forms too: its stems join it as prefix alternatives.
    const expanded = withInflections(terms);
    const found = await row<{ version: string; parts: string[] | null }>(
      sql,
      `WITH RECURSIVE languages(language) AS (
          SELECT min(language) FROM articles
          UNION ALL SELECT (SELECT min(language) FROM articles WHERE language > languages.language)
            FROM languages WHERE languages.language IS NOT NULL
        ), configs(config) AS (
          SELECT 'pg_catalog.simple'::regconfig
          UNION SELECT text_search_config($3::text) WHERE $3::text IS NOT NULL
          UNION SELECT text_search_config(language) FROM languages
            WHERE $3::text IS NULL AND language IS NOT NULL
        ), parts AS (
          SELECT t.ord, '(' || string_agg(DISTINCT CASE WHEN t.prefix THEN q::text || ':*' ELSE q::text END,
              ' | ') || ')' AS part
            FROM unnest($1::text[], $2::boolean[], $4::int[]) AS t(term, prefix, ord)
              CROSS JOIN configs
              CROSS JOIN LATERAL phraseto_tsquery(configs.config, search_fold(t.term)) AS q
            WHERE numnode(q) > 0
            GROUP BY t.ord
        )
        SELECT pg_current_snapshot()::text AS version, (SELECT array_agg(part ORDER BY ord) FROM parts) AS parts`,
      [
        expanded.map((term) => term.text),
        expanded.map((term) => term.prefix),
        language,
        expanded.map((term) => term.position),
      ],
    );
    const parts = found!.parts ?? [];
    return { version: found!.version, tsquery: parts.length === terms.length ? parts.join(' & ') : null };
  };

  /** The value cached under `key` at `version`, else computed and kept. */
  const cached = async <Value extends { window: Windowed[]; total: number; facets: SearchFacets }>(
    version: string,
    key: string,
    compute: () => Promise<Value>,
  ): Promise<{ window: Windowed[]; total: number; facets: SearchFacets }> => {
    const known = cache.get(version, key);
    if (known !== undefined) return known;
    const value = await compute();
    cache.set(version, key, value);
    return value;
  };

  /**
   * How many rows match `where`, counted up to one past COUNT_CAP (then the total is a floor); kept with
   * the search's results until the data changes.
   */
  const totalOf = async (version: string, where: string, values: readonly unknown[]): Promise<number> =>
    (
      await cached(version, JSON.stringify(['count', where, values]), async () => ({
        window: [],
        total: (await row<{ count: number }>(
          sql,
          `SELECT count(*) AS count FROM (SELECT 1 ${MATCHES_FROM} WHERE ${where} LIMIT ${COUNT_CAP + 1}) m`,
          values,
        ))!.count,
        facets: NO_FACETS,
      }))
    ).total;

  /**
   * Every match, newest stored first, by keyset on the id (what an export walks), without facets: no
   * ranking window, whatever the number of matches.
   */
  const storedPage = async (
    { version, where, values }: Matching,
    cursor: Cursor | null,
    limit: number,
  ): Promise<SearchPage> => {
    const total = await totalOf(version, where, values);
    if (total === 0) return NO_HITS;
    const pageValues = [...values];
    const after = cursor === null ? [] : [`a.id < ${bind(pageValues, cursor.i)}`];
    const page = await rows<Ranked>(
      sql,
      matchesInOrder(
        total <= COUNT_CAP,
        where,
        () => 'a.id, 0 AS score, a.published_on AS pub',
        after,
        `ORDER BY a.id DESC LIMIT ${limit + 1}`,
      ),
      pageValues,
    );
    return pageFrom(page, limit, total, NO_FACETS, false);
  };

  /**
   * Matches of words, ranked: the newest RANK_WINDOW matches by storing order are ranked by ts_rank_cd,
   * then the newest publication; `total` counts every match.
   */
  const rankedPage = async (
    { version, where, values }: Matching,
    match: string,
    cursor: Cursor | null,
    limit: number,
  ): Promise<SearchPage> => {
    const total = await totalOf(version, where, values);
    if (total === 0) return NO_HITS;
    const { window, facets } = await cached(version, JSON.stringify(['words', where, values]), async () => {
      const ranked = (
        await rows<Windowed>(
          sql,
          matchesInOrder(
            total <= COUNT_CAP,
            where,
            (outlet) => `a.id, -ts_rank_cd(a.search, ${match}, ${RANK_NORMALIZATION}) AS score,
              a.published_on AS pub, ${facetColumns(outlet)}`,
            [],
            `ORDER BY a.id DESC LIMIT ${RANK_WINDOW}`,
            true,
          ),
          values,
        )
      ).sort(compareRanked);
      return { window: ranked, total, facets: await facetsOf(ranked) };
    });
    const from = cursor === null ? 0 : window.findIndex((hit) => compareRanked(hit, cursorHit(cursor)) > 0);
    return pageFrom(from === -1 ? [] : window.slice(from), limit, total, facets, true);
  };

  /**
   * Without words: every match, the newest publication first, by keyset on (published_on, id); the facets
   * count the first RANK_WINDOW of them.
   */
  const newestPage = async (
    { version, where, values }: Matching,
    cursor: Cursor | null,
    limit: number,
  ): Promise<SearchPage> => {
    const total = await totalOf(version, where, values);
    if (total === 0) return NO_HITS;
    const small = total <= COUNT_CAP;
    const order = 'ORDER BY a.published_on DESC, a.id DESC';
    const pageValues = [...values];
    const after =
      cursor === null
        ? []
        : [
            `(a.published_on, a.id) < (${bind(pageValues, cursor.p, '::text')}, ${bind(pageValues, cursor.i)})`,
          ];
    const page = await rows<Ranked>(
      sql,
      matchesInOrder(
        small,
        where,
        () => 'a.id, 0 AS score, a.published_on AS pub',
        after,
        `${order} LIMIT ${limit + 1}`,
      ),
      pageValues,
    );
    const { facets } = await cached(version, JSON.stringify(['rows', where, values]), async () => {
      const window = await rows<Windowed>(
        sql,
        matchesInOrder(
          small,
          where,
          (outlet) => `a.id, 0 AS score, a.published_on AS pub, ${facetColumns(outlet)}`,
          [],
          `${order} LIMIT ${RANK_WINDOW}`,
        ),
        values,
      );
      return { window, total, facets: await facetsOf(window) };
    });
    return pageFrom(page, limit, total, facets, false);
  };

  const facetsOf = async (window: readonly Windowed[]): Promise<SearchFacets> => {
    const ids = speakerIdsOf(window);
    const named =
      ids.length === 0
        ? []
        : await rows<{ id: number; name: string }>(
            sql,
            'SELECT id, name FROM people WHERE id = ANY($1::int[])',
            [ids],
          );
    return countFacets(window, new Map(named.map((person) => [person.id, person.name])));
  };

  const hitsOf = async (ranked: readonly Ranked[]): Promise<SearchHit[]> => {
    if (ranked.length === 0) return [];
    const found = await rows<HitRow>(
      sql,
      `SELECT a.id AS "attributionId", a.local_id AS "localId", a.statement_id AS "statementId",
          ar.id AS "articleId", ar.title, ar.outlet, ar.published, ar.url, ar.file, ar.language,
          a.person_id AS "personId", p.name AS "personName", a.source_text AS source, a.type,
          a.content::text AS content, a.said_at ->> 'value' AS "saidAt",
          CASE WHEN a.statement_id IS NULL THEN 1 ELSE
            (SELECT count(*) FROM attributions r WHERE r.statement_id = a.statement_id AND r.wrong = 0) END
            AS reports
        FROM attributions a JOIN articles ar ON ar.id = a.article_id LEFT JOIN people p ON p.id = a.person_id
        WHERE a.id = ANY($1::int[])`,
      [ranked.map((hit) => hit.id)],
    );
    return hitsFromRows(ranked, new Map(found.map((hit) => [hit.attributionId, hit])));
  };

  /** A page of the matches after the cursor (`rest`), with the hits of those it shows. */
  const pageFrom = async (
    rest: readonly Ranked[],
    limit: number,
    total: number,
    facets: SearchFacets,
    scored: boolean,
  ): Promise<SearchPage> => pageOf(rest, limit, total, facets, scored, await hitsOf(shownOf(rest, limit)));

  const termsOf = (q: string | undefined): QueryTerm[] | null => {
    // U+0000 cannot be sent in PostgreSQL text; FTS5's tokenizer separates words at it.
    const terms = q === undefined ? [] : queryTerms(q.replaceAll('\u0000', ' '));
    return terms.length === 0 ? null : terms;
  };

  return {
    async search(query) {
      const limit = checkedLimit(location, query.limit ?? DEFAULT_SEARCH_LIMIT);
      const terms = termsOf(query.q);
      const everyMatch = query.order === 'stored';
      const cursor =
        query.cursor === undefined || query.cursor === null || query.cursor === ''
          ? null
          : decodeCursor(location, query.cursor, terms !== null && !everyMatch);
      const filters = await filtersOf(query);
      if (filters.people?.length === 0) return NO_HITS;
      const { version, tsquery } = await prepareQuery(terms, filters.language);
      if (terms !== null && tsquery === null) return NO_HITS;
      const values = [...filters.values];
      const match = tsquery === null ? null : bind(values, tsquery, '::tsquery');
      const where = [...(match === null ? [] : [`a.search @@ ${match}`]), ...filters.conditions].join(
        ' AND ',
      );
      const matching: Matching = { version, where, values };
      if (everyMatch) return storedPage(matching, cursor, limit);
      return match === null
        ? newestPage(matching, cursor, limit)
        : rankedPage(matching, match, cursor, limit);
    },

    async searchArticles(q, limit) {
      checkedLimit(location, limit);
      const terms = termsOf(q);
      if (terms === null) return [];
      const { tsquery } = await prepareQuery(terms, null);
      if (tsquery === null) return [];
      return rows<StoredArticle>(
        sql,
        `SELECT ${articleColumns('ar')}
          FROM (SELECT id, -ts_rank_cd('${ARTICLE_WEIGHTS}', search, $1::tsquery, ${RANK_NORMALIZATION}) AS score
              FROM articles WHERE search @@ $1::tsquery ORDER BY id DESC LIMIT ${RANK_WINDOW}) ranked
            JOIN articles ar ON ar.id = ranked.id
          ORDER BY ranked.score, coalesce(ar.published, '') DESC, ar.id DESC LIMIT $2`,
        [tsquery, limit],
      );
    },
  };
}
