import { contentStems, prepareWording, type Wording } from '../../link/wording.js';
import type { Attribution } from '../../types.js';
import {
  bestStatement,
  MAX_CANDIDATES,
  translatedStatement,
  MAX_TERMS,
  repeatedStatement,
  indexedRuns,
  RUN_POSTINGS,
  wordRuns,
  reportSpeakerKey,
  statementSourceKey,
  TERM_POSTINGS,
  windowAround,
  wordingOf,
  type ReportToLink,
  type StatementLink,
} from '../statement-linking.js';
import { prepared, runPrepared } from './prepared.js';
import type { Sql } from './sql.js';

/**
 * Statement linking on PostgreSQL, as src/store/sqlite/link-statements.ts does it (see there why): a report
 * joins the statement of the earlier report of the same speaker whose words it repeats, found through the
 * report_terms index within a date window. The caller holds the speakers' locks (write-locks.ts), so the
 * earlier reports it reads are all there are. The limits and the choice are src/store/statement-linking.ts's.
 *
 * A document's reports are looked up together, in one query, before any of them is written: each report's
 * earlier reports in the same document are passed along and counted as report_terms would hold them, so
 * that each report finds what it would have found had the ones before it been written first.
 */

export type { ReportToLink, StatementLink };

/** What linking needs of a report's words, prepared before the write takes any lock. */
export interface ReportWords {
  readonly wording: Wording;
  /** Its content stems: what report_terms indexes it by. */
  readonly stems: readonly string[];
  /** The keys of its runs of words: what it is looked up by. */
  readonly runs: readonly number[];
  /** Those report_word_runs indexes it under. */
  readonly indexedRuns: readonly number[];
}

export function reportWords(attribution: Attribution): ReportWords {
  const wording = prepareWording(wordingOf(attribution.content));
  return {
    wording,
    stems: [...contentStems(wording.words)],
    runs: wordRuns(wording),
    indexedRuns: indexedRuns(wording),
  };
}

/**
 * The id a report of the document being written stands under in the lookup, above every stored id (its own
 * is not known before it is written): `OWN + seq`, so that, as written ones would, the document's reports
 * come after every stored one, in their order.
 */
const OWN = 2 ** 31;

/**
 * For each report looked up ($1 seq, $2 speaker, $3..$4 window, $5 least, its terms in $6..$7), the earlier
 * reports of its speaker sharing at least `least` of the terms: those dated within the window, then the
 * undated ones, each the most-sharing `MAX_CANDIDATES`. Each term counts at most `TERM_POSTINGS` of the
 * speaker's latest reports (an index range read backwards), so a lookup costs the same however large the
 * record. The document's own earlier reports ($9..$12, under `OWN + seq`) are postings like the stored ones:
 * a term they may hold ($8) has its postings merged with theirs and cut to `TERM_POSTINGS` again (the others
 * need no sort). A stored candidate without a statement takes its place in the ranking, and is left out
 * after it. And (`kind` 1) for each report ($13 seq) of a person ($14) dated a day ($15) in a language
 * ($16), the person's latest stored reports of that day in articles of other languages: what it may
 * translate when nothing repeats it in its own (statement-linking.ts `translatedStatement`). And (`kind` 2)
 * for each report ($17 seq) with runs of words ($18), the stored reports of other articles than the
 * document's ($19) that share runs with it, whoever their speakers, those sharing the most first, then the
 * oldest, each run counting at most RUN_POSTINGS of its latest reports (statement-linking.ts
 * `repeatedStatement`): read without their speakers' locks, so a report written at the same moment by
 * another writer may be missed.
 */
