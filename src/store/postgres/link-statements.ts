import { contentStems, prepareWording, type Wording } from '../../link/wording.js';
import type { Attribution } from '../../types.js';
import {
  bestStatement,
  MAX_CANDIDATES,
  MAX_TERMS,
  reportSpeakerKey,
  statementSourceKey,
  TERM_POSTINGS,
  windowAround,
  wordingOf,
  type ReportToLink,
  type StatementLink,
} from '../statement-linking.js';
import { prepared, runPrepared } from './prepared.js';
import { rows, type Sql } from './sql.js';

/**
 * Statement linking on PostgreSQL, as src/store/sqlite/link-statements.ts does it (see there why): a report
 * joins the statement of the earlier report of the same speaker whose words it repeats, found through the
 * report_terms index within a date window. The caller holds the speaker's lock (write-locks.ts), so the
 * earlier reports it reads are all there are. The limits and the choice are src/store/statement-linking.ts's.
 */

export type { ReportToLink, StatementLink };

/** What linking needs of a report's words, prepared before the write takes any lock. */
export interface ReportWords {
  readonly wording: Wording;
  /** Its content stems: what report_terms indexes it by. */
  readonly stems: readonly string[];
}

export function reportWords(attribution: Attribution): ReportWords {
  const wording = prepareWording(wordingOf(attribution.content));
  return { wording, stems: [...contentStems(wording.words)] };
}

/**
 * Earlier reports of the speaker sharing at least `least` of the terms: those dated within the window, then
 * the undated ones, each the most-sharing `MAX_CANDIDATES`. Each term reads at most `TERM_POSTINGS` of the
 * speaker's latest reports (an index range read backwards), so a lookup costs the same however large the
 * record.
 */
const CANDIDATES = prepared(`
  WITH windowed AS (
    SELECT posting.attribution_id FROM unnest($2::text[]) AS t (term) CROSS JOIN LATERAL (
      SELECT attribution_id FROM report_terms
      WHERE speaker_key = $1 AND term = t.term AND dated BETWEEN $3 AND $4
      ORDER BY dated DESC, attribution_id DESC LIMIT ${TERM_POSTINGS}
    ) AS posting
  ), undated AS (
    SELECT posting.attribution_id FROM unnest($2::text[]) AS t (term) CROSS JOIN LATERAL (
      SELECT attribution_id FROM report_terms
      WHERE speaker_key = $1 AND term = t.term AND dated = ''
      ORDER BY attribution_id DESC LIMIT ${TERM_POSTINGS}
    ) AS posting
  ), found AS (
    (SELECT 0 AS part, attribution_id, count(*) AS shared FROM windowed
      GROUP BY attribution_id HAVING count(*) >= $5 ORDER BY shared DESC, attribution_id LIMIT ${MAX_CANDIDATES})
    UNION ALL
    (SELECT 1 AS part, attribution_id, count(*) AS shared FROM undated
      GROUP BY attribution_id HAVING count(*) >= $5 ORDER BY shared DESC, attribution_id LIMIT ${MAX_CANDIDATES})
  )
  SELECT a.content, a.statement_id AS "statementId"
  FROM found JOIN attributions a ON a.id = found.attribution_id
  WHERE a.statement_id IS NOT NULL
  ORDER BY found.part, found.shared DESC, found.attribution_id`);

/** The statement a report belongs to: an earlier one, or a new one. */
export async function linkStatement(
  sql: Sql,
  { attribution, personId, dated }: ReportToLink,
  words: ReportWords,
): Promise<StatementLink> {
  const speaker = reportSpeakerKey(attribution, personId);
  const terms = words.stems.slice(0, MAX_TERMS);
  let best: StatementLink | null = null;
  if (speaker !== null && terms.length > 0) {
    // A dated report meets the reports of its window and the undated ones; an undated one, all of them.
    const [from, to] = dated ? windowAround(dated) : ['0000', '9999'];
    const least = Math.min(2, terms.length);
    const { rows: candidates } = await runPrepared<{ content: unknown; statementId: number }>(
      sql,
      CANDIDATES,
      [speaker, terms, from, to, least],
    );
    best = bestStatement(
      words.wording,
      personId,
      candidates.map((candidate) => ({
        content: fragments(candidate.content),
        statementId: candidate.statementId,
      })),
    );
  }
  if (best) return best;
  const [created] = await rows<{ id: number }>(
    sql,
    'INSERT INTO statements (person_id, source_key, created_at) VALUES ($1, $2, $3) RETURNING id',
    [personId, statementSourceKey(attribution, personId), new Date().toISOString()],
  );
  return { statementId: created!.id, match: 'first', altered: false };
}

/**
 * What report_terms indexes a report under, so that later reports can find it: its speaker, its date ('' when
 * undated) and its content stems. Null for a report without a speaker to compare with.
 */
export function reportTerms(
  { attribution, personId, dated }: ReportToLink,
  words: ReportWords,
): { speaker: string; dated: string; stems: readonly string[] } | null {
  const speaker = reportSpeakerKey(attribution, personId);
  return speaker === null ? null : { speaker, dated: dated ?? '', stems: words.stems };
}

/** A content column as read: jsonb arrives parsed, json text as a string. */
function fragments(content: unknown): { text: string }[] {
  return (typeof content === 'string' ? JSON.parse(content) : content) as { text: string }[];
}
