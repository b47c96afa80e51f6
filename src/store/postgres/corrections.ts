import { matchKey } from '../../link/match-key.js';
import { bestMatch, contentTextOf, correctedLocalId, type KeptCorrection } from '../correction-match.js';
import { speakerKey } from '../statement-linking.js';
import type { TextSpan } from '../../types.js';
import {
  CORRECTION_KINDS,
  StoreRequestError,
  type CorrectionInput,
  type CorrectionRecord,
} from '../store.js';
import { row, rows, type Sql } from './sql.js';
import { documentLockKeys, lockKeys, speakerLockKey } from './write-locks.js';

/**
 * Hand corrections of attributions, as src/store/sqlite/corrections.ts keeps them (the reference: see its
 * comments for what each step is for). 'wrong' sets the attribution's `wrong` flag; 'speaker' rewrites its
 * person and speaker, moves it to a statement of that person and its report terms under that speaker. Each
 * correction keeps what it changed, to undo it, and the attribution's words and cue under the article's key,
 * to find the attribution again when the article is rewritten (`reapplyCorrections`).
 *
 * Every function here runs on the `sql` it is given: the caller holds the transaction.
 */

/** What a correction changes in an attribution, as the attribution row holds it. */
interface Speaking {
  id: number;
  articleId: number;
  personId: number | null;
  speakerLocalId: string | null;
  speakerName: string | null;
  statementId: number | null;
  sourceText: string | null;
  /** The content fragments: jsonb arrives parsed, json text as a string. */
  content: unknown;
  cueText: string | null;
  cueStart: number | null;
}

const RECORD_SELECT = `SELECT id, attribution_id AS "attributionId", kind, person_id AS "personId", made_by AS by,
  note, made_at AS "madeAt", undone_at AS "undoneAt" FROM corrections`;

const SPEAKING_SELECT = `SELECT id, article_id AS "articleId", person_id AS "personId",
  speaker_local_id AS "speakerLocalId", speaker_name AS "speakerName", statement_id AS "statementId",
  source_text AS "sourceText", content, cue_text AS "cueText", cue_start AS "cueStart"
  FROM attributions`;

const KEPT_COLUMNS = `id, kind, person_id AS "personId", content_text AS "contentText",
  content_start AS "contentStart", cue_text AS "cueText", cue_start AS "cueStart",
  original_person_id AS "originalPersonId", original_speaker_local_id AS "originalSpeakerLocalId",
  original_speaker_name AS "originalSpeakerName", original_statement_id AS "originalStatementId"`;

const now = (): string => new Date().toISOString();

/** The content fragments of an attribution row, whichever way the column type brings them. */
const spansOf = (content: unknown): TextSpan[] =>
  (typeof content === 'string' ? JSON.parse(content) : content) as TextSpan[];

const speaking = (sql: Sql, id: number): Promise<Speaking | undefined> =>
  row<Speaking>(sql, `${SPEAKING_SELECT} WHERE id = $1`, [id]);

const recordById = async (sql: Sql, id: number): Promise<CorrectionRecord> =>
  (await row<CorrectionRecord>(sql, `${RECORD_SELECT} WHERE id = $1`, [id]))!;

/** The correction of this kind in force on an attribution, newest first. */
const activeOf = (sql: Sql, attributionId: number, kind: string): Promise<CorrectionRecord | undefined> =>
  row<CorrectionRecord>(
    sql,
    `${RECORD_SELECT} WHERE attribution_id = $1 AND kind = $2 AND undone_at IS NULL ORDER BY id DESC LIMIT 1`,
    [attributionId, kind],
  );

/** The person `id` is now (following merges), or null when there is none. */
async function currentPerson(sql: Sql, id: number): Promise<{ id: number; name: string } | null> {
  const query = 'SELECT id, name, merged_into AS "mergedInto" FROM people WHERE id = $1';
  type Found = { id: number; name: string; mergedInto: number | null };
  let found = await row<Found>(sql, query, [id]);
  while (found?.mergedInto) found = await row<Found>(sql, query, [found.mergedInto]);
  return found ? { id: found.id, name: found.name } : null;
}

