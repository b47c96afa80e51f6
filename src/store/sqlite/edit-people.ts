import type Database from 'better-sqlite3';
import { StoreError } from '../../errors.js';
import { matchKey } from '../../link/match-key.js';
import { parsePersonName } from '../../link/person-name.js';
import { UNDOABLE_MOVE_TABLES } from '../person-edit-moves.js';
import { explanationOf, type EditRow, type LinkRow } from '../person-explanation.js';
import { StoreRequestError, type PersonExplanation, type PersonRecord } from '../store.js';

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

type Row = Record<string, unknown>;

export interface PeopleEditor {
  merge(into: number, from: number, note: string): void;
  /** Takes back a merge or a split (see Store.undoPersonEdit). */
  undo(editId: number, by: string): void;
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
  const links = db.prepare<[number], LinkRow>(
    `SELECT ar.id, ar.file, ar.url, ap.name, ap.reason FROM article_people ap JOIN articles ar ON ar.id = ap.article_id
      WHERE ap.person_id = ? ORDER BY ar.id`,
  );
  const edits = db.prepare<[number, number], EditRow>(
    `SELECT e.id, e.kind, e.undone_at AS undoneAt, p.id AS otherId, p.name AS otherName, e.note, e.made_at AS madeAt
      FROM person_edits e JOIN people p ON p.id = CASE WHEN e.person_id = ? THEN e.other_id ELSE e.person_id END
      WHERE ? IN (e.person_id, e.other_id) ORDER BY e.id`,
  );
  const byName = db
    .prepare<[string, string], number>(
      // The person a split made and its undoing merged back never was: its name finds nobody.
      `SELECT id FROM people WHERE name_key = ? AND id NOT IN (
          SELECT other_id FROM person_edits WHERE kind = 'split' AND undone_at IS NOT NULL)
        UNION SELECT DISTINCT person_id FROM person_aliases WHERE alias_key = ? ORDER BY 1`,
    )
    .pluck();

  const keepRow = db.prepare<[number, string, number, string]>(
    'INSERT INTO person_edit_rows (edit_id, table_name, moved, row) VALUES (?, ?, ?, ?)',
  );
  const keptRows = db.prepare<[number], { table: string; moved: number; row: string }>(
    'SELECT table_name AS "table", moved, row FROM person_edit_rows WHERE edit_id = ? ORDER BY rowid',
  );
  const editById = db.prepare<
    [number],
    { kind: 'merge' | 'split'; personId: number; otherId: number; undoneAt: string | null }
  >(
    `SELECT kind, person_id AS personId, other_id AS otherId, undone_at AS undoneAt FROM person_edits
      WHERE id = ?`,
  );
  const laterEdit = db
    .prepare<[number, number, number, number, number], number>(
      `SELECT id FROM person_edits WHERE id > ? AND undone_at IS NULL
        AND (person_id IN (?, ?) OR other_id IN (?, ?)) ORDER BY id DESC LIMIT 1`,
    )
    .pluck();
  const markUndone = db.prepare<[string, string, number]>(
    'UPDATE person_edits SET undone_at = ?, undone_by = ? WHERE id = ?',
  );
  const unmarkMerged = db.prepare<[number]>('UPDATE people SET merged_into = NULL WHERE id = ?');
  const UNDOABLE_MOVES = UNDOABLE_MOVE_TABLES.map(({ table, column, key, speakerKey }) => {
    const value = (personId: number): number | string => (speakerKey ? `p${personId}` : personId);
    const select = db.prepare<[number | string], Row>(`SELECT * FROM ${table} WHERE ${column} = ?`);
    const restore = db.prepare(
      `UPDATE ${table} SET ${column} = ? WHERE ${column} = ? AND ${key.map((name) => `${name} IS ?`).join(' AND ')}`,
    );
    const keyValues = (row: Row): unknown[] => key.map((name) => row[name]);
    const reinsert = (row: Row): void => {
      const names = Object.keys(row);
      try {
        db.prepare(
          `INSERT OR IGNORE INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
        ).run(...names.map((name) => row[name]));
      } catch (cause) {
        // What the row pointed at (its article, a person) was deleted since the merge: it has nothing to
        // come back to.
        if ((cause as { code?: unknown }).code !== 'SQLITE_CONSTRAINT_FOREIGNKEY') throw cause;
      }
    };
    // person_pairs moves under both its columns: the name tells which move kept a row.
    return { name: `${table}.${column}`, column, value, select, restore, keyValues, reinsert };
  });

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
      const editId = Number(recordEdit.run('merge', into, from, note, now()).lastInsertRowid);
      // What the merged person has, before the merge: a row still under it after the moves was dropped
      // (the person it joined had it already). Both kinds are kept, to undo the merge.
      const before = UNDOABLE_MOVES.map((move) => move.select.all(move.value(from)));
      for (const move of moveAll) move.run(into, from);
      moveStatements.run(into, from);
      moveTerms.run(`p${into}`, `p${from}`);
      UNDOABLE_MOVES.forEach((move, index) => {
        const left = new Set(move.select.all(move.value(from)).map((row) => JSON.stringify(row)));
        for (const row of before[index]!) {
          const json = JSON.stringify(row);
          keepRow.run(editId, move.name, left.has(json) ? 0 : 1, json);
        }
      });
      for (const drop of dropLeftovers) drop.run(from);
      dropTerms.run(`p${from}`);
      markMerged.run(into, from);
    }),
    undo: db.transaction((editId: number, by: string) => {
      const edit = editById.get(editId);
      if (!edit) throw new StoreRequestError(location, 'not-found', `no person edit with id ${editId}`);
      if (edit.undoneAt !== null)
        throw new StoreRequestError(location, 'conflict', `person edit ${editId} was undone already`);
      const later = laterEdit.get(editId, edit.personId, edit.otherId, edit.personId, edit.otherId);
      if (later !== undefined)
        throw new StoreRequestError(
          location,
          'conflict',
          `person edit ${later} changed these people after edit ${editId}: undo it first`,
        );
      if (edit.kind === 'merge') {
        // The kept rows go back to the merged person: a moved row is found under the person it joined by its
        // key; a dropped row is written again, unless its article has gone since.
        const [into, from] = [edit.personId, edit.otherId];
        for (const kept of keptRows.all(editId)) {
          const move = UNDOABLE_MOVES.find((candidate) => candidate.name === kept.table);
          if (!move) continue;
          const row = JSON.parse(kept.row) as Row;
          if (kept.moved === 1) move.restore.run(move.value(from), move.value(into), ...move.keyValues(row));
          else move.reinsert(row);
        }
        unmarkMerged.run(from);
      } else {
        // A split is undone by merging the new person back, for good: nobody else is that person.
        const [original, created] = [edit.personId, edit.otherId];
        for (const move of moveAll) move.run(original, created);
        for (const drop of dropLeftovers) drop.run(created);
        moveStatements.run(original, created);
        moveTerms.run(`p${original}`, `p${created}`);
        dropTerms.run(`p${created}`);
        markMerged.run(original, created);
      }
      markUndone.run(now(), by, editId);
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
            parsePersonName(name)?.familyKey ?? null,
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
    explain: (id) => explanationOf(links.all(id), edits.all(id, id)),
    find: (query) => {
      if (/^\d+$/u.test(query.trim())) return person.get(Number(query)) ? [current(Number(query))] : [];
      const key = matchKey(query);
      // A merged person's name finds the person it became.
      return [...new Set(byName.all(key, key).map(current))];
    },
  };
}
