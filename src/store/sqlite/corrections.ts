import type Database from 'better-sqlite3';
import { matchKey } from '../../link/match-key.js';
import type { TextSpan } from '../../types.js';
import { bestMatch, contentTextOf, correctedLocalId, type KeptCorrection } from '../correction-match.js';
import { speakerKey } from '../statement-linking.js';
import {
  CORRECTION_KINDS,
  StoreRequestError,
  type CorrectionInput,
  type CorrectionRecord,
} from '../store.js';

export interface Corrections {
  readonly correct: (input: CorrectionInput) => CorrectionRecord;
  readonly undo: (id: number, by: string) => CorrectionRecord;
  readonly list: (filter: { attributionId?: number; articleId?: number }) => CorrectionRecord[];
  /** The corrections in force on an article's attributions, by attribution id ('wrong' before 'speaker'). */
  readonly activeIn: (articleId: number) => Map<number, CorrectionRecord>;
  /** Applies again the corrections kept under an article's key to its attributions as just rewritten. */
  readonly reapply: (articleId: number, key: string) => void;
}

interface CorrectionRow {
  id: number;
  attributionId: number;
  kind: 'wrong' | 'speaker';
  personId: number | null;
  by: string;
  note: string;
  madeAt: string;
  undoneAt: string | null;
}

/** What a correction changes in an attribution, as the attribution row holds it. */
interface Speaking {
  id: number;
  articleId: number;
  personId: number | null;
  speakerLocalId: string | null;
  speakerName: string | null;
  statementId: number | null;
  sourceText: string | null;
  content: string;
  cueText: string | null;
  cueStart: number | null;
}

const RECORD_SELECT = `SELECT id, attribution_id AS attributionId, kind, person_id AS personId, made_by AS by,
  note, made_at AS madeAt, undone_at AS undoneAt FROM corrections`;

/**
 * Hand corrections of attributions. 'wrong' sets the attribution's `wrong` flag (search and listings skip
 * it); 'speaker' rewrites its person (and speaker), moves it to a statement of that person and its report
 * terms under that speaker, so that it counts under the person everywhere. Each correction keeps what it
 * changed, to undo it, and the attribution's words and cue under the article's key, to find the
 * attribution again when the article is re-extracted and rewritten (`reapply`). A new speaker correction of
 * an attribution undoes the one in force first; a second 'wrong' returns the one in force.
 */