const setWrong = (sql: Sql, wrong: 0 | 1, id: number) =>
  sql.query('UPDATE attributions SET wrong = $1 WHERE id = $2', [wrong, id]);

const setSpeaker = (
  sql: Sql,
  personId: number | null,
  localId: string | null,
  name: string | null,
  id: number,
) =>
  sql.query(
    'UPDATE attributions SET person_id = $1, speaker_local_id = $2, speaker_name = $3 WHERE id = $4',
    [personId, localId, name, id],
  );

const setStatement = (sql: Sql, statementId: number, match: string | null, id: number) =>
  sql.query('UPDATE attributions SET statement_id = $1, statement_match = $2, altered = 0 WHERE id = $3', [
    statementId,
    match,
    id,
  ]);

/**
 * Files an attribution's report terms under `key` (none when null). SQLite's `UPDATE OR IGNORE` leaves a term
 * the attribution already has under the new key where it is; the NOT EXISTS does the same here.
 */
async function moveTerms(sql: Sql, key: string | null, attributionId: number): Promise<void> {
  if (key === null) {
    await sql.query('DELETE FROM report_terms WHERE attribution_id = $1', [attributionId]);
    return;
  }
  await sql.query(
    `UPDATE report_terms t SET speaker_key = $1
      WHERE t.attribution_id = $2 AND NOT EXISTS (
        SELECT 1 FROM report_terms o
        WHERE o.speaker_key = $1 AND o.term = t.term AND o.dated = t.dated AND o.attribution_id = t.attribution_id)`,
    [key, attributionId],
  );
}

/** Moves an attribution to a statement of its (new) speaker: its own, or a new one if it shared one. */
async function restate(sql: Sql, attribution: Speaking, personId: number | null): Promise<void> {
  const sourceKey =
    personId === null && attribution.sourceText !== null ? matchKey(attribution.sourceText) : null;
  const shared =
    attribution.statementId !== null &&
    (await row(sql, 'SELECT 1 FROM attributions WHERE statement_id = $1 AND id <> $2 LIMIT 1', [
      attribution.statementId,
      attribution.id,
    ])) !== undefined;
  if (attribution.statementId !== null && !shared)
    await sql.query('UPDATE statements SET person_id = $1, source_key = $2 WHERE id = $3', [
      personId,
      sourceKey,
      attribution.statementId,
    ]);
  else {
    const created = await row<{ id: number }>(
      sql,
      'INSERT INTO statements (person_id, source_key, created_at) VALUES ($1, $2, $3) RETURNING id',
      [personId, sourceKey, now()],
    );
    await setStatement(sql, created!.id, 'first', attribution.id);
  }
  await moveTerms(sql, speakerKey(personId, attribution.sourceText), attribution.id);
}

/** Makes `personId` (null: unnamed) the attribution's speaker. */
async function applySpeaker(sql: Sql, location: string, attribution: Speaking, personId: number | null) {
  if (personId === null) await setSpeaker(sql, null, null, null, attribution.id);
  else {
    const found = await currentPerson(sql, personId);
    if (!found) throw new StoreRequestError(location, 'not-found', `no person with id ${personId}`);
    const local = await row<{ localId: string }>(
      sql,
      `SELECT local_id AS "localId" FROM article_people WHERE article_id = $1 AND person_id = $2
        ORDER BY local_id LIMIT 1`,
      [attribution.articleId, found.id],
    );
    await setSpeaker(sql, found.id, local?.localId ?? correctedLocalId(found.id), found.name, attribution.id);
    personId = found.id;
  }
  await restate(sql, attribution, personId);
}

