import { StoreError } from '../../errors.js';
import { matchKey } from '../../link/match-key.js';
import { parsePersonName } from '../../link/person-name.js';
import { UNDOABLE_MOVE_TABLES } from '../person-edit-moves.js';
import { explanationOf, type EditRow, type LinkRow } from '../person-explanation.js';
import { StoreRequestError, type PersonExplanation, type PersonRecord } from '../store.js';
import { inSavepoint, row, rows, type Sql } from './sql.js';
import { lockKeys, personLockKey, speakerLockKey } from './write-locks.js';

/**
 * Hand edits of who is who, as src/store/sqlite/edit-people.ts makes them (the reference: see its comments).
 * A merge moves every row of one person to the other and keeps the merged row pointing at the person it
 * became; a split moves one person's rows in some articles to a new person; both are recorded with the
 * user's note, and a merge keeps what it moved and dropped so that it can be undone.
 *
 * Every function here runs on the `sql` it is given, inside the caller's transaction.
 */

/**
 * A table column holding a person, and the other columns of the table's unique key that hold it (none: no
 * unique key holds the column, and moving a row never collides). SQLite's `UPDATE OR IGNORE` skips a row
 * whose move would collide with a row the person it joins already has; the NOT EXISTS built from `unique`
 * does the same here.
 */
interface PersonColumn {
  readonly table: string;
  readonly column: string;
  readonly unique: readonly string[] | null;
}

/** The tables that hold a person id, and how a merge or split moves them. */
const PERSON_COLUMNS: readonly PersonColumn[] = [
  { table: 'attributions', column: 'person_id', unique: null },
  { table: 'article_people', column: 'person_id', unique: null },
  { table: 'person_aliases', column: 'person_id', unique: ['article_id', 'alias_key'] },
  { table: 'person_roles', column: 'person_id', unique: null },
  { table: 'mentions', column: 'person_id', unique: null },
];

/** Linking evidence kept per person, not per article: a merge moves it; a split leaves it (a superset). */
const EVIDENCE_COLUMNS: readonly PersonColumn[] = [
  { table: 'person_role_words', column: 'person_id', unique: ['word'] },
  { table: 'person_pairs', column: 'person_id', unique: ['other_id'] },
  { table: 'person_pairs', column: 'other_id', unique: ['person_id'] },
];

const ALL_COLUMNS = [...PERSON_COLUMNS, ...EVIDENCE_COLUMNS];

/** Report terms are filed under the speaker key `p<id>`; the rest of their key is this. */
const REPORT_TERMS: PersonColumn = {
  table: 'report_terms',
  column: 'speaker_key',
  unique: ['term', 'dated', 'attribution_id'],
};

type Row = Record<string, unknown>;

interface PersonRow {
  id: number;
  name: string;
  identityKey: string;
  familyKey: string | null;
  mergedInto: number | null;
}

const now = (): string => new Date().toISOString();

/** `"name"`: the names here are this file's own constants, quoted anyway. */
const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

const personById = (sql: Sql, id: number): Promise<PersonRow | undefined> =>
  row<PersonRow>(
    sql,
    `SELECT id, name, identity_key AS "identityKey", family_key AS "familyKey", merged_into AS "mergedInto"
      FROM people WHERE id = $1`,
    [id],
  );

/**
 * Takes the locks a document's linking takes on these people (write-locks.ts), in the order it takes them:
 * their coarse family keys (and `families`, more of them), then their reports' speaker keys. A document
 * linked beside an edit of its people would otherwise write rows under a person just merged away; two edits
 * of the same people wait for each other.
 * The people are read before the locks are taken: read them again after (`live`).
 */
