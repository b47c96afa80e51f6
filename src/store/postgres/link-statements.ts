import { matchKey } from '../../link/match-key.js';
import { compareWordings, contentStems, prepareWording, type Wording } from '../../link/wording.js';
import type { Attribution } from '../../types.js';
import type { StatementLink } from '../sqlite/link-statements.js';
import { windowAround, wordingOf } from '../sqlite/link-statements.js';
import { prepared, runPrepared } from './prepared.js';
import { rows, type Sql } from './sql.js';

/**
 * Statement linking on PostgreSQL, as src/store/sqlite/link-statements.ts does it (see there why): a report
 * joins the statement of the earlier report of the same speaker whose words it repeats, found through the
 * report_terms index within a date window. The caller holds the speaker's lock (write-locks.ts), so the
 * earlier reports it reads are all there are.
 */

export type { StatementLink };

export interface ReportToLink {
  readonly attribution: Attribution;
  readonly personId: number | null;
  /** The said-at value, else the publication date (`YYYY-MM-DD` prefix), else null. */
  readonly dated: string | null;
}

/** What linking needs of a report's words, prepared before the write takes any lock. */
export interface ReportWords {
  readonly wording: Wording;
  /** Its content stems: what report_terms indexes it by. */
  readonly stems: readonly string[];
}

// The limits of src/store/sqlite/link-statements.ts: the same candidates, so the same statements.
/** At most this many of a report's terms are looked up, and this many earlier reports compared. */
const MAX_TERMS = 40;
const MAX_CANDIDATES = 20;
/** Per term, at most this many of the speaker's latest reports in the window are counted. */
const TERM_POSTINGS = 200;

export function reportWords(attribution: Attribution): ReportWords {
  const wording = prepareWording(wordingOf(attribution.content));
  return { wording, stems: [...contentStems(wording.words)] };
}

/** Whose reports a report is compared with: the person's, or an unnamed source's by its words. */
export function speakerKey(attribution: Attribution, personId: number | null): string | null {
  if (personId !== null) return `p${personId}`;
  return attribution.source ? `s:${matchKey(attribution.source.text)}` : null;
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
  const speaker = speakerKey(attribution, personId);
  const terms = words.stems.slice(0, MAX_TERMS);
  let best: StatementLink | null = null;
  let bestScore = 0;
  if (speaker !== null && terms.length > 0) {
    // A dated report meets the reports of its window and the undated ones; an undated one, all of them.
    const [from, to] = dated ? windowAround(dated) : ['0000', '9999'];
    const least = Math.min(2, terms.length);
    const { rows: candidates } = await runPrepared<{ content: unknown; statementId: number }>(
      sql,
      CANDIDATES,
      [speaker, terms, from, to, least],
    );
    for (const candidate of candidates) {
      const comparison = compareWordings(words.wording, wordingOf(fragments(candidate.content)));
      if (comparison.match === null) continue;
      if (personId === null && comparison.match === 'paraphrased') continue;
      if (comparison.score > bestScore) {
        bestScore = comparison.score;
        best = { statementId: candidate.statementId, match: comparison.match, altered: comparison.altered };
      }
    }
  }
  if (best) return best;
  const sourceKey = personId === null && attribution.source ? matchKey(attribution.source.text) : null;
  const [created] = await rows<{ id: number }>(
    sql,
    'INSERT INTO statements (person_id, source_key, created_at) VALUES ($1, $2, $3) RETURNING id',
    [personId, sourceKey, new Date().toISOString()],
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
  const speaker = speakerKey(attribution, personId);
  return speaker === null ? null : { speaker, dated: dated ?? '', stems: words.stems };
}

/** A content column as read: jsonb arrives parsed, json text as a string. */
function fragments(content: unknown): { text: string }[] {
  return (typeof content === 'string' ? JSON.parse(content) : content) as { text: string }[];
}