/** Restores what a speaker correction changed. */
async function restoreSpeaker(sql: Sql, correction: KeptCorrection, attributionId: number): Promise<void> {
  const attribution = await speaking(sql, attributionId);
  if (!attribution) return;
  const original =
    correction.originalPersonId === null
      ? null
      : ((await currentPerson(sql, correction.originalPersonId))?.id ?? null);
  await setSpeaker(
    sql,
    original,
    original === null ? null : correction.originalSpeakerLocalId,
    original === null ? null : correction.originalSpeakerName,
    attributionId,
  );
  const back = correction.originalStatementId;
  const backExists =
    back !== null &&
    back !== attribution.statementId &&
    (await row(sql, 'SELECT 1 FROM statements WHERE id = $1', [back])) !== undefined;
  if (back !== null && backExists) {
    await setStatement(sql, back, null, attributionId);
    if (attribution.statementId !== null)
      await sql.query(
        `DELETE FROM statements WHERE id = $1
          AND NOT EXISTS (SELECT 1 FROM attributions WHERE statement_id = $1)`,
        [attribution.statementId],
      );
    await moveTerms(sql, speakerKey(original, attribution.sourceText), attributionId);
  } else await restate(sql, { ...attribution, personId: original }, original);
}

async function apply(
  sql: Sql,
  location: string,
  id: number,
  kind: 'wrong' | 'speaker',
  personId: number | null,
  attribution: Speaking,
): Promise<void> {
  if (kind === 'wrong') {
    await setWrong(sql, 1, attribution.id);
    return;
  }
  await sql.query(
    `UPDATE corrections SET original_person_id = $1, original_speaker_local_id = $2, original_speaker_name = $3,
        original_statement_id = $4 WHERE id = $5`,
    [attribution.personId, attribution.speakerLocalId, attribution.speakerName, attribution.statementId, id],
  );
  await applySpeaker(sql, location, attribution, personId);
}

const markUndone = (sql: Sql, by: string, id: number) =>
  sql.query('UPDATE corrections SET undone_at = $1, undone_by = $2 WHERE id = $3', [now(), by, id]);

/**
 * Records and applies a hand correction (run it in a transaction), what it changes locked first
 * (`lockCorrected`), as SQLite's immediate transaction has everything locked.
 */
export async function correctAttribution(
  sql: Sql,
  location: string,
  input: CorrectionInput,
): Promise<CorrectionRecord> {
  const fail = (problem: 'invalid' | 'not-found', message: string) =>
    new StoreRequestError(location, problem, message);
  // Input from a web form: checked here too, whatever the types say.
  if (!(CORRECTION_KINDS as readonly string[]).includes(input.kind))
    throw fail('invalid', `unknown correction kind ${input.kind as string}`);
  if (input.by.trim() === '') throw fail('invalid', 'a correction needs who made it (by)');
  const unlocked = Number.isSafeInteger(input.attributionId)
    ? await speaking(sql, input.attributionId)
    : undefined;
  if (!unlocked) throw fail('not-found', `no attribution with id ${input.attributionId}`);
  const personId = input.kind === 'speaker' ? (input.personId ?? null) : null;
  const target = personId === null ? null : await currentPerson(sql, personId);
  if (personId !== null && !target) throw fail('not-found', `no person with id ${personId}`);
  const speakers: (number | null)[] = [];
  if (input.kind === 'speaker') {
    const inForce = await activeOf(sql, unlocked.id, 'speaker');
    const original =
      inForce &&
      (await row<{ id: number | null }>(
        sql,
        'SELECT original_person_id AS id FROM corrections WHERE id = $1',
        [inForce.id],
      ));
    speakers.push(target?.id ?? null, original?.id ?? null);
  }
  const locked = await lockCorrected(sql, unlocked, speakers);
  if (!locked) throw fail('not-found', `no attribution with id ${input.attributionId}`);
  const inForce = await activeOf(sql, locked.id, input.kind);
  if (inForce && input.kind === 'wrong') return inForce;
  if (inForce) await undoLocked(sql, location, inForce.id, input.by);
  const fresh = (await speaking(sql, locked.id))!;
  const person = personId === null ? null : await currentPerson(sql, personId);
  if (personId !== null && !person) throw fail('not-found', `no person with id ${personId}`);
  const content = spansOf(fresh.content);
  const inserted = await row<{ id: number }>(
    sql,
    `INSERT INTO corrections (attribution_id, article_id, article_key, content_text, content_start, cue_text,
        cue_start, kind, person_id, made_by, note, made_at)
      SELECT $1, $2, source_key, $3, $4, $5, $6, $7, $8, $9, $10, $11 FROM articles WHERE id = $2
      RETURNING id`,
    [
      fresh.id,
      fresh.articleId,
      contentTextOf(content),
      content[0]?.start ?? 0,
      fresh.cueText,
      fresh.cueStart,
      input.kind,
      person?.id ?? null,
      input.by,
      input.note ?? '',
      now(),
    ],
  );
  await apply(sql, location, inserted!.id, input.kind, personId, fresh);
  return recordById(sql, inserted!.id);
}