async function lockPeople(sql: Sql, ids: readonly number[], families: readonly string[] = []): Promise<void> {
  const people: PersonRow[] = [];
  for (const id of ids) {
    const found = Number.isSafeInteger(id) ? await personById(sql, id) : undefined;
    if (found) people.push(found);
  }
  await lockKeys(sql, [
    ...people.map((person) => personLockKey(person.familyKey, person.identityKey)),
    ...families.map((family) => personLockKey(family, '')),
  ]);
  await lockKeys(
    sql,
    people.map((person) => speakerLockKey(`p${person.id}`)),
  );
}

/** The person `id`, refused when there is none or it was merged into another. */
async function live(sql: Sql, location: string, id: number): Promise<PersonRow> {
  const found = Number.isSafeInteger(id) ? await personById(sql, id) : undefined;
  if (!found) throw new StoreError(location, `no person with id ${id}`);
  if (found.mergedInto !== null)
    throw new StoreError(location, `person ${id} (${found.name}) was merged into ${found.mergedInto}`);
  return found;
}

/** Follows merges to the person that stands for them all. */
async function current(sql: Sql, id: number): Promise<number> {
  let at = id;
  for (let found = await personById(sql, at); found?.mergedInto; found = await personById(sql, at))
    at = found.mergedInto;
  return at;
}

/**
 * Moves the rows of `column` from `from` to `to` (only in these articles, when given; only report terms of
 * these attributions' people, for `termsOf`), leaving where they are the rows the move would duplicate.
 */
async function move(
  sql: Sql,
  { table, column, unique }: PersonColumn,
  to: number | string,
  from: number | string,
  only: { articleIds?: readonly number[]; attributionsOf?: number } = {},
): Promise<void> {
  const conditions = [`t.${quote(column)} = $2`];
  const values: unknown[] = [to, from];
  if (unique !== null)
    conditions.push(`NOT EXISTS (SELECT 1 FROM ${quote(table)} o WHERE o.${quote(column)} = $1
      ${unique.map((name) => ` AND o.${quote(name)} = t.${quote(name)}`).join('')})`);
  if (only.articleIds !== undefined) {
    values.push(only.articleIds);
    conditions.push(`t.article_id = ANY($${values.length}::int[])`);
  }
  if (only.attributionsOf !== undefined) {
    values.push(only.attributionsOf);
    conditions.push(`t.attribution_id IN (SELECT id FROM attributions WHERE person_id = $${values.length})`);
  }
  await sql.query(
    `UPDATE ${quote(table)} t SET ${quote(column)} = $1 WHERE ${conditions.join(' AND ')}`,
    values,
  );
}

/** Moves everything of `from` to `to`, but for the rows `to` has already (left under `from`). */
async function moveAll(sql: Sql, to: number, from: number): Promise<void> {
  for (const column of ALL_COLUMNS) await move(sql, column, to, from);
  await sql.query('UPDATE statements SET person_id = $1 WHERE person_id = $2', [to, from]);
  await move(sql, REPORT_TERMS, `p${to}`, `p${from}`);
}

/** Drops what a merge left under `from` (the duplicates) and marks `from` merged into `to`. */
async function dropLeftovers(sql: Sql, to: number, from: number): Promise<void> {
  for (const { table, column } of ALL_COLUMNS)
    await sql.query(`DELETE FROM ${quote(table)} WHERE ${quote(column)} = $1`, [from]);
  await sql.query('DELETE FROM report_terms WHERE speaker_key = $1', [`p${from}`]);
  await sql.query('UPDATE people SET merged_into = $1 WHERE id = $2', [to, from]);
}

const recordEdit = async (
  sql: Sql,
  kind: 'merge' | 'split',
  personId: number,
  otherId: number,
  note: string,
): Promise<number> =>
  (await row<{ id: number }>(
    sql,
    'INSERT INTO person_edits (kind, person_id, other_id, note, made_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [kind, personId, otherId, note, now()],
  ))!.id;

