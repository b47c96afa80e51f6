import type Database from 'better-sqlite3';

/**
 * Removes an article and what derives only from it, in one transaction. The article's own rows go by
 * ON DELETE CASCADE (blocks, its people's links, aliases, roles, mentions, attributions and their report
 * terms, the original document, copy links and bands; the full-text index by trigger); its earlier
 * revisions go with it. Statements left without reports go, then people left without articles (unless a
 * hand edit, a statement or a correction still names them: their history stays explainable).
 *
 * Corrections of its attributions are kept: they are a record of what someone judged, kept by the
 * article's key, so that ingesting the article again applies them again (as a re-ingest does).
 */
export function prepareDeleteArticle(db: Database.Database): (id: number) => boolean {
  const article = db.prepare<[number], string>('SELECT source_key FROM articles WHERE id = ?').pluck();
  const statementsOf = db
    .prepare<[number], number>(
      'SELECT DISTINCT statement_id FROM attributions WHERE article_id = ? AND statement_id IS NOT NULL',
    )
    .pluck();
  const peopleOf = db
    .prepare<[number, number], number>(
      `SELECT person_id FROM article_people WHERE article_id = ?
        UNION SELECT person_id FROM attributions WHERE article_id = ? AND person_id IS NOT NULL`,
    )
    .pluck();
  const deleteArticle = db.prepare<[number]>('DELETE FROM articles WHERE id = ?');
  const deleteRevisions = db.prepare<[string]>('DELETE FROM article_revisions WHERE source_key = ?');
  const deleteStatementIfEmpty = db.prepare<[number, number]>(
    'DELETE FROM statements WHERE id = ? AND NOT EXISTS (SELECT 1 FROM attributions WHERE statement_id = ?)',
  );
  const unused = `NOT EXISTS (SELECT 1 FROM article_people WHERE person_id = @id)
    AND NOT EXISTS (SELECT 1 FROM attributions WHERE person_id = @id)`;
  const deleteEvidence = [
    db.prepare<{ id: number }>(`DELETE FROM person_role_words WHERE person_id = @id AND ${unused}`),
    db.prepare<{ id: number }>(`DELETE FROM person_pairs WHERE person_id = @id AND ${unused}`),
    db.prepare<{ id: number }>(`DELETE FROM person_pairs WHERE other_id = @id AND ${unused}`),
  ];
  const deletePerson = db.prepare<{ id: number }>(
    `DELETE FROM people WHERE id = @id AND ${unused}
      AND NOT EXISTS (SELECT 1 FROM statements WHERE person_id = @id)
      AND NOT EXISTS (SELECT 1 FROM person_edits WHERE @id IN (person_id, other_id))
      AND NOT EXISTS (SELECT 1 FROM people WHERE merged_into = @id)
      AND NOT EXISTS (SELECT 1 FROM corrections WHERE person_id = @id OR original_person_id = @id)`,
  );

  const remove = db.transaction((id: number): boolean => {
    const key = article.get(id);
    if (key === undefined) return false;
    const statements = statementsOf.all(id);
    const people = peopleOf.all(id, id);
    deleteArticle.run(id);
    deleteRevisions.run(key);
    for (const statement of statements) deleteStatementIfEmpty.run(statement, statement);
    for (const person of people) {
      for (const evidence of deleteEvidence) evidence.run({ id: person });
      deletePerson.run({ id: person });
    }
    return true;
  });
  return (id) => remove.immediate(id);
}
