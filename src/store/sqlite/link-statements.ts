import type Database from 'better-sqlite3';
import type { Attribution } from '../../types.js';
import { contentStems, prepareWording, type Wording } from '../../link/wording.js';
import {
  bestStatement,
  MAX_CANDIDATES,
  MAX_TERMS,
  reportSpeakerKey,
  statementSourceKey,
  TERM_POSTINGS,
  windowAround,
  wordingOf,
  translatedStatement,
  repeatedStatement,
  indexedRuns,
  RUN_POSTINGS,
  wordRuns,
  type ReportToLink,
  type StatementLink,
} from '../statement-linking.js';

export type { ReportToLink, StatementLink };

export interface StatementLinker {
  /** The statement a report of article `articleId` belongs to (an earlier one, or a new one). */
  readonly link: (report: ReportToLink, articleId: number) => StatementLink;
  /** Indexes a stored report's words, so that later reports can find it. */
  readonly index: (attributionId: number, report: ReportToLink) => void;
}

/**
 * Finds the statement a report belongs to among the earlier reports of the same speaker that share its
 * content words, within a time window: an indexed lookup (report_terms), so linking stays incremental
 * whatever the size of the record. Unnamed sources ("a senior official") join only on the same source
 * words and nearly the same wording: without a person, a paraphrase is too weak a tie.
 */