const CANDIDATES = prepared(`
  WITH lookup AS (
    SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::int[])
      AS l (seq, speaker, lo, hi, least)
  ), wanted AS (
    SELECT l.seq, l.speaker, l.lo, l.hi, t.term, t.mixed
    FROM lookup l JOIN unnest($6::int[], $7::text[], $8::boolean[]) AS t (seq, term, mixed) ON t.seq = l.seq
  ), own AS (
    SELECT * FROM unnest($9::int[], $10::text[], $11::text[], $12::text[]) AS o (seq, speaker, term, dated)
  ), windowed AS (
    SELECT w.seq, w.term, w.mixed, posting.dated, posting.attribution_id::bigint AS attribution_id
    FROM wanted w CROSS JOIN LATERAL (
      SELECT dated, attribution_id FROM report_terms
      WHERE speaker_key = w.speaker AND term = w.term AND dated BETWEEN w.lo AND w.hi
      ORDER BY dated DESC, attribution_id DESC LIMIT ${TERM_POSTINGS}
    ) AS posting
  ), undated AS (
    SELECT w.seq, w.term, w.mixed, posting.attribution_id::bigint AS attribution_id
    FROM wanted w CROSS JOIN LATERAL (
      SELECT attribution_id FROM report_terms
      WHERE speaker_key = w.speaker AND term = w.term AND dated = ''
      ORDER BY attribution_id DESC LIMIT ${TERM_POSTINGS}
    ) AS posting
  ), postings AS (
    SELECT 0 AS part, seq, attribution_id FROM windowed WHERE NOT mixed
    UNION ALL
    SELECT 0, seq, attribution_id FROM (
      SELECT seq, attribution_id,
        row_number() OVER (PARTITION BY seq, term ORDER BY dated DESC, attribution_id DESC) AS n
      FROM (
        SELECT seq, term, dated, attribution_id FROM windowed WHERE mixed
        UNION ALL
        SELECT w.seq, w.term, o.dated, ${OWN}::bigint + o.seq FROM wanted w JOIN own o
          ON o.speaker = w.speaker AND o.term = w.term AND o.seq < w.seq AND o.dated BETWEEN w.lo AND w.hi
        WHERE w.mixed
      ) AS merged
    ) AS latest WHERE n <= ${TERM_POSTINGS}
    UNION ALL
    SELECT 1, seq, attribution_id FROM undated WHERE NOT mixed
    UNION ALL
    SELECT 1, seq, attribution_id FROM (
      SELECT seq, attribution_id, row_number() OVER (PARTITION BY seq, term ORDER BY attribution_id DESC) AS n
      FROM (
        SELECT seq, term, attribution_id FROM undated WHERE mixed
        UNION ALL
        SELECT w.seq, w.term, ${OWN}::bigint + o.seq FROM wanted w JOIN own o
          ON o.speaker = w.speaker AND o.term = w.term AND o.seq < w.seq AND o.dated = ''
        WHERE w.mixed
      ) AS merged
    ) AS latest WHERE n <= ${TERM_POSTINGS}
  ), ranked AS (
    SELECT p.part, p.seq, p.attribution_id, count(*) AS shared,
      row_number() OVER (PARTITION BY p.part, p.seq ORDER BY count(*) DESC, p.attribution_id) AS rank
    FROM postings p JOIN lookup l ON l.seq = p.seq
    GROUP BY p.part, p.seq, p.attribution_id, l.least HAVING count(*) >= l.least
  )
  SELECT 0 AS kind, r.seq, r.part, r.shared, r.attribution_id AS "attributionId", a.content,
      a.statement_id AS "statementId"
    FROM ranked r LEFT JOIN attributions a ON a.id = r.attribution_id AND r.attribution_id < ${OWN}
    WHERE r.rank <= ${MAX_CANDIDATES} AND (a.statement_id IS NOT NULL OR r.attribution_id >= ${OWN})
  UNION ALL
  SELECT 1, wanted.seq, 0, 0, -found.id, found.content, found.statement_id
    FROM unnest($13::int[], $14::int[], $15::text[], $16::text[]) AS wanted (seq, person_id, dated, language)
    CROSS JOIN LATERAL (
      SELECT a.id, a.content, a.statement_id FROM attributions a JOIN articles ar ON ar.id = a.article_id
      WHERE a.person_id = wanted.person_id AND a.dated = wanted.dated AND a.statement_id IS NOT NULL
        AND a.wrong = 0 AND coalesce(ar.language, '') != wanted.language
      ORDER BY a.id DESC LIMIT ${MAX_CANDIDATES}
    ) AS found
  UNION ALL
  SELECT 2, repeated.seq, 0, repeated.shared, repeated.id, repeated.content, repeated.statement_id
    FROM (
      SELECT r.seq, r.shared, a.id, a.content, a.statement_id,
        row_number() OVER (PARTITION BY r.seq ORDER BY r.shared DESC, a.id) AS n
      FROM (
        SELECT w.seq, posting.attribution_id, count(*) AS shared
        FROM unnest($17::int[], $18::bigint[]) AS w (seq, run) CROSS JOIN LATERAL (
          SELECT attribution_id FROM report_word_runs t WHERE t.run = w.run
          ORDER BY attribution_id DESC LIMIT ${RUN_POSTINGS}
        ) AS posting
        GROUP BY w.seq, posting.attribution_id
      ) AS r JOIN attributions a ON a.id = r.attribution_id
      WHERE a.article_id != $19 AND a.statement_id IS NOT NULL AND a.wrong = 0
    ) AS repeated
    WHERE repeated.n <= ${MAX_CANDIDATES}
  ORDER BY kind, seq, part, shared DESC, "attributionId"`);

