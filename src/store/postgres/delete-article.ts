import type pg from 'pg';
import { matchKey } from '../../link/match-key.js';
import { inTransaction, row, rows, type Sql } from './sql.js';
import { documentLockKeys, lockKeys, personLockKey, speakerLockKey } from './write-locks.js';

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
  const found = await row<{ key: string; hash: string; canonical: string | null }>(
    sql,
    'SELECT source_key AS key, content_hash AS hash, canonical_url AS canonical FROM articles WHERE id = $1',
    [id],
  );
  if (!found) return false;
  // The locks an ingest of the same document, and the linking of its people and statements, take
  // (write-locks.ts), in their order: a document written meanwhile does not link to a person or statement
  // this deletes. Read again once locked: a concurrent delete or replacement may have come first.
  await lockKeys(sql, documentLockKeys(found.key, found.hash, found.canonical));
  const article = await row<{ key: string }>(
    sql,
    'SELECT source_key AS key FROM articles WHERE id = $1 FOR UPDATE',
    [id],
  );
  if (!article) return false;
  const people = await rows<{ id: number; familyKey: string | null; identityKey: string }>(
    sql,
    `SELECT id, family_key AS "familyKey", identity_key AS "identityKey" FROM people WHERE id IN (
        SELECT person_id FROM article_people WHERE article_id = $1
        UNION SELECT person_id FROM attributions WHERE article_id = $1 AND person_id IS NOT NULL)`,
    [id],
  );
  await lockKeys(
    sql,
    people.map((person) => personLockKey(person.familyKey, person.identityKey)),
  );
  const reports = await rows<{ statementId: number; personId: number | null; source: string | null }>(
    sql,
    `SELECT DISTINCT statement_id AS "statementId", person_id AS "personId", source_text AS source
      FROM attributions WHERE article_id = $1 AND statement_id IS NOT NULL`,
    [id],
  );
  await lockKeys(
    sql,
    reports.flatMap(({ personId, source }) =>
      personId !== null
        ? [speakerLockKey(`p${personId}`)]
        : source !== null
          ? [speakerLockKey(`s:${matchKey(source)}`)]
          : [],
    ),
  );
  const statements = [...new Set(reports.map((report) => report.statementId))];
  await sql.query('DELETE FROM articles WHERE id = $1', [id]);
  await sql.query('DELETE FROM article_revisions WHERE source_key = $1', [article.key]);
  if (statements.length > 0)
    await sql.query(
      `DELETE FROM statements s WHERE s.id = ANY($1::int[])
        AND NOT EXISTS (SELECT 1 FROM attributions WHERE statement_id = s.id)`,
      [statements],
    );
  if (people.length === 0) return true;
  const ids = people.map((person) => person.id);
  const unused = (column: string) => `NOT EXISTS (SELECT 1 FROM article_people WHERE person_id = ${column})
    AND NOT EXISTS (SELECT 1 FROM attributions WHERE person_id = ${column})`;
  await sql.query(
    `DELETE FROM person_role_words w WHERE w.person_id = ANY($1::int[]) AND ${unused('w.person_id')}`,
    [ids],
  );
  await sql.query(
    `DELETE FROM person_pairs w WHERE w.person_id = ANY($1::int[]) AND ${unused('w.person_id')}`,
    [ids],
  );
  await sql.query(
    `DELETE FROM person_pairs w WHERE w.other_id = ANY($1::int[]) AND ${unused('w.other_id')}`,
    [ids],
  );
  await sql.query(
    `DELETE FROM people p WHERE p.id = ANY($1::int[]) AND ${unused('p.id')}
      AND NOT EXISTS (SELECT 1 FROM statements WHERE person_id = p.id)
      AND NOT EXISTS (SELECT 1 FROM person_edits WHERE p.id IN (person_id, other_id))
      AND NOT EXISTS (SELECT 1 FROM people WHERE merged_into = p.id)
      AND NOT EXISTS (SELECT 1 FROM corrections WHERE person_id = p.id OR original_person_id = p.id)`,
    [ids],
  );
  return true;
}
