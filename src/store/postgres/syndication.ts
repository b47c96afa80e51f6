import { bandKeys, containment, COPY_CONTAINMENT, shingleHashes } from '../../link/near-duplicate.js';
import type { Block } from '../../types.js';
import { bodyText, MAX_COPY_CANDIDATES } from '../syndicated-copies.js';
import { row, rows, type Sql } from './sql.js';

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

/** Indexes a newly written article and, when it copies an earlier one, links it; returns that one's id. */
export async function linkCopy(
  sql: Sql,
  articleId: number,
  { shingles, bands }: CopyCheck,
): Promise<number | null> {
  if (bands.length === 0) return null;
  const candidates = await rows<{ id: number }>(
    sql,
    `SELECT DISTINCT article_id AS id FROM article_bands WHERE band = ANY($1::text[])
      ORDER BY article_id LIMIT ${MAX_COPY_CANDIDATES}`,
    [bands],
  );
  let copyOf: number | null = null;
  for (const { id: candidate } of candidates) {
    if (candidate === articleId) continue;
    const similarity = containment(shingles, await shinglesOfStored(sql, candidate));
    if (similarity < COPY_CONTAINMENT) continue;
    const original = await row<{ copyOf: number }>(
      sql,
      'SELECT copy_of AS "copyOf" FROM article_copies WHERE article_id = $1',
      [candidate],
    );
    copyOf = original?.copyOf ?? candidate;
    await sql.query(
      `INSERT INTO article_copies (article_id, copy_of, similarity) VALUES ($1, $2, $3)
        ON CONFLICT (article_id) DO UPDATE SET copy_of = excluded.copy_of, similarity = excluded.similarity`,
      [articleId, copyOf, Math.min(1, similarity)],
    );
    break;
  }
  await sql.query(
    `INSERT INTO article_bands (band, article_id) SELECT band, $2 FROM unnest($1::text[]) AS band
      ON CONFLICT DO NOTHING`,
    [bands, articleId],
  );
  return copyOf;
}

async function shinglesOfStored(sql: Sql, articleId: number): Promise<Uint32Array> {
  const stored = await row<{ text: string; blocks: Block[] }>(
    sql,
    `SELECT text, coalesce((
        SELECT json_agg(json_build_object('kind', kind, 'start', span_start, 'end', span_end) ORDER BY seq)
        FROM blocks WHERE article_id = articles.id), '[]'::json) AS blocks
      FROM articles WHERE id = $1`,
    [articleId],
  );
  if (!stored) return new Uint32Array();
  return shingleHashes(bodyText(stored.text, stored.blocks));
}