/** A stored report read as a candidate. */
interface Stored {
  readonly attributionId: number;
  readonly content: unknown;
  readonly statementId: number | null;
}

/** A document's report, to link. */
export interface ReportToWrite {
  readonly report: ReportToLink;
  readonly words: ReportWords;
}

/**
 * A report's statement: a stored one (`statementId`), or, with `created`, the document's new statement
 * `created` (0 the first), whose id is known once written.
 */
export interface LinkedReport {
  readonly statementId: number | null;
  readonly created: number | null;
  readonly match: StatementLink['match'];
  readonly altered: boolean;
}

/** A statement a document's report starts: written by the caller, in this order. */
export interface NewStatement {
  readonly personId: number | null;
  readonly sourceKey: string | null;
}

/**
 * The statement each of a document's reports belongs to (in `seq` order): an earlier one, one an earlier
 * report of the same document started, one it translates (a report nothing repeats in its own language:
 * statement-linking.ts `translatedStatement`, among the same person's reports of the day in other
 * languages, the document's earlier ones first), or a new one. One round trip for the whole document.
 * `articleLanguage`: the document's.
 */
export async function linkStatements(
  sql: Sql,
  reports: readonly ReportToWrite[],
  articleLanguage: string | null,
  articleId: number,
): Promise<{ linked: LinkedReport[]; created: NewStatement[] }> {
  const lookups = reports.flatMap(({ report, words }, seq) => {
    const speaker = reportSpeakerKey(report.attribution, report.personId);
    const terms = words.stems.slice(0, MAX_TERMS);
    if (speaker === null || terms.length === 0) return [];
    // A dated report meets the reports of its window and the undated ones; an undated one, all of them.
    const [from, to] = report.dated ? windowAround(report.dated) : ['0000', '9999'];
    return [{ seq, speaker, from, to, least: Math.min(2, terms.length), terms }];
  });
  const own = reports.flatMap(({ report, words }, seq) => {
    const terms = reportTerms(report, words);
    return terms === null
      ? []
      : terms.stems.map((term) => ({ seq, speaker: terms.speaker, term, dated: terms.dated }));
  });
  // The terms an earlier report of the same speaker in the document holds (its date aside).
  const firstOwn = new Map<string, number>();
  for (const posting of own) {
    const key = `${posting.speaker}\u0000${posting.term}`;
    if (!firstOwn.has(key)) firstOwn.set(key, posting.seq);
  }
  const mixed = (lookup: { seq: number; speaker: string }, term: string): boolean =>
    (firstOwn.get(`${lookup.speaker}\u0000${term}`) ?? Infinity) < lookup.seq;
  // The reports that may be translations, should nothing repeat them in their own language.
  const translatable = reports.flatMap(({ report }, seq) =>
    report.personId !== null && report.dated?.length === 10 && report.language ? [{ seq, report }] : [],
  );
  // The reports that may repeat another article's, should nothing else hold them.
  const repeatable = reports.flatMap(({ words }, seq) => words.runs.map((run) => ({ seq, run })));
  const found = new Map<number, Stored[]>();
  const elsewhere = new Map<number, Stored[]>();
  const repeats = new Map<number, Stored[]>();
  if (lookups.length > 0 || translatable.length > 0 || repeatable.length > 0) {
    const { rows } = await runPrepared<Stored & { kind: number; seq: number }>(sql, CANDIDATES, [
      lookups.map((lookup) => lookup.seq),
      lookups.map((lookup) => lookup.speaker),
      lookups.map((lookup) => lookup.from),
      lookups.map((lookup) => lookup.to),
      lookups.map((lookup) => lookup.least),
      lookups.flatMap((lookup) => lookup.terms.map(() => lookup.seq)),
      lookups.flatMap((lookup) => lookup.terms),
      lookups.flatMap((lookup) => lookup.terms.map((term) => mixed(lookup, term))),
      own.map((posting) => posting.seq),
      own.map((posting) => posting.speaker),
      own.map((posting) => posting.term),
      own.map((posting) => posting.dated),
      translatable.map(({ seq }) => seq),
      translatable.map(({ report }) => report.personId),
      translatable.map(({ report }) => report.dated),
      translatable.map(({ report }) => report.language),
      repeatable.map(({ seq }) => seq),
      repeatable.map(({ run }) => run),
      articleId,
    ]);
    for (const candidate of rows) {
      const into = candidate.kind === 0 ? found : candidate.kind === 1 ? elsewhere : repeats;
      into.set(candidate.seq, [...(into.get(candidate.seq) ?? []), candidate]);
    }
  }

  // Statement refs: a stored id, or -(n + 1) for the document's new statement n.
  const ref = (link: LinkedReport): number => link.statementId ?? -link.created! - 1;
  const linked: LinkedReport[] = [];
  const created: NewStatement[] = [];
  for (const [seq, { report, words }] of reports.entries()) {
    const candidates = (found.get(seq) ?? []).map(({ attributionId, content, statementId }) => {
      if (attributionId < OWN) return { content: fragments(content), statementId: statementId! };
      const earlier = reports[attributionId - OWN]!.report.attribution.content;
      return { content: earlier, statementId: ref(linked[attributionId - OWN]!) };
    });
    let best = candidates.length > 0 ? bestStatement(words.wording, report.personId, candidates) : null;
    // Nothing repeats it in its own language: a report of the same day in another may be its translation.
    if (!best && report.personId !== null && report.dated?.length === 10 && report.language) {
      // The document's earlier reports of the person that day, when its language is another, come first
      // (the latest), then the stored ones.
      const own =
        (articleLanguage ?? '') === report.language
          ? []
          : reports
              .slice(0, seq)
              .flatMap(({ report: earlier }, index) =>
                earlier.personId === report.personId && earlier.dated === report.dated
                  ? [{ content: earlier.attribution.content, statementId: ref(linked[index]!) }]
                  : [],
              )
              .reverse();
      const stored = (elsewhere.get(seq) ?? []).map(({ content, statementId }) => ({
        content: fragments(content),
        statementId: statementId!,
      }));
      best = translatedStatement(report, [...own, ...stored].slice(0, MAX_CANDIDATES));
    }
    // Nor in another language: another article may hold the same words under another speaker.
    if (!best)
      best = repeatedStatement(
        words.wording,
        (repeats.get(seq) ?? []).map(({ content, statementId }) => ({
          content: fragments(content),
          statementId: statementId!,
        })),
      );
    if (best) {
      const stored = best.statementId >= 0;
      linked.push({
        statementId: stored ? best.statementId : null,
        created: stored ? null : -best.statementId - 1,
        match: best.match,
        altered: best.altered,
      });
      continue;
    }
    created.push({
      personId: report.personId,
      sourceKey: statementSourceKey(report.attribution, report.personId),
    });
    linked.push({ statementId: null, created: created.length - 1, match: 'first', altered: false });
  }
  return { linked, created };
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