export function prepareStatementLinker(db: Database.Database): StatementLinker {
  type Row = { content: string; statementId: number };
  /** Earlier reports sharing at least `least` of the terms: within a date window, or among the undated. */
  const lookups = new Map<string, Database.Statement<unknown[], Row>>();
  const lookup = (terms: number, windowed: boolean): Database.Statement<unknown[], Row> => {
    const key = `${terms} ${windowed}`;
    let statement = lookups.get(key);
    if (!statement) {
      // Each term reads at most TERM_POSTINGS of the speaker's latest reports in the window (an index range
      // read backwards), so a lookup costs the same however many reports the record holds.
      const posting = windowed
        ? `SELECT attribution_id FROM (SELECT attribution_id FROM report_terms
            WHERE speaker_key = ? AND term = ? AND dated BETWEEN ? AND ? ORDER BY dated DESC LIMIT ${TERM_POSTINGS})`
        : `SELECT attribution_id FROM (SELECT attribution_id FROM report_terms
            WHERE speaker_key = ? AND term = ? AND dated = '' ORDER BY attribution_id DESC LIMIT ${TERM_POSTINGS})`;
      statement = db.prepare<unknown[], Row>(
        `SELECT a.content, a.statement_id AS statementId FROM (
            SELECT attribution_id, count(*) AS shared
            FROM (${Array.from({ length: terms }, () => posting).join(' UNION ALL ')})
            GROUP BY attribution_id HAVING count(*) >= ?
            ORDER BY shared DESC, attribution_id LIMIT ${MAX_CANDIDATES}
          ) AS found JOIN attributions a ON a.id = found.attribution_id
          WHERE a.statement_id IS NOT NULL`,
      );
      lookups.set(key, statement);
    }
    return statement;
  };
  // The same person's reports of the same day in other languages: what a translation may join.
  const sameDayElsewhere = db.prepare<[number, string, string], Row>(
    `SELECT a.content, a.statement_id AS statementId FROM attributions a JOIN articles ar ON ar.id = a.article_id
      WHERE a.person_id = ? AND a.dated = ? AND a.statement_id IS NOT NULL AND a.wrong = 0
        AND coalesce(ar.language, '') != ? ORDER BY a.id DESC LIMIT ${MAX_CANDIDATES}`,
  );
  // Reports of other articles sharing runs of words with it, whoever their speakers: those sharing the most
  // first, then the oldest. Each run counts at most RUN_POSTINGS of its latest reports (an index range read
  // backwards), so that a stock phrase many reports hold ("at the end of the day we") costs the same
  // however large the record, and the reports that share the most runs still come first.
  const repeatedLookups = new Map<number, Database.Statement<unknown[], Row>>();
  const repeated = (runs: number): Database.Statement<unknown[], Row> => {
    let statement = repeatedLookups.get(runs);
    if (!statement) {
      const posting = `SELECT attribution_id FROM (SELECT attribution_id FROM report_word_runs
          WHERE run = ? ORDER BY attribution_id DESC LIMIT ${RUN_POSTINGS})`;
      statement = db.prepare<unknown[], Row>(
        `SELECT a.content, a.statement_id AS statementId FROM (
            SELECT attribution_id, count(*) AS shared
            FROM (${Array.from({ length: runs }, () => posting).join(' UNION ALL ')})
            GROUP BY attribution_id
          ) AS found JOIN attributions a ON a.id = found.attribution_id
          WHERE a.article_id != ? AND a.statement_id IS NOT NULL AND a.wrong = 0
          ORDER BY found.shared DESC, a.id LIMIT ${MAX_CANDIDATES}`,
      );
      repeatedLookups.set(runs, statement);
    }
    return statement;
  };
  const insertRun = db.prepare<[number, number]>(
    'INSERT OR IGNORE INTO report_word_runs (run, attribution_id) VALUES (?, ?)',
  );
  const insertStatement = db.prepare<[number | null, string | null, string]>(
    'INSERT INTO statements (person_id, source_key, created_at) VALUES (?, ?, ?)',
  );
  const insertTerm = db.prepare<[string, string, string, number]>(
    'INSERT OR IGNORE INTO report_terms (speaker_key, term, dated, attribution_id) VALUES (?, ?, ?, ?)',
  );

  // A report's words, prepared once for `link` and then for `index`.
  const wordings = new WeakMap<Attribution, Wording>();
  const wordingOfReport = (attribution: Attribution): Wording => {
    let wording = wordings.get(attribution);
    if (!wording) {
      wording = prepareWording(wordingOf(attribution.content));
      wordings.set(attribution, wording);
    }
    return wording;
  };

  const link = (report: ReportToLink, articleId: number): StatementLink => {
    const { attribution, personId, dated } = report;
    const wording = wordingOfReport(attribution);
    const speaker = reportSpeakerKey(attribution, personId);
    const terms = [...contentStems(wording.words)].slice(0, MAX_TERMS);
    let best: StatementLink | null = null;
    if (speaker !== null && terms.length > 0) {
      const least = Math.min(2, terms.length);
      // A dated report meets the reports of its window and the undated ones; an undated one, all of them.
      const [from, to] = dated ? windowAround(dated) : ['0000', '9999'];
      const rows = [
        ...lookup(terms.length, true).all(...terms.flatMap((term) => [speaker, term, from, to]), least),
        ...lookup(terms.length, false).all(...terms.flatMap((term) => [speaker, term]), least),
      ];
      best = bestStatement(
        wording,
        personId,
        rows.map((row) => ({
          content: JSON.parse(row.content) as { text: string }[],
          statementId: row.statementId,
        })),
      );
    }
    // Nothing repeats it in its own language: a report of the same day in another may be its translation.
    if (!best && personId !== null && dated !== null && dated.length === 10 && report.language)
      best = translatedStatement(
        report,
        sameDayElsewhere.all(personId, dated, report.language).map((row) => ({
          content: JSON.parse(row.content) as { text: string }[],
          statementId: row.statementId,
        })),
      );
    // Nor in another language: another article may hold the same words under another speaker.
    const runs = wordRuns(wording);
    if (!best && runs.length > 0)
      best = repeatedStatement(
        wording,
        repeated(runs.length)
          .all(...runs, articleId)
          .map((row) => ({
            content: JSON.parse(row.content) as { text: string }[],
            statementId: row.statementId,
          })),
      );
    if (best) return best;
    const statementId = Number(
      insertStatement.run(personId, statementSourceKey(attribution, personId), new Date().toISOString())
        .lastInsertRowid,
    );
    return { statementId, match: 'first', altered: false };
  };

  const index = (attributionId: number, { attribution, personId, dated }: ReportToLink): void => {
    const wording = wordingOfReport(attribution);
    for (const run of indexedRuns(wording)) insertRun.run(run, attributionId);
    const speaker = reportSpeakerKey(attribution, personId);
    if (speaker === null) return;
    for (const term of contentStems(wording.words)) insertTerm.run(speaker, term, dated ?? '', attributionId);
  };
  return { link, index };
}