export function prepareCorrections(location: string, db: Database.Database): Corrections {
  const fail = (problem: 'invalid' | 'not-found' | 'conflict', message: string): StoreRequestError =>
    new StoreRequestError(location, problem, message);
  const byId = db.prepare<[number], CorrectionRow>(`${RECORD_SELECT} WHERE id = ?`);
  const ofAttribution = db.prepare<[number], CorrectionRow>(
    `${RECORD_SELECT} WHERE attribution_id = ? ORDER BY id`,
  );
  const ofArticle = db.prepare<[number], CorrectionRow>(`${RECORD_SELECT} WHERE article_id = ? ORDER BY id`);
  const all = db.prepare<[], CorrectionRow>(`${RECORD_SELECT} ORDER BY id`);
  const activeOfArticle = db.prepare<[number], CorrectionRow>(
    `${RECORD_SELECT} WHERE article_id = ? AND undone_at IS NULL ORDER BY id`,
  );
  const active = db.prepare<[number, string], CorrectionRow>(
    `${RECORD_SELECT} WHERE attribution_id = ? AND kind = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1`,
  );
  const speaking = db.prepare<[number], Speaking>(
    `SELECT id, article_id AS articleId, person_id AS personId, speaker_local_id AS speakerLocalId,
        speaker_name AS speakerName, statement_id AS statementId, source_text AS sourceText, content,
        cue_text AS cueText, cue_start AS cueStart
      FROM attributions WHERE id = ?`,
  );
  const ofArticleAttributions = db.prepare<[number], Speaking>(
    `SELECT id, article_id AS articleId, person_id AS personId, speaker_local_id AS speakerLocalId,
        speaker_name AS speakerName, statement_id AS statementId, source_text AS sourceText, content,
        cue_text AS cueText, cue_start AS cueStart
      FROM attributions WHERE article_id = ? ORDER BY seq`,
  );
  const articleKey = db.prepare<[number], string>('SELECT source_key FROM articles WHERE id = ?').pluck();
  const person = db.prepare<[number], { id: number; name: string; mergedInto: number | null }>(
    'SELECT id, name, merged_into AS mergedInto FROM people WHERE id = ?',
  );
  const localOf = db
    .prepare<[number, number], string>(
      'SELECT local_id FROM article_people WHERE article_id = ? AND person_id = ? ORDER BY local_id LIMIT 1',
    )
    .pluck();
  const setWrong = db.prepare<[number, number]>('UPDATE attributions SET wrong = ? WHERE id = ?');
  const setSpeaker = db.prepare<[number | null, string | null, string | null, number]>(
    'UPDATE attributions SET person_id = ?, speaker_local_id = ?, speaker_name = ? WHERE id = ?',
  );
  const setStatement = db.prepare<[number, string | null, number, number]>(
    'UPDATE attributions SET statement_id = ?, statement_match = ?, altered = ? WHERE id = ?',
  );
  const otherReports = db
    .prepare<[number, number], number>('SELECT count(*) FROM attributions WHERE statement_id = ? AND id != ?')
    .pluck();
  const statementExists = db.prepare<[number], number>('SELECT 1 FROM statements WHERE id = ?').pluck();
  const setStatementSpeaker = db.prepare<[number | null, string | null, number]>(
    'UPDATE statements SET person_id = ?, source_key = ? WHERE id = ?',
  );
  const insertStatement = db.prepare<[number | null, string | null, string]>(
    'INSERT INTO statements (person_id, source_key, created_at) VALUES (?, ?, ?)',
  );
  const deleteStatementIfEmpty = db.prepare<[number, number]>(
    'DELETE FROM statements WHERE id = ? AND NOT EXISTS (SELECT 1 FROM attributions WHERE statement_id = ?)',
  );
  const moveTerms = db.prepare<[string | null, number]>(
    'UPDATE OR IGNORE report_terms SET speaker_key = ? WHERE attribution_id = ?',
  );
  const dropTerms = db.prepare<[number]>('DELETE FROM report_terms WHERE attribution_id = ?');
  const insert = db.prepare<
    [
      number,
      number,
      string,
      string,
      number,
      string | null,
      number | null,
      string,
      number | null,
      string,
      string,
      string,
    ]
  >(
    `INSERT INTO corrections (attribution_id, article_id, article_key, content_text, content_start, cue_text,
        cue_start, kind, person_id, made_by, note, made_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const keepOriginal = db.prepare<[number | null, string | null, string | null, number | null, number]>(
    `UPDATE corrections SET original_person_id = ?, original_speaker_local_id = ?, original_speaker_name = ?,
        original_statement_id = ? WHERE id = ?`,
  );
  const markUndone = db.prepare<[string, string, number]>(
    'UPDATE corrections SET undone_at = ?, undone_by = ? WHERE id = ?',
  );
  const kept = db.prepare<[string], KeptCorrection>(
    `SELECT id, kind, person_id AS personId, content_text AS contentText, content_start AS contentStart,
        cue_text AS cueText, cue_start AS cueStart, original_person_id AS originalPersonId,
        original_speaker_local_id AS originalSpeakerLocalId, original_speaker_name AS originalSpeakerName,
        original_statement_id AS originalStatementId
      FROM corrections WHERE article_key = ? AND undone_at IS NULL ORDER BY id`,
  );
  const keptById = db.prepare<[number], KeptCorrection & { attributionId: number; undoneAt: string | null }>(
    `SELECT id, attribution_id AS attributionId, undone_at AS undoneAt, kind, person_id AS personId,
        content_text AS contentText, content_start AS contentStart, cue_text AS cueText, cue_start AS cueStart,
        original_person_id AS originalPersonId, original_speaker_local_id AS originalSpeakerLocalId,
        original_speaker_name AS originalSpeakerName, original_statement_id AS originalStatementId
      FROM corrections WHERE id = ?`,
  );
  const moveToAttribution = db.prepare<[number, number, number]>(
    'UPDATE corrections SET attribution_id = ?, article_id = ? WHERE id = ?',
  );

  const articleOf = db.prepare<[number], number>('SELECT article_id FROM corrections WHERE id = ?').pluck();
  const inArticle = (row: CorrectionRow, articleId: number | undefined): boolean =>
    articleOf.get(row.id) === articleId;
  const now = () => new Date().toISOString();
  const current = (id: number): { id: number; name: string } | null => {
    let found = person.get(id);
    while (found?.mergedInto) found = person.get(found.mergedInto);
    return found ? { id: found.id, name: found.name } : null;
  };

  /** Moves an attribution to a statement of its (new) speaker: its own, or a new one if it shared one. */
  const restate = (row: Speaking, personId: number | null): void => {
    const sourceKey = personId === null && row.sourceText !== null ? matchKey(row.sourceText) : null;
    if (row.statementId !== null && otherReports.get(row.statementId, row.id) === 0)
      setStatementSpeaker.run(personId, sourceKey, row.statementId);
    else {
      const created = Number(insertStatement.run(personId, sourceKey, now()).lastInsertRowid);
      setStatement.run(created, 'first', 0, row.id);
    }
    const key = speakerKey(personId, row.sourceText);
    if (key === null) dropTerms.run(row.id);
    else moveTerms.run(key, row.id);
  };

  /** Makes `personId` (null: unnamed) the attribution's speaker; returns what it was. */
  const applySpeaker = (row: Speaking, personId: number | null): void => {
    if (personId === null) setSpeaker.run(null, null, null, row.id);
    else {
      const found = current(personId);
      if (!found) throw fail('not-found', `no person with id ${personId}`);
      const local = localOf.get(row.articleId, found.id) ?? correctedLocalId(found.id);
      setSpeaker.run(found.id, local, found.name, row.id);
      personId = found.id;
    }
    restate(row, personId);
  };

  /** Restores what a speaker correction changed. */
  const restoreSpeaker = (correction: KeptCorrection, attributionId: number): void => {
    const row = speaking.get(attributionId);
    if (!row) return;
    const original =
      correction.originalPersonId === null ? null : (current(correction.originalPersonId)?.id ?? null);
    setSpeaker.run(
      original,
      original === null ? null : correction.originalSpeakerLocalId,
      original === null ? null : correction.originalSpeakerName,
      attributionId,
    );
    const back = correction.originalStatementId;
    if (back !== null && back !== row.statementId && statementExists.get(back) !== undefined) {
      setStatement.run(back, null, 0, attributionId);
      if (row.statementId !== null) deleteStatementIfEmpty.run(row.statementId, row.statementId);
      const key = speakerKey(original, row.sourceText);
      if (key === null) dropTerms.run(attributionId);
      else moveTerms.run(key, attributionId);
    } else restate({ ...row, personId: original }, original);
  };

  const apply = (id: number, kind: 'wrong' | 'speaker', personId: number | null, row: Speaking): void => {
    if (kind === 'wrong') {
      setWrong.run(1, row.id);
      return;
    }
    keepOriginal.run(row.personId, row.speakerLocalId, row.speakerName, row.statementId, id);
    applySpeaker(row, personId);
  };

  const correct = db.transaction((input: CorrectionInput): CorrectionRecord => {
    // Input from a web form: checked here too, whatever the types say.
    if (!(CORRECTION_KINDS as readonly string[]).includes(input.kind))
      throw fail('invalid', `unknown correction kind ${input.kind as string}`);
    if (input.by.trim() === '') throw fail('invalid', 'a correction needs who made it (by)');
    const row = speaking.get(input.attributionId);
    if (!row) throw fail('not-found', `no attribution with id ${input.attributionId}`);
    const inForce = active.get(row.id, input.kind);
    if (inForce && input.kind === 'wrong') return inForce;
    if (inForce) undo(inForce.id, input.by);
    const fresh = speaking.get(row.id)!;
    const personId = input.kind === 'speaker' ? (input.personId ?? null) : null;
    if (personId !== null && !current(personId)) throw fail('not-found', `no person with id ${personId}`);
    const content = JSON.parse(fresh.content) as TextSpan[];
    const id = Number(
      insert.run(
        fresh.id,
        fresh.articleId,
        articleKey.get(fresh.articleId)!,
        contentTextOf(content),
        content[0]?.start ?? 0,
        fresh.cueText,
        fresh.cueStart,
        input.kind,
        personId === null ? null : current(personId)!.id,
        input.by,
        input.note ?? '',
        now(),
      ).lastInsertRowid,
    );
    apply(id, input.kind, personId, fresh);
    return byId.get(id)!;
  });

  const undo = (id: number, by: string): CorrectionRecord => {
    const correction = keptById.get(id);
    if (!correction) throw fail('not-found', `no correction with id ${id}`);
    if (correction.undoneAt !== null) throw fail('conflict', `correction ${id} was undone already`);
    markUndone.run(now(), by, id);
    if (correction.kind === 'wrong') {
      if (!active.get(correction.attributionId, 'wrong')) setWrong.run(0, correction.attributionId);
    } else restoreSpeaker(correction, correction.attributionId);
    return byId.get(id)!;
  };

  const reapply = (articleId: number, key: string): void => {
    const corrections = kept.all(key);
    if (corrections.length === 0) return;
    const rows = ofArticleAttributions.all(articleId);
    for (const correction of corrections) {
      const row = bestMatch(correction, rows, (candidate) => JSON.parse(candidate.content) as TextSpan[]);
      if (!row) {
        // The words are no longer extracted: nothing to correct; the correction ends, kept for the record.
        markUndone.run(now(), 'onrecord: the attribution is no longer in the article', correction.id);
        continue;
      }
      moveToAttribution.run(row.id, articleId, correction.id);
      apply(correction.id, correction.kind, correction.personId, speaking.get(row.id)!);
    }
  };

  return {
    correct: (input) => correct.immediate(input),
    undo: db.transaction(undo),
    list: (filter) => {
      if (filter.attributionId !== undefined) {
        const rows = ofAttribution.all(filter.attributionId);
        return filter.articleId === undefined ? rows : rows.filter((row) => inArticle(row, filter.articleId));
      }
      if (filter.articleId !== undefined) return ofArticle.all(filter.articleId);
      return all.all();
    },
    activeIn: (articleId) => {
      const found = new Map<number, CorrectionRecord>();
      for (const row of activeOfArticle.all(articleId))
        if (row.kind === 'wrong' || !found.has(row.attributionId)) found.set(row.attributionId, row);
      return found;
    },
    reapply,
  };
}
