import type Database from 'better-sqlite3';
import { StoreError } from '../../errors.js';
import { matchKey } from '../../link/match-key.js';
import { parsePersonName } from '../../link/person-name.js';
import type { PersonExplanation, PersonRecord } from '../store.js';

/** The tables that hold a person id, and how a merge or split moves them. */
const PERSON_COLUMNS = [
  ['attributions', 'person_id'],
  ['article_people', 'person_id'],
  ['person_aliases', 'person_id'],
  ['person_roles', 'person_id'],
  ['mentions', 'person_id'],
] as const;

/** Linking evidence kept per person, not per article: a merge moves it; a split leaves it (a superset). */
const EVIDENCE_COLUMNS = [
  ['person_role_words', 'person_id'],
  ['person_pairs', 'person_id'],
  ['person_pairs', 'other_id'],
] as const;

export interface PeopleEditor {
  merge(into: number, from: number, note: string): void;
  /** Moves the person's mentions under `name` (in these articles only, when given) to a new person. */
  split(id: number, name: string, articleIds: readonly number[] | null, note: string): PersonRecord;
  explain(id: number): PersonExplanation;
  /** Ids of people named `query` or with that alias (any case), or the person with id `query`. */
  find(query: string): number[];
}

/**
 * Hand edits of who is who. A merge moves every row of one person to the other and keeps the merged row,
 * pointing at the person it became, so that later articles that name it are linked to the right one. A split
 * moves one person's rows in some articles to a new person. Both are recorded with the user's note:
 * `onrecord person` shows them beside the reasons the linker gave.
 */