/** One table of the moves a merge keeps: its rows of a person, restoring one, writing one again. */
const UNDOABLE_MOVES = UNDOABLE_MOVE_TABLES.map(({ table, column, key, speakerKey }) => ({
  // person_pairs moves under both its columns: the name tells which move kept a row.
  name: `${table}.${column}`,
  value: (personId: number): number | string => (speakerKey ? `p${personId}` : personId),
  select: (sql: Sql, value: number | string): Promise<Row[]> =>
    rows<Row>(sql, `SELECT * FROM ${quote(table)} WHERE ${quote(column)} = $1`, [value]),
  /** Puts a moved row back: found under the person it joined by its key. */
  restore: (sql: Sql, to: number | string, from: number | string, kept: Row) =>
    sql.query(
      `UPDATE ${quote(table)} SET ${quote(column)} = $1 WHERE ${quote(column)} = $2
        ${key.map((name, index) => ` AND ${quote(name)} IS NOT DISTINCT FROM $${index + 3}`).join('')}`,
      [to, from, ...key.map((name) => kept[name] ?? null)],
    ),
  /**
   * Writes a dropped row again (unless it is there), its values typed by the table's own columns. What it
   * pointed at (its article, a person) may have been deleted since the merge: it has nothing to come back
   * to, and the savepoint keeps that refusal from ending the transaction. An identity that is not the row's
   * id (person_aliases' rowid) is numbered anew, as SQLite numbers a row written again.
   */
  reinsert: async (sql: Sql, kept: Row): Promise<void> => {
    const names = (
      await rows<{ name: string }>(
        sql,
        `SELECT attname AS name FROM pg_attribute
          WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
            AND (attidentity = '' OR attname = 'id') AND attname = ANY($2::text[])`,
        [table, Object.keys(kept)],
      )
    ).map((found) => quote(found.name));
    try {
      await inSavepoint(sql, 'person_edit_reinsert', () =>
        sql.query(
          `INSERT INTO ${quote(table)} (${names.join(', ')})
            SELECT ${names.join(', ')} FROM jsonb_populate_record(NULL::${quote(table)}, $1::jsonb)
            ON CONFLICT DO NOTHING`,
          [JSON.stringify(kept)],
        ),
      );
    } catch (cause) {
      if ((cause as { code?: unknown }).code !== '23503') throw cause;
    }
  },
}));

/** Makes `from` one person with `into`, for good, keeping what moved and what was dropped (to undo it). */
export async function mergePeople(
  sql: Sql,
  location: string,
  into: number,
  from: number,
  note: string,
): Promise<void> {
  if (into === from) throw new StoreError(location, 'cannot merge a person with itself');
  await lockPeople(sql, [into, from]);
  await live(sql, location, into);
  await live(sql, location, from);
  const editId = await recordEdit(sql, 'merge', into, from, note);
  // What the merged person has, before the merge: a row still under it after the moves was dropped (the
  // person it joined had it already). Both kinds are kept, to undo the merge.
  const before: Row[][] = [];
  for (const move of UNDOABLE_MOVES) before.push(await move.select(sql, move.value(from)));
  await moveAll(sql, into, from);
  const tables: string[] = [];
  const moved: number[] = [];
  const kept: string[] = [];
  for (const [index, move] of UNDOABLE_MOVES.entries()) {
    if (before[index]!.length === 0) continue;
    const left = new Set((await move.select(sql, move.value(from))).map((found) => JSON.stringify(found)));
    for (const found of before[index]!) {
      const json = JSON.stringify(found);
      tables.push(move.name);
      moved.push(left.has(json) ? 0 : 1);
      kept.push(json);
    }
  }
  await sql.query(
    `INSERT INTO person_edit_rows (edit_id, table_name, moved, row)
      SELECT $1, t, m, r FROM unnest($2::text[], $3::int[], $4::jsonb[]) WITH ORDINALITY AS u(t, m, r, n)
      ORDER BY n`,
    [editId, tables, moved, kept],
  );
  await dropLeftovers(sql, into, from);
}

