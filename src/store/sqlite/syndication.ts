import type Database from 'better-sqlite3';
import { bandKeys, containment, COPY_CONTAINMENT, shingleHashes } from '../../link/near-duplicate.js';
import type { Block } from '../../types.js';
import { bodyText, MAX_COPY_CANDIDATES } from '../syndicated-copies.js';

export interface Syndication {
  /** Indexes a newly written article and, when it copies an earlier one, links it; returns that one's id. */
  link(articleId: number, text: string, blocks: readonly Block[]): number | null;
}

/**
 * Links syndicated copies (src/link/near-duplicate.ts): candidates share a MinHash band; the earliest
 * candidate whose body holds most of this one's shingles (or the reverse) is what this one copies, and
 * a copy of a copy points at the original.
 */
export function prepareSyndication(db: Database.Database): Syndication {
  const insertBand = db.prepare<[string, number]>(
    'INSERT OR IGNORE INTO article_bands (band, article_id) VALUES (?, ?)',
  );
  const candidatesOf = (bands: readonly string[]): Database.Statement<unknown[], number> =>
    db
      .prepare<unknown[], number>(
        `SELECT DISTINCT article_id FROM article_bands WHERE band IN (${bands.map(() => '?').join(', ')})
          ORDER BY article_id LIMIT ${MAX_COPY_CANDIDATES}`,
      )
      .pluck();
  const candidateStatements = new Map<number, Database.Statement<unknown[], number>>();
  const articleText = db.prepare<[number], { text: string }>('SELECT text FROM articles WHERE id = ?');
  const articleBlocks = db.prepare<[number], { kind: string; start: number; end: number }>(
    'SELECT kind, span_start AS start, span_end AS end FROM blocks WHERE article_id = ? ORDER BY seq',
  );
  const originalOf = db
    .prepare<[number], number>('SELECT copy_of FROM article_copies WHERE article_id = ?')
    .pluck();
  const insertCopy = db.prepare<[number, number, number]>(
    'INSERT OR REPLACE INTO article_copies (article_id, copy_of, similarity) VALUES (?, ?, ?)',
  );

  const shinglesOfStored = (articleId: number): Uint32Array => {
    const row = articleText.get(articleId);
    if (!row) return new Uint32Array();
    return shingleHashes(bodyText(row.text, articleBlocks.all(articleId) as Block[]));
  };

  return {
    link(articleId, text, blocks) {
      const shingles = shingleHashes(bodyText(text, blocks));
      const bands = bandKeys(shingles);
      if (bands.length === 0) return null;
      let statement = candidateStatements.get(bands.length);
      if (!statement) {
        statement = candidatesOf(bands);
        candidateStatements.set(bands.length, statement);
      }
      let copyOf: number | null = null;
      for (const candidate of statement.all(...bands)) {
        if (candidate === articleId) continue;
        const similarity = containment(shingles, shinglesOfStored(candidate));
        if (similarity < COPY_CONTAINMENT) continue;
        copyOf = originalOf.get(candidate) ?? candidate;
        insertCopy.run(articleId, copyOf, Math.min(1, similarity));
        break;
      }
      for (const band of bands) insertBand.run(band, articleId);
      return copyOf;
    },
  };
}