export function preparePeopleEditor(location: string, db: Database.Database): PeopleEditor {
  const person = db.prepare<
    [number],
    { id: number; name: string; identityKey: string; mergedInto: number | null }
  >('SELECT id, name, identity_key AS identityKey, merged_into AS mergedInto FROM people WHERE id = ?');
  const moveAll = [...PERSON_COLUMNS, ...EVIDENCE_COLUMNS].map(([table, column]) =>
    db.prepare<[number, number]>(`UPDATE OR IGNORE ${table} SET ${column} = ? WHERE ${column} = ?`),
  );
  const dropLeftovers = [...PERSON_COLUMNS, ...EVIDENCE_COLUMNS].map(([table, column]) =>
    db.prepare<[number]>(`DELETE FROM ${table} WHERE ${column} = ?`),
  );
  const moveInArticles = PERSON_COLUMNS.map(([table, column]) =>
    db.prepare<[number, number, string]>(
      `UPDATE OR IGNORE ${table} SET ${column} = ? WHERE ${column} = ?
        AND article_id IN (SELECT value FROM json_each(?))`,
    ),
  );
  const moveStatements = db.prepare<[number, number]>(
    'UPDATE statements SET person_id = ? WHERE person_id = ?',
  );
  const moveTerms = db.prepare<[string, string]>(
    'UPDATE OR IGNORE report_terms SET speaker_key = ? WHERE speaker_key = ?',
  );
  const dropTerms = db.prepare<[string]>('DELETE FROM report_terms WHERE speaker_key = ?');
  const markMerged = db.prepare<[number, number]>('UPDATE people SET merged_into = ? WHERE id = ?');
  const recordEdit = db.prepare<[string, number, number, string, string]>(
    'INSERT INTO person_edits (kind, person_id, other_id, note, made_at) VALUES (?, ?, ?, ?, ?)',
  );
  const localsOf = db.prepare<[number], { articleId: number; localId: string; name: string }>(
    'SELECT article_id AS articleId, local_id AS localId, name FROM article_people WHERE person_id = ? ORDER BY article_id',
  );
  const moveLocal = db.prepare<[number, number, string]>(
    'UPDATE article_people SET person_id = ? WHERE article_id = ? AND local_id = ?',
  );
  const moveLocalAttributions = db.prepare<[number, number, string, number]>(
    'UPDATE attributions SET person_id = ? WHERE article_id = ? AND speaker_local_id = ? AND person_id = ?',
  );
  const stillIn = db
    .prepare<[number, number], number>(
      'SELECT 1 FROM article_people WHERE person_id = ? AND article_id = ? LIMIT 1',
    )
    .pluck();
  const insertPerson = db.prepare<[string, string, string, string | null]>(
    'INSERT INTO people (name, name_key, identity_key, family_key) VALUES (?, ?, ?, ?)',
  );
  // Statements all of whose reports moved go with them; a statement reported in both stays.
  const moveWholeStatements = db.prepare<[number, number, number]>(
    `UPDATE statements SET person_id = ? WHERE person_id = ? AND id IN (
        SELECT statement_id FROM attributions WHERE person_id = ? AND statement_id IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM attributions a WHERE a.statement_id = statements.id AND a.person_id = statements.person_id)`,
  );
  const moveTermsOf = db.prepare<[string, string, number]>(
    `UPDATE OR IGNORE report_terms SET speaker_key = ? WHERE speaker_key = ?
      AND attribution_id IN (SELECT id FROM attributions WHERE person_id = ?)`,
  );
  const links = db.prepare<
    [number],
    { id: number; file: string | null; url: string | null; name: string; reason: string }
  >(
    `SELECT ar.id, ar.file, ar.url, ap.name, ap.reason FROM article_people ap JOIN articles ar ON ar.id = ap.article_id
      WHERE ap.person_id = ? ORDER BY ar.id`,
  );
  const edits = db.prepare<
    [number, number],
    { kind: 'merge' | 'split'; otherId: number; otherName: string; note: string; madeAt: string }
  >(
    `SELECT e.kind, p.id AS otherId, p.name AS otherName, e.note, e.made_at AS madeAt
      FROM person_edits e JOIN people p ON p.id = CASE WHEN e.person_id = ? THEN e.other_id ELSE e.person_id END
      WHERE ? IN (e.person_id, e.other_id) ORDER BY e.id`,
  );
  const byName = db
    .prepare<[string, string], number>(
      `SELECT id FROM people WHERE name_key = ?
        UNION SELECT DISTINCT person_id FROM person_aliases WHERE alias_key = ? ORDER BY 1`,
    )
    .pluck();

  const live = (id: number): { id: number; name: string; identityKey: string } => {
    const found = person.get(id);
    if (!found) throw new StoreError(location, `no person with id ${id}`);
    if (found.mergedInto !== null)
      throw new StoreError(location, `person ${id} (${found.name}) was merged into ${found.mergedInto}`);
    return found;
  };
  const now = () => new Date().toISOString();
  /** Follows merges to the person that stands for them all. */
  const current = (id: number): number => {
    let at = id;
    for (let found = person.get(at); found?.mergedInto; found = person.get(at)) at = found.mergedInto;
    return at;
  };

  return {
    merge: db.transaction((into: number, from: number, note: string) => {
      if (into === from) throw new StoreError(location, 'cannot merge a person with itself');
      live(into);
      live(from);
      for (const move of moveAll) move.run(into, from);
      for (const drop of dropLeftovers) drop.run(from);
      moveStatements.run(into, from);
      moveTerms.run(`p${into}`, `p${from}`);
      dropTerms.run(`p${from}`);
      markMerged.run(into, from);
      recordEdit.run('merge', into, from, note, now());
    }),
    split: db.transaction(
      (id: number, name: string, articleIds: readonly number[] | null, note: string): PersonRecord => {
        const original = live(id);
        const key = matchKey(name);
        const moving = localsOf
          .all(id)
          .filter(
            (local) =>
              matchKey(local.name) === key && (articleIds === null || articleIds.includes(local.articleId)),
          );
        if (moving.length === 0)
          throw new StoreError(
            location,
            `person ${id} is not named "${name}"${articleIds === null ? '' : ` in article ${articleIds.join(', ')}`}`,
          );
        // The name's identity key stays with the original person: later articles keep linking there.
        const created = Number(
          insertPerson.run(
            moving[0]!.name,
            key,
            `${original.identityKey}#split-${Date.now()}-${id}`,
            parsePersonName(name)?.family ?? null,
          ).lastInsertRowid,
        );
        for (const { articleId, localId } of moving) {
          moveLocal.run(created, articleId, localId);
          moveLocalAttributions.run(created, articleId, localId, id);
        }
        // Aliases, roles and mentions are not kept per local person: they move where nothing of the
        // original person is left in the article.
        const emptied = JSON.stringify(
          [...new Set(moving.map((local) => local.articleId))].filter(
            (articleId) => stillIn.get(id, articleId) === undefined,
          ),
        );
        for (const move of moveInArticles) move.run(created, id, emptied);
        moveWholeStatements.run(created, id, created);
        moveTermsOf.run(`p${created}`, `p${id}`, created);
        recordEdit.run('split', id, created, note, now());
        return { id: created, name: moving[0]!.name };
      },
    ),
    explain: (id) => ({
      links: links.all(id).map(({ id: articleId, file, url, name, reason }) => ({
        article: { id: articleId, file, url },
        name,
        reason,
      })),
      edits: edits.all(id, id).map(({ kind, otherId, otherName, note, madeAt }) => ({
        kind,
        other: { id: otherId, name: otherName },
        note,
        madeAt,
      })),
    }),
    find: (query) => {
      if (/^\d+$/u.test(query.trim())) return person.get(Number(query)) ? [current(Number(query))] : [];
      const key = matchKey(query);
      // A merged person's name finds the person it became.
      return [...new Set(byName.all(key, key).map(current))];
    },
  };
}
