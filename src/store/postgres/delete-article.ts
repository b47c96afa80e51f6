import { inTransaction, row, rows, type Sql } from './sql.js';
import type pg from 'pg';

/**
 * Removes an article and what derives only from it, in one transaction, as
 * src/store/sqlite/delete-article.ts does (the reference, which says why each step is there): the article's
 * own rows go by ON DELETE CASCADE (its full-text vectors with them), its earlier revisions with it; then
 * statements left without reports, then people left without articles unless a hand edit, a statement or a
 * correction still names them. Corrections of its attributions are kept, by the article's key.
 */
export function deleteArticle(pool: pg.Pool, id: number): Promise<boolean> {
  return inTransaction(pool, (sql) => deleteIn(sql, id));
}

async function deleteIn(sql: Sql, id: number): Promise<boolean> {
  // Locked first: a second delete of the same article waits, then finds nothing.
  const article = await row<{ key: string }>(
    sql,
    'SELECT source_key AS key FROM articles WHERE id = $1 FOR UPDATE',
    [id],
  );
  if (!article) return false;
  const statements = (
    await rows<{ id: number }>(
      sql,
      'SELECT DISTINCT statement_id AS id FROM attributions WHERE article_id = $1 AND statement_id IS NOT NULL',
      [id],
    )
  ).map((found) => found.id);
  const people = (
    await rows<{ id: number }>(
      sql,
      `SELECT person_id AS id FROM article_people WHERE article_id = $1
        UNION SELECT person_id FROM attributions WHERE article_id = $1 AND person_id IS NOT NULL`,
      [id],
    )
  ).map((found) => found.id);
  await sql.query('DELETE FROM articles WHERE id = $1', [id]);
  await sql.query('DELETE FROM article_revisions WHERE source_key = $1', [article.key]);
  if (statements.length > 0)
    await sql.query(
      `DELETE FROM statements s WHERE s.id = ANY($1::int[])
        AND NOT EXISTS (SELECT 1 FROM attributions WHERE statement_id = s.id)`,
      [statements],
    );
  if (people.length === 0) return true;
  const unused = (column: string) => `NOT EXISTS (SELECT 1 FROM article_people WHERE person_id = ${column})
    AND NOT EXISTS (SELECT 1 FROM attributions WHERE person_id = ${column})`;
  await sql.query(
    `DELETE FROM person_role_words w WHERE w.person_id = ANY($1::int[]) AND ${unused('w.person_id')}`,
    [people],
  );
  await sql.query(
    `DELETE FROM person_pairs w WHERE w.person_id = ANY($1::int[]) AND ${unused('w.person_id')}`,
    [people],
  );
  await sql.query(
    `DELETE FROM person_pairs w WHERE w.other_id = ANY($1::int[]) AND ${unused('w.other_id')}`,
    [people],
  );
  await sql.query(
    `DELETE FROM people p WHERE p.id = ANY($1::int[]) AND ${unused('p.id')}
      AND NOT EXISTS (SELECT 1 FROM statements WHERE person_id = p.id)
      AND NOT EXISTS (SELECT 1 FROM person_edits WHERE p.id IN (person_id, other_id))
      AND NOT EXISTS (SELECT 1 FROM people WHERE merged_into = p.id)
      AND NOT EXISTS (SELECT 1 FROM corrections WHERE person_id = p.id OR original_person_id = p.id)`,
    [people],
  );
  return true;
}