/**
 * Takes back a merge (the kept rows go back to the merged person) or a split (the new person is merged back,
 * for good: nobody else is that person). An edit made before later edits of the same people waits for them.
 */
export async function undoPersonEdit(sql: Sql, location: string, editId: number, by: string): Promise<void> {
  type Edit = { kind: 'merge' | 'split'; personId: number; otherId: number; undoneAt: string | null };
  const editById = () =>
    row<Edit>(
      sql,
      `SELECT kind, person_id AS "personId", other_id AS "otherId", undone_at AS "undoneAt" FROM person_edits
        WHERE id = $1`,
      [editId],
    );
  const found = Number.isSafeInteger(editId) ? await editById() : undefined;
  if (found) await lockPeople(sql, [found.personId, found.otherId]);
  const edit = found && (await editById());
  if (!edit) throw new StoreRequestError(location, 'not-found', `no person edit with id ${editId}`);
  if (edit.undoneAt !== null)
    throw new StoreRequestError(location, 'conflict', `person edit ${editId} was undone already`);
  const later = await row<{ id: number }>(
    sql,
    `SELECT id FROM person_edits WHERE id > $1 AND undone_at IS NULL
      AND (person_id IN ($2, $3) OR other_id IN ($2, $3)) ORDER BY id DESC LIMIT 1`,
    [editId, edit.personId, edit.otherId],
  );
  if (later !== undefined)
    throw new StoreRequestError(
      location,
      'conflict',
      `person edit ${later.id} changed these people after edit ${editId}: undo it first`,
    );
  if (edit.kind === 'merge') {
    // A moved row is found under the person it joined by its key; a dropped row is written again.
    const [into, from] = [edit.personId, edit.otherId];
    const kept = await rows<{ table: string; moved: number; row: unknown }>(
      sql,
      `SELECT table_name AS "table", moved, row FROM person_edit_rows WHERE edit_id = $1 ORDER BY ctid`,
      [editId],
    );
    for (const { table, moved, row: keptRow } of kept) {
      const undoable = UNDOABLE_MOVES.find((candidate) => candidate.name === table);
      if (!undoable) continue;
      // jsonb arrives parsed; json kept as text (a SQLite store copied here) as a string.
      const values = (typeof keptRow === 'string' ? JSON.parse(keptRow) : keptRow) as Row;
      if (moved === 1) await undoable.restore(sql, undoable.value(from), undoable.value(into), values);
      else await undoable.reinsert(sql, values);
    }
    await sql.query('UPDATE people SET merged_into = NULL WHERE id = $1', [from]);
  } else {
    const [original, created] = [edit.personId, edit.otherId];
    await moveAll(sql, original, created);
    await dropLeftovers(sql, original, created);
  }
  await sql.query('UPDATE person_edits SET undone_at = $1, undone_by = $2 WHERE id = $3', [
    now(),
    by,
    editId,
  ]);
}

