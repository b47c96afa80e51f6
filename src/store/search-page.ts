/**
 * What a search result is made of, the same for every engine: the order of ranked hits, the opaque cursor
 * of a page, the facets counted over the ranked matches, a hit from its row, and the checks of a request's
 * limit and dates. Each engine finds and ranks the matches its own way (src/store/sqlite/search.ts with
 * FTS5 and BM25, src/store/postgres/search.ts with tsvector and ts_rank_cd); the lower score is the better.
 */
import { isAttributionType, type TextSpan } from '../types.js';
import { wordingOf } from './statement-linking.js';
import { StoreRequestError, type SearchFacets, type SearchHit, type SearchPage } from './store.js';

export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 100;
/**
 * How many matches are ranked, paged and counted in facets: all of them up to this many; of a larger result,
 * the most recently stored this many (ranking every match of a common word in a million would cost
 * seconds). `total` counts every match all the same. Facets are then the make-up of the ranked part, which
 * is what a reader narrowing a search looks at.
 */
export const RANK_WINDOW = 1000;
export const TOP_FACETS = 20;
/**
 * Matches are counted up to this many; `total` of a larger result is this, with `totalExact` false. Counting
 * every row of a word found in most of a million attributions costs more than the rest of the search.
 */
export const COUNT_CAP = 10_000;
export const NO_FACETS: SearchFacets = { speakers: [], outlets: [], months: [] };

/** A match as ranked: its attribution id, score (lower is better; 0 without words) and publication day. */
export interface Ranked {
  readonly id: number;
  readonly score: number;
  readonly pub: string;
}

/** A ranked match with what its facets count. */
export interface Windowed extends Ranked {
  readonly personId: number | null;
  readonly outlet: string | null;
  readonly month: string | null;
}

/** The order of hits: best score first, then the newest publication, then the latest stored. */
export function compareRanked(a: Ranked, b: Ranked): number {
  return a.score - b.score || (a.pub < b.pub ? 1 : a.pub > b.pub ? -1 : 0) || b.id - a.id;
}

/** Where a page ended: the last hit's sort key. Encoded as base64url JSON, opaque to callers. */
export interface Cursor {
  /** The score (with a query). */
  readonly s?: number;
  /** published_on of the last hit. */
  readonly p: string;
  readonly i: number;
}

export const cursorHit = (cursor: Cursor): Ranked => ({ id: cursor.i, score: cursor.s ?? 0, pub: cursor.p });

export const encodeCursor = (cursor: Cursor): string =>
  Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');

/** A cursor given back, checked: it must be one a search of the same kind (with or without score) gave. */
export function decodeCursor(location: string, cursor: string, withScore: boolean): Cursor {
  const bad = () =>
    new StoreRequestError(
      location,
      'invalid',
      'the cursor is not one this search gave (start again from the first page)',
    );
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
}

/** The cursor after `shown` when more matches follow it, else null. */
export function nextCursorOf(shown: readonly Ranked[], more: boolean, scored: boolean): string | null {
  const last = shown.at(-1);
  if (!more || !last) return null;
  return encodeCursor(scored ? { s: last.score, p: last.pub, i: last.id } : { p: last.pub, i: last.id });
}

/** A page without hits. */
export const NO_HITS: SearchPage = {
  hits: [],
  total: 0,
  totalExact: true,
  facets: NO_FACETS,
  nextCursor: null,
};

/** The matches a page shows, of those after the cursor: the hits `pageOf` is given are theirs. */
export const shownOf = (rest: readonly Ranked[], limit: number): readonly Ranked[] => rest.slice(0, limit);

/**
 * A page of the matches after the cursor (`rest`): `hits` are those of `shownOf(rest, limit)`; `total` as
 * counted, up to `countCap` + 1.
 */
export function pageOf(
  rest: readonly Ranked[],
  limit: number,
  total: number,
  facets: SearchFacets,
  scored: boolean,
  hits: SearchHit[],
  countCap: number = COUNT_CAP,
): SearchPage {
  return {
    hits,
    total: Math.min(total, countCap),
    totalExact: total <= countCap,
    facets,
    nextCursor: nextCursorOf(shownOf(rest, limit), rest.length > limit, scored),
  };
}

/** Plain code-unit order, the same in every locale. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The people a window's facets name, by id. */
export const speakerIdsOf = (window: readonly Windowed[]): number[] => [
  ...new Set(window.flatMap((hit) => (hit.personId === null ? [] : [hit.personId]))),
];

/** Counts by speaker (named by `names`), outlet and month of the ranked matches, in one pass. */
export function countFacets(window: readonly Windowed[], names: ReadonlyMap<number, string>): SearchFacets {
  const count = <Key>(keys: readonly (Key | null)[]): Map<Key, number> => {
    const counts = new Map<Key, number>();
    for (const key of keys) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const speakers = [...count(window.map((hit) => hit.personId))]
    .flatMap(([id, total]) => {
      const name = names.get(id);
      return name === undefined ? [] : [{ id, name, count: total }];
    })
    .sort((a, b) => b.count - a.count || byText(a.name, b.name) || a.id - b.id)
    .slice(0, TOP_FACETS);
  const outlets = [...count(window.map((hit) => hit.outlet))]
    .map(([outlet, total]) => ({ outlet, count: total }))
    .sort((a, b) => b.count - a.count || byText(a.outlet, b.outlet))
    .slice(0, TOP_FACETS);
  const months = [...count(window.map((hit) => hit.month))]
    .map(([month, total]) => ({ month, count: total }))
    .sort((a, b) => byText(a.month, b.month));
  return { speakers, outlets, months };
}

/** A hit as the engines read it: the attribution with its article and person, content as JSON text. */
export interface HitRow {
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

/** The hits of `ranked`, in its order, from their rows (by attribution id); a row not read is left out. */
export function hitsFromRows(ranked: readonly Ranked[], rows: ReadonlyMap<number, HitRow>): SearchHit[] {
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
}

/** A page size as asked, checked. */
export function checkedLimit(location: string, limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT)
    throw new StoreRequestError(
      location,
      'invalid',
      `limit must be an integer from 1 to ${MAX_SEARCH_LIMIT}`,
    );
  return limit;
}

const DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/u;

/** A date filter as asked (YYYY, YYYY-MM or YYYY-MM-DD), checked; undefined when not given. */
export function checkedDay(location: string, name: string, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!DAY.test(value))
    throw new StoreRequestError(
      location,
      'invalid',
      `${name} must be a date YYYY-MM-DD, not ${JSON.stringify(value)}`,
    );
  return value;
}