/** Undoes a correction (run it in a transaction): the attribution is as it was before it. */
export async function undoCorrection(
  sql: Sql,
  location: string,
  id: number,
  by: string,
): Promise<CorrectionRecord> {
  const found = Number.isSafeInteger(id)
    ? await row<{ attributionId: number; kind: string; originalPersonId: number | null }>(
        sql,
        `SELECT attribution_id AS "attributionId", kind, original_person_id AS "originalPersonId"
          FROM corrections WHERE id = $1`,
        [id],
      )
    : undefined;
  const attribution = found && (await speaking(sql, found.attributionId));
  if (found && attribution)
    await lockCorrected(sql, attribution, found.kind === 'speaker' ? [found.originalPersonId] : []);
  return undoLocked(sql, location, id, by);
}

/**
 * Locks what a correction of this attribution changes, as a document's write locks it (write-locks.ts), in
 * that order: its article's document (a re-ingest of it waits, and reapplies the correction after), then the
 * speakers whose reports it moves between (the attribution's, and `people`: person ids, null for its source
 * unnamed). Then the attribution's row: two corrections of it are made one after the other. Returns the row
 * as it is once locked.
 */
async function lockCorrected(
  sql: Sql,
  attribution: Speaking,
  people: readonly (number | null)[],
): Promise<Speaking | undefined> {
  const article = await row<{ key: string; hash: string }>(
    sql,
    'SELECT source_key AS key, content_hash AS hash FROM articles WHERE id = $1',
    [attribution.articleId],
  );
  if (article) await lockKeys(sql, documentLockKeys(article.key, article.hash, null));
  const speakers = [attribution.personId, ...people].map((personId) =>
    speakerKey(personId, attribution.sourceText),
  );
  await lockKeys(sql, speakers.filter((key) => key !== null).map(speakerLockKey));
  return row<Speaking>(sql, `${SPEAKING_SELECT} WHERE id = $1 FOR UPDATE`, [attribution.id]);
}

/** Undoes a correction, what it changes locked already. */
async function undoLocked(sql: Sql, location: string, id: number, by: string): Promise<CorrectionRecord> {
  const correction = await row<KeptCorrection & { attributionId: number; undoneAt: string | null }>(
    sql,
    `SELECT ${KEPT_COLUMNS}, attribution_id AS "attributionId", undone_at AS "undoneAt"
      FROM corrections WHERE id = $1 FOR UPDATE`,
    [id],
  );
  if (!correction) throw new StoreRequestError(location, 'not-found', `no correction with id ${id}`);
  if (correction.undoneAt !== null)
    throw new StoreRequestError(location, 'conflict', `correction ${id} was undone already`);
  await markUndone(sql, by, id);
  if (correction.kind === 'wrong') {
    if (!(await activeOf(sql, correction.attributionId, 'wrong')))
      await setWrong(sql, 0, correction.attributionId);
  } else await restoreSpeaker(sql, correction, correction.attributionId);
  return recordById(sql, id);
}