/** Moves what the person is under `name` (in these articles only, when given) to a new person. */
export async function splitPerson(
  sql: Sql,
  location: string,
  id: number,
  name: string,
  articleIds: readonly number[] | null,
  note: string,
): Promise<PersonRecord> {
  const family = parsePersonName(name)?.familyKey ?? null;
  await lockPeople(sql, [id], family === null ? [] : [family]);
  const original = await live(sql, location, id);
  const key = matchKey(name);
  const moving = (
    await rows<{ articleId: number; localId: string; name: string }>(
      sql,
      `SELECT article_id AS "articleId", local_id AS "localId", name FROM article_people WHERE person_id = $1
        ORDER BY article_id`,
      [id],
    )
  ).filter(
    (local) => matchKey(local.name) === key && (articleIds === null || articleIds.includes(local.articleId)),
  );
  if (moving.length === 0)
    throw new StoreError(
      location,
      `person ${id} is not named "${name}"${articleIds === null ? '' : ` in article ${articleIds.join(', ')}`}`,
    );
  // The name's identity key stays with the original person: later articles keep linking there.
  const created = (await row<{ id: number }>(
    sql,
    'INSERT INTO people (name, name_key, identity_key, family_key) VALUES ($1, $2, $3, $4) RETURNING id',
    [moving[0]!.name, key, `${original.identityKey}#split-${Date.now()}-${id}`, family],
  ))!.id;
  for (const { articleId, localId } of moving) {
    await sql.query('UPDATE article_people SET person_id = $1 WHERE article_id = $2 AND local_id = $3', [
      created,
      articleId,
      localId,
    ]);
    await sql.query(
      'UPDATE attributions SET person_id = $1 WHERE article_id = $2 AND speaker_local_id = $3 AND person_id = $4',
      [created, articleId, localId, id],
    );
  }
  // Aliases, roles and mentions are not kept per local person: they move where nothing of the original
  // person is left in the article.
  const emptied = (
    await rows<{ articleId: number }>(
      sql,
      `SELECT a AS "articleId" FROM unnest($2::int[]) AS a
        WHERE NOT EXISTS (SELECT 1 FROM article_people WHERE person_id = $1 AND article_id = a)`,
      [id, [...new Set(moving.map((local) => local.articleId))]],
    )
  ).map((found) => found.articleId);
  for (const column of PERSON_COLUMNS) await move(sql, column, created, id, { articleIds: emptied });
  // Statements all of whose reports moved go with them; a statement reported in both stays.
  await sql.query(
    `UPDATE statements SET person_id = $1 WHERE person_id = $2 AND id IN (
        SELECT statement_id FROM attributions WHERE person_id = $1 AND statement_id IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM attributions a WHERE a.statement_id = statements.id AND a.person_id = statements.person_id)`,
    [created, id],
  );
  await move(sql, REPORT_TERMS, `p${created}`, `p${id}`, { attributionsOf: created });
  await recordEdit(sql, 'split', id, created, note);
  return { id: created, name: moving[0]!.name };
}

/** Why each article's person is this one, and the hand edits made to it. */
export async function explainPerson(sql: Sql, id: number): Promise<PersonExplanation> {
  const links = await rows<LinkRow>(
    sql,
    `SELECT ar.id, ar.file, ar.url, ap.name, ap.reason FROM article_people ap JOIN articles ar ON ar.id = ap.article_id
      WHERE ap.person_id = $1 ORDER BY ar.id`,
    [id],
  );
  const edits = await rows<EditRow>(
    sql,
    `SELECT e.id, e.kind, e.undone_at AS "undoneAt", p.id AS "otherId", p.name AS "otherName", e.note,
        e.made_at AS "madeAt"
      FROM person_edits e JOIN people p ON p.id = CASE WHEN e.person_id = $1 THEN e.other_id ELSE e.person_id END
      WHERE $1 IN (e.person_id, e.other_id) ORDER BY e.id`,
    [id],
  );
  return explanationOf(links, edits);
}

/** Ids of people named `query` or with that alias (any case), or the person with id `query`. */
export async function findPeopleIds(sql: Sql, query: string): Promise<number[]> {
  if (/^\d+$/u.test(query.trim())) {
    const id = Number(query);
    return Number.isSafeInteger(id) && (await personById(sql, id)) ? [await current(sql, id)] : [];
  }
  const key = matchKey(query);
  const found = await rows<{ id: number }>(
    sql,
    // The person a split made and its undoing merged back never was: its name finds nobody.
    `SELECT id FROM people WHERE name_key = $1 AND id NOT IN (
        SELECT other_id FROM person_edits WHERE kind = 'split' AND undone_at IS NOT NULL)
      UNION SELECT DISTINCT person_id FROM person_aliases WHERE alias_key = $1 ORDER BY 1`,
    [key],
  );
  // A merged person's name finds the person it became.
  const ids: number[] = [];
  for (const { id } of found) ids.push(await current(sql, id));
  return [...new Set(ids)];
}
