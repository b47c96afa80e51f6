import { bandKeys, containment, COPY_CONTAINMENT, shingleHashes } from '../../link/near-duplicate.js';
import type { Block } from '../../types.js';
import { bodyText, MAX_COPY_CANDIDATES } from '../syndicated-copies.js';
import { prepared, runPrepared } from './prepared.js';
import { rows, type Sql } from './sql.js';

/**
 * Syndicated copies on PostgreSQL, as src/store/sqlite/syndication.ts links them (see there): candidates
 * share a MinHash band; the earliest whose body holds most of this one's shingles (or the reverse) is what
 * this one copies, and a copy of a copy points at the original.
 */

/** An article's shingles and bands, computed before the write takes any lock (the bands are locked). */
export interface CopyCheck {
  readonly shingles: Uint32Array;
  readonly bands: readonly string[];
}

export function copyCheck(text: string, blocks: readonly Block[]): CopyCheck {
  const shingles = shingleHashes(bodyText(text, blocks));
  return { shingles, bands: bandKeys(shingles) };
}

/**
 * The articles sharing one of the bands ($1) but this one ($2), with their content hash and the article each
 * copies, if any; and this one's bands indexed: one round trip (the insert is not seen by the read of the
 * same statement). The caller holds the bands' locks.
 */
const CANDIDATES = prepared(`
  WITH indexed AS (
    INSERT INTO article_bands (band, article_id) SELECT band, $2 FROM unnest($1::text[]) AS band
      ON CONFLICT DO NOTHING
  ), candidate AS (
    SELECT DISTINCT article_id AS id FROM article_bands WHERE band = ANY($1::text[]) AND article_id <> $2
      ORDER BY article_id LIMIT ${MAX_COPY_CANDIDATES}
  )
  SELECT candidate.id, articles.content_hash AS hash, article_copies.copy_of AS "copyOf"
  FROM candidate JOIN articles ON articles.id = candidate.id
    LEFT JOIN article_copies ON article_copies.article_id = candidate.id
  ORDER BY candidate.id`);

/**
 * Indexes a newly written article (`articleId`, its text's hash `hash`) and, when it copies an earlier one,
 * links it; returns that one's id. The shingles of the earlier ones come from `cache` when it has them.
 */
export async function linkCopy(
  sql: Sql,
  articleId: number,
  hash: string,
  { shingles, bands }: CopyCheck,
  cache: ShingleCache,
): Promise<number | null> {
  if (bands.length === 0) return null;
  const { rows: candidates } = await runPrepared<{ id: number; hash: string; copyOf: number | null }>(
    sql,
    CANDIDATES,
    [bands, articleId],
  );
  cache.remember(articleId, hash, shingles);
  const stored = await shinglesOfStored(
    sql,
    candidates
      .filter((candidate) => cache.recall(candidate.id, candidate.hash) === undefined)
      .map(({ id }) => id),
  );
  for (const candidate of candidates) {
    const theirs =
      cache.recall(candidate.id, candidate.hash) ??
      cache.remember(candidate.id, candidate.hash, stored(candidate.id));
    const similarity = containment(shingles, theirs);
    if (similarity < COPY_CONTAINMENT) continue;
    const copyOf = candidate.copyOf ?? candidate.id;
    await sql.query(
      `INSERT INTO article_copies (article_id, copy_of, similarity) VALUES ($1, $2, $3)
        ON CONFLICT (article_id) DO UPDATE SET copy_of = excluded.copy_of, similarity = excluded.similarity`,
      [articleId, copyOf, Math.min(1, similarity)],
    );
    return copyOf;
  }
  return null;
}

/**
 * The shingles of the stored articles `ids`, read in one round trip and computed when asked for (copy
 * detection stops at the first candidate that is copied).
 */
async function shinglesOfStored(sql: Sql, ids: readonly number[]): Promise<(id: number) => Uint32Array> {
  const found =
    ids.length === 0
      ? []
      : await rows<{ id: number; text: string; blocks: Block[] }>(
          sql,
          `SELECT id, text, coalesce((
              SELECT json_agg(json_build_object('kind', kind, 'start', span_start, 'end', span_end) ORDER BY seq)
              FROM blocks WHERE article_id = articles.id), '[]'::json) AS blocks
            FROM articles WHERE id = ANY($1::int[])`,
          [ids],
        );
  const byId = new Map(found.map((article) => [article.id, article]));
  return (id) => {
    const article = byId.get(id);
    return article ? shingleHashes(bodyText(article.text, article.blocks)) : new Uint32Array();
  };
}

/**
 * The shingles of articles seen lately by one store (written or compared with), by id, with the hash of the
 * text they were computed from: an article is compared with the same earlier ones again and again, and a
 * stored article's text and blocks change only with its hash (a changed version). The oldest are let go.
 */
export interface ShingleCache {
  recall(id: number, hash: string): Uint32Array | undefined;
  remember(id: number, hash: string, shingles: Uint32Array): Uint32Array;
}

export function shingleCache(size = 4096): ShingleCache {
  const seen = new Map<number, { hash: string; shingles: Uint32Array }>();
  return {
    recall: (id, hash) => {
      const entry = seen.get(id);
      if (entry?.hash !== hash) return undefined;
      seen.delete(id);
      seen.set(id, entry);
      return entry.shingles;
    },
    remember: (id, hash, shingles) => {
      seen.delete(id);
      seen.set(id, { hash, shingles });
      if (seen.size > size) seen.delete(seen.keys().next().value!);
      return shingles;
    },
  };
}