/** Corrections, oldest first, undone ones included. */
export async function listCorrections(
  sql: Sql,
  filter: { attributionId?: number; articleId?: number },
): Promise<CorrectionRecord[]> {
  if (filter.attributionId !== undefined && filter.articleId !== undefined)
    return rows<CorrectionRecord>(
      sql,
      `${RECORD_SELECT} WHERE attribution_id = $1 AND article_id = $2 ORDER BY id`,
      [filter.attributionId, filter.articleId],
    );
  if (filter.attributionId !== undefined)
    return rows<CorrectionRecord>(sql, `${RECORD_SELECT} WHERE attribution_id = $1 ORDER BY id`, [
      filter.attributionId,
    ]);
  if (filter.articleId !== undefined)
    return rows<CorrectionRecord>(sql, `${RECORD_SELECT} WHERE article_id = $1 ORDER BY id`, [
      filter.articleId,
    ]);
  return rows<CorrectionRecord>(sql, `${RECORD_SELECT} ORDER BY id`);
}

/** The corrections in force on an article's attributions, by attribution id ('wrong' before 'speaker'). */
export async function activeCorrectionsIn(
  sql: Sql,
  articleId: number,
): Promise<Map<number, CorrectionRecord>> {
  const found = new Map<number, CorrectionRecord>();
  const active = await rows<CorrectionRecord>(
    sql,
    `${RECORD_SELECT} WHERE article_id = $1 AND undone_at IS NULL ORDER BY id`,
    [articleId],
  );
  for (const correction of active)
    if (correction.kind === 'wrong' || !found.has(correction.attributionId))
      found.set(correction.attributionId, correction);
  return found;
}

/**
 * Applies again the corrections kept under an article's key to its attributions as just rewritten (called
 * by the document write, inside its transaction). A correction whose words are no longer extracted ends,
 * kept for the record.
 */
export async function reapplyCorrections(
  sql: Sql,
  articleId: number,
  key: string,
  location = 'postgres',
): Promise<void> {
  const corrections = await rows<KeptCorrection>(
    sql,
    `SELECT ${KEPT_COLUMNS} FROM corrections WHERE article_key = $1 AND undone_at IS NULL ORDER BY id`,
    [key],
  );
  if (corrections.length === 0) return;
  const attributions = await rows<Speaking>(sql, `${SPEAKING_SELECT} WHERE article_id = $1 ORDER BY seq`, [
    articleId,
  ]);
  const matches = corrections.map((correction) =>
    bestMatch(correction, attributions, (attribution) => spansOf(attribution.content)),
  );
  // The document's write holds the locks of the speakers it extracted; a speaker correction files reports
  // under another one, whose earlier reports a concurrent write may be reading.
  const speakers: string[] = [];
  for (const [index, correction] of corrections.entries()) {
    const match = matches[index];
    if (!match || correction.kind !== 'speaker') continue;
    const target = correction.personId === null ? null : await currentPerson(sql, correction.personId);
    const speaker = speakerKey(target?.id ?? null, match.sourceText);
    if (speaker !== null) speakers.push(speakerLockKey(speaker));
  }
  await lockKeys(sql, speakers);
  for (const [index, correction] of corrections.entries()) {
    const match = matches[index];
    if (!match) {
      await markUndone(sql, 'onrecord: the attribution is no longer in the article', correction.id);
      continue;
    }
    await sql.query('UPDATE corrections SET attribution_id = $1, article_id = $2 WHERE id = $3', [
      match.id,
      articleId,
      correction.id,
    ]);
    await apply(
      sql,
      location,
      correction.id,
      correction.kind,
      correction.personId,
      (await speaking(sql, match.id))!,
    );
  }
}
