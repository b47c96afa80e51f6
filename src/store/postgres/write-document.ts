import { matchKey } from '../../link/match-key.js';
import type { Person, TextSpan } from '../../types.js';
import { contentHash } from '../content-hash.js';
import type { WriteResult } from '../sqlite/write-document.js';
import { reportSpeakerKey } from '../statement-linking.js';
import type { IngestInput } from '../store.js';
import { reapplyCorrections } from './corrections.js';
import {
  linkedPeople,
  linkPeople,
  parseRoots,
  peopleLocks,
  planPeople,
  ROOTS_SQL,
  type LinkedPerson,
  type PeopleDecision,
  type PeoplePlan,
} from './link-people.js';
import {
  linkStatements,
  reportTerms,
  reportWords,
  type LinkedReport,
  type NewStatement,
  type ReportToWrite,
  type ReportWords,
} from './link-statements.js';
import { prepared, runPrepared } from './prepared.js';
import { keepRevision } from './revisions.js';
import { rows, type Sql } from './sql.js';
import { describedSpeakers } from './described-speakers.js';
import { copyCheck, linkCopy, type CopyCheck, type ShingleCache } from './syndication.js';
import {
  bandLockKey,
  documentLockKeys,
  lockKeys,
  lockModes,
  personLockKey,
  speakerLockKey,
} from './write-locks.js';

export type { WriteResult };

/**
 * One document to write, with what can be worked out before touching the database: its hash, its people
 * (the speakers the people list lacks added) parsed, its shingles and bands, its reports' words. Computed
 * before the write takes its locks, so that the locks are held for SQL, not for this.
 */
export interface DocumentPlan {
  readonly input: IngestInput;
  readonly key: string;
  readonly hash: string;
  readonly canonical: string | null;
  readonly people: readonly Person[];
  readonly linking: PeoplePlan;
  readonly copies: CopyCheck;
  readonly reports: readonly ReportWords[];
}

export function planDocument(input: IngestInput, key: string): DocumentPlan {
  const { extraction } = input;
  // A speaker the article's people list does not hold is linked too, as a person without roles.
  const listed = new Set(extraction.people.map((person) => person.id));
  const unlisted = extraction.attributions.flatMap(({ speaker }) =>
    speaker && !listed.has(speaker.id)
      ? [{ id: speaker.id, name: speaker.name, aliases: [], roles: [], mentions: [] }]
      : [],
  );
  const people = [...extraction.people, ...uniqueById(unlisted)];
  return {
    input,
    key,
    hash: contentHash(input.text),
    canonical: extraction.meta.canonical ?? null,
    people,
    linking: planPeople(people),
    copies: copyCheck(input.text, extraction.blocks),
    reports: extraction.attributions.map(reportWords),
  };
}

/**
 * The locks of a document's write's first two steps (write-locks.ts): `document` (its key, text and
 * canonical URL, and its near-duplicate bands) before it reads anything, `linking` (its people's family
 * keys) once the article is written, just before it links its people. A batch takes each step's keys for all
 * its documents first, alone. A single write takes the linking ones as link-people.ts `peopleLocks` says,
 * with those of the people of a version being replaced.
 */
export const planLockKeys = (plan: DocumentPlan): { document: string[]; linking: string[] } => ({
  document: [...documentLockKeys(plan.key, plan.hash, plan.canonical), ...plan.copies.bands.map(bandLockKey)],
  linking: [...plan.linking.lockKeys],
});

/** What a version being replaced leaves to clean up once the new one is written. */
interface Former {
  readonly articleId: number;
  readonly people: readonly { id: number; lockKey: string }[];
  readonly statements: readonly { id: number; speaker: string | null }[];
}

/** What the write reads first, in one query: the stored version, a copy under another key, corrections. */
interface Found {
  readonly existingId: number | null;
  readonly existingHash: string | null;
  /** An article with the same text, else with this canonical URL, under another key. */
  readonly copyId: number | null;
  /** Hand corrections in force under the key, and the people those that change a speaker name. */
  readonly corrections: number;
  readonly correctedPeople: number[];
  /** The stored roots of the people's identity keys (link-people.ts ROOTS_SQL). */
  readonly roots: unknown;
}

const FIND = prepared(`
  SELECT existing.id AS "existingId", existing.content_hash AS "existingHash",
    coalesce(
      (SELECT id FROM articles WHERE content_hash = $2 AND source_key <> $1 ORDER BY id LIMIT 1),
      (SELECT id FROM articles WHERE $3::text IS NOT NULL AND (canonical_url = $3 OR source_key = $3)
        AND source_key <> $1 ORDER BY id LIMIT 1)
    ) AS "copyId",
    (SELECT count(*) FROM corrections WHERE article_key = $1 AND undone_at IS NULL) AS corrections,
    array(SELECT DISTINCT person_id FROM corrections WHERE article_key = $1 AND undone_at IS NULL
      AND kind = 'speaker' AND person_id IS NOT NULL ORDER BY person_id) AS "correctedPeople",
    ${ROOTS_SQL('$4')} AS roots
  FROM (SELECT 1) AS one LEFT JOIN articles existing ON existing.source_key = $1`);

/**
 * Writes one document on `sql` (the caller holds the transaction), as src/store/sqlite/write-document.ts
 * does: an unchanged document (same key, same content hash) is left alone; the same text or canonical URL
 * under another key is a duplicate; a changed one is kept as a revision, deleted (its rows go by ON DELETE
 * CASCADE) and written again under the same article id. Any error leaves the transaction to roll back.
 * `shingles`: the store's cache of earlier articles' shingles (syndication.ts).
 *
 * The locks come in three steps (write-locks.ts), each as late as it can: the article, its blocks, its
 * original bytes and its copy links are written under the document's own locks; the people are linked and
 * written under their family locks, most of them shared; the speakers' locks, which every write quoting one
 * of the same speakers waits on, are taken last, for the statement lookup and the reports' write: one round
 * trip each, and the commit.
 */
export async function writeDocument(
  sql: Sql,
  plan: DocumentPlan,
  shingles: ShingleCache,
): Promise<WriteResult> {
  const { input, key, hash, canonical } = plan;
  const locks = planLockKeys(plan);
  await lockKeys(sql, locks.document);
  const found = (await runPrepared<Found>(sql, FIND, [key, hash, canonical, plan.linking.identities]))
    .rows[0]!;
  const existing = found.existingId;
  if (existing !== null && found.existingHash === hash) return { status: 'unchanged', articleId: existing };
  if (existing === null && found.copyId !== null) {
    await sql.query('DELETE FROM ingest_errors WHERE source_key = $1', [key]);
    return { status: 'duplicate', articleId: found.copyId };
  }
  const former = existing !== null ? await formerVersion(sql, existing) : null;
  if (former) {
    await keepRevision(sql, former.articleId, key, input.extraction);
    await sql.query('DELETE FROM articles WHERE id = $1', [former.articleId]);
  }
  const articleId = await insertArticle(sql, plan, existing);
  const copyOf = await linkCopy(sql, articleId, hash, plan.copies, shingles);

  // The people: linked under their locks, most of them shared (link-people.ts), and written.
  const formerLocks = former?.people.map((person) => ({ key: person.lockKey, shared: false })) ?? [];
  let roots = parseRoots(found.roots);
  let decision: PeopleDecision | undefined;
  for (let tries = 1; decision === undefined; tries += 1) {
    if (tries > MAX_LINKING_TRIES)
      throw lostRace('the people of the document kept changing while it was linked');
    await lockModes(sql, [...peopleLocks(plan.linking, roots), ...formerLocks]);
    const linking = await linkPeople(sql, plan.linking, roots);
    if ('decision' in linking) decision = linking.decision;
    else roots = linking.roots;
  }
  const linked = await writePeople(sql, articleId, plan, decision);
  const described = await describedSpeakers(
    sql,
    articleId,
    input.extraction.attributions,
    plan.people,
    linked,
  );

  // The statements: from here to the commit, the write holds its speakers' locks, which every write quoting
  // one of them waits on.
  const speakers = [
    // The people just created need none: no other writer sees them before this one commits.
    ...[...decision.links.values()].flatMap(({ ref }) => (ref > 0 ? [`p${ref}`] : [])),
    ...input.extraction.attributions.flatMap((attribution) => {
      const holder = described.get(attribution.id);
      if (holder) return [`p${holder.personId}`];
      return attribution.speaker ? [] : [reportSpeakerKey(attribution, null)];
    }),
    ...(former?.statements.map((statement) => statement.speaker) ?? []),
    ...found.correctedPeople.map((personId) => `p${personId}`),
  ].flatMap((speaker) => (speaker === null ? [] : [speakerLockKey(speaker)]));
  const published = input.extraction.meta.published?.slice(0, 10) ?? null;
  const reports = input.extraction.attributions.map((written, seq): ReportToWrite => {
    const holder = described.get(written.id);
    const attribution = holder?.attribution ?? written;
    return {
      report: {
        attribution,
        personId:
          holder?.personId ?? (written.speaker ? (linked.get(written.speaker.id)?.personId ?? null) : null),
        dated: attribution.saidAt?.value ?? published,
        language: attribution.language ?? input.extraction.meta.language,
      },
      words: plan.reports[seq]!,
    };
  });
  // Written before the speakers' locks, their statements left to fill in: only what statement linking
  // decides is written under them.
  const attributionIds = await insertAttributions(sql, articleId, plan, reports);
  await lockKeys(sql, speakers);
  const statements = await linkStatements(sql, reports, input.extraction.meta.language, articleId);
  await writeReports(sql, attributionIds, reports, statements);
  if (found.corrections > 0) await reapplyCorrections(sql, articleId, key);
  if (former) await cleanUpFormer(sql, former);
  return { status: existing !== null ? 'replaced' : 'added', articleId, copyOf };
}

async function formerVersion(sql: Sql, articleId: number): Promise<Former> {
  const people = await rows<{ id: number; familyKey: string | null; identityKey: string }>(
    sql,
    `SELECT DISTINCT p.id, p.family_key AS "familyKey", p.identity_key AS "identityKey"
      FROM article_people ap JOIN people p ON p.id = ap.person_id WHERE ap.article_id = $1 ORDER BY p.id`,
    [articleId],
  );
  const statements = await rows<{ id: number; personId: number | null; sourceKey: string | null }>(
    sql,
    `SELECT DISTINCT s.id, s.person_id AS "personId", s.source_key AS "sourceKey"
      FROM attributions a JOIN statements s ON s.id = a.statement_id WHERE a.article_id = $1 ORDER BY s.id`,
    [articleId],
  );
  return {
    articleId,
    people: people.map(({ id, familyKey, identityKey }) => ({
      id,
      lockKey: personLockKey(familyKey, identityKey),
    })),
    statements: statements.map(({ id, personId, sourceKey }) => ({
      id,
      speaker: personId !== null ? `p${personId}` : sourceKey !== null ? `s:${sourceKey}` : null,
    })),
  };
}

/**
 * The article (with `replacing`, under the id it replaces, $27; else the next of the identity column), its
 * blocks, its original bytes when given ($16 false when not), and the failure its key may have left cleared:
 * one round trip.
 */
const insertArticleSql = (replacing: boolean): string => `
  WITH article AS (
    INSERT INTO articles (id, source_key, file, url, content_hash, text, title, published, outlet, language,
        meta, diagnostics, contract_version, fetched_at, ingested_at, canonical_url)
      VALUES (${replacing ? '$27' : 'DEFAULT'}, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
      RETURNING id
  ), block AS (
    INSERT INTO blocks (article_id, seq, kind, span_start, span_end)
      SELECT article.id, block.seq - 1, block.kind, block.span_start, block.span_end
      FROM article, unnest($17::text[], $18::int[], $19::int[]) WITH ORDINALITY
        AS block (kind, span_start, span_end, seq)
  ), document AS (
    INSERT INTO documents (article_id, origin, name, url, content_type, bytes_hash, bytes_gzip, fetched_at)
      SELECT article.id, $20::text, $21::text, $22::text, $23::text, $24::text, $25::bytea, $26::text
      FROM article WHERE $16::boolean
  ), cleared AS (
    DELETE FROM ingest_errors WHERE source_key = $1
  )
  SELECT id FROM article`;
const INSERT_ARTICLE = prepared(insertArticleSql(false));
const REPLACE_ARTICLE = prepared(insertArticleSql(true));

async function insertArticle(sql: Sql, plan: DocumentPlan, id: number | null): Promise<number> {
  const { input, key, hash } = plan;
  const { extraction, document } = input;
  const { meta } = extraction;
  const { rows: inserted } = await runPrepared<{ id: number }>(
    sql,
    id === null ? INSERT_ARTICLE : REPLACE_ARTICLE,
    [
      key,
      extraction.file,
      extraction.url,
      hash,
      input.text,
      meta.title,
      meta.published,
      meta.outlet,
      meta.language,
      JSON.stringify(meta),
      JSON.stringify(extraction.diagnostics),
      extraction.version,
      input.fetchedAt ?? null,
      new Date().toISOString(),
      meta.canonical ?? null,
      document !== undefined,
      extraction.blocks.map((block) => block.kind),
      extraction.blocks.map((block) => block.start),
      extraction.blocks.map((block) => block.end),
      ...(document
        ? [
            document.origin,
            document.name,
            document.url,
            document.contentType,
            document.bytesHash,
            Buffer.from(
              document.bytesGzip.buffer,
              document.bytesGzip.byteOffset,
              document.bytesGzip.byteLength,
            ),
            input.fetchedAt ?? new Date().toISOString(),
          ]
        : [null, null, null, null, null, null, null]),
      ...(id === null ? [] : [id]),
    ],
  );
  return inserted[0]!.id;
}

/** How many times the people's locks are taken again when a hand merge or a delete changed them meanwhile. */
const MAX_LINKING_TRIES = 5;

/** A lost race (sql.ts `isLostRace`): the transaction is tried again from the start. */
const lostRace = (message: string): Error => Object.assign(new Error(message), { code: '40001' });

/**
 * The people linking decided to create ($2..$5, in their order), and each article person ($6..$9, `ref`: a
 * stored person's id, or -n for the nth new one) under the global person it is, with aliases, roles and
 * mentions, and the evidence later family names alone are linked on: each person's role words, and who was
 * mentioned with whom (rows shared between articles, written in key order so that two writers never wait in
 * a cycle). One round trip; the ids of the new people, by ref.
 */
const WRITE_PEOPLE = prepared(`
  WITH created AS (
    INSERT INTO people (name, name_key, identity_key, family_key)
      SELECT name, name_key, identity_key, family_key
      FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY
        AS person (name, name_key, identity_key, family_key, ord)
      ORDER BY ord
      RETURNING id, identity_key
  ), ref AS (
    SELECT -person.ord::int AS ref, created.id
    FROM unnest($4::text[]) WITH ORDINALITY AS person (identity_key, ord) JOIN created USING (identity_key)
  ), person AS (
    SELECT local_id, coalesce((SELECT ref.id FROM ref WHERE ref.ref = given.ref), given.ref) AS id, name, reason
    FROM unnest($6::text[], $7::int[], $8::text[], $9::text[]) AS given (local_id, ref, name, reason)
  ), article_person AS (
    INSERT INTO article_people (article_id, local_id, person_id, name, reason)
      SELECT $1::int, local_id, id, name, reason FROM person
  ), alias AS (
    INSERT INTO person_aliases (article_id, person_id, alias, alias_key)
      SELECT $1::int, coalesce((SELECT ref.id FROM ref WHERE ref.ref = given.ref), given.ref), alias, alias_key
      FROM unnest($10::int[], $11::text[], $12::text[]) AS given (ref, alias, alias_key)
      ON CONFLICT DO NOTHING
  ), role AS (
    INSERT INTO person_roles (article_id, person_id, text, span_start, span_end, time, held_at)
      SELECT $1::int, coalesce((SELECT ref.id FROM ref WHERE ref.ref = given.ref), given.ref), text, span_start,
        span_end, time, held_at
      FROM unnest($13::int[], $14::text[], $15::int[], $16::int[], $17::text[], $18::text[])
        AS given (ref, text, span_start, span_end, time, held_at)
  ), mention AS (
    INSERT INTO mentions (article_id, person_id, span_start, span_end)
      SELECT $1::int, coalesce((SELECT ref.id FROM ref WHERE ref.ref = given.ref), given.ref), span_start, span_end
      FROM unnest($19::int[], $20::int[], $21::int[]) AS given (ref, span_start, span_end)
  ), role_word AS (
    INSERT INTO person_role_words (person_id, word)
      SELECT DISTINCT coalesce((SELECT ref.id FROM ref WHERE ref.ref = given.ref), given.ref) AS id,
        word COLLATE "C" AS word
      FROM unnest($22::int[], $23::text[]) AS given (ref, word)
      ORDER BY id, word
      ON CONFLICT DO NOTHING
  ), pair AS (
    INSERT INTO person_pairs (person_id, other_id)
      SELECT one.id, other.id FROM (SELECT DISTINCT id FROM person) AS one
        JOIN (SELECT DISTINCT id FROM person) AS other ON other.id <> one.id
      ORDER BY one.id, other.id
      ON CONFLICT DO NOTHING
  )
  SELECT ref, id FROM ref`);

async function writePeople(
  sql: Sql,
  articleId: number,
  plan: DocumentPlan,
  decision: PeopleDecision,
): Promise<Map<string, LinkedPerson>> {
  const { people } = plan;
  const { created, links } = decision;
  const refOf = (person: Person): number => links.get(person.id)!.ref;
  const aliases = people.flatMap((person) => {
    const ownKey = matchKey(person.name);
    return person.aliases.flatMap((alias) => {
      const aliasKey = matchKey(alias);
      return aliasKey !== ownKey && aliasKey !== '' ? [{ ref: refOf(person), alias, aliasKey }] : [];
    });
  });
  const roles = people.flatMap((person) => person.roles.map((role) => ({ ref: refOf(person), role })));
  const mentions = people.flatMap((person) => person.mentions.map((span) => ({ ref: refOf(person), span })));
  const roleWordsOf = new Map(plan.linking.order.map((named) => [named.person.id, named.roleWords]));
  const words = people.flatMap((person) =>
    [...roleWordsOf.get(person.id)!].map((word) => ({ ref: refOf(person), word })),
  );
  const { rows: ids } = await runPrepared<{ ref: number; id: number }>(sql, WRITE_PEOPLE, [
    articleId,
    created.map((person) => person.name),
    created.map((person) => person.nameKey),
    created.map((person) => person.identity),
    created.map((person) => person.family),
    people.map((person) => person.id),
    people.map(refOf),
    people.map((person) => person.name),
    people.map((person) => links.get(person.id)!.reason),
    aliases.map((a) => a.ref),
    aliases.map((a) => a.alias),
    aliases.map((a) => a.aliasKey),
    roles.map((r) => r.ref),
    roles.map((r) => r.role.text),
    roles.map((r) => r.role.start),
    roles.map((r) => r.role.end),
    roles.map((r) => r.role.time),
    roles.map((r) => r.role.at),
    mentions.map((m) => m.ref),
    mentions.map((m) => m.span.start),
    mentions.map((m) => m.span.end),
    words.map((w) => w.ref),
    words.map((w) => w.word),
  ]);
  const byRef = new Map(ids.map(({ ref, id }) => [ref, id]));
  return linkedPeople(
    decision,
    created.map((_, index) => byRef.get(-index - 1)!),
  );
}

/**
 * A document's attributions ($2), in their order, their statements left to fill in (WRITE_REPORTS): their
 * ids, in their order.
 */
const INSERT_ATTRIBUTIONS = prepared(`
  INSERT INTO attributions (article_id, local_id, seq, type, source_start, source_end, source_text, cue_start,
      cue_end, cue_text, content, content_search, speaker_local_id, speaker_name, person_id, said_at, dating,
      polarity, medium, via, confidence, dated, source_key, published_on)
    SELECT $1::int, a.local_id, a.seq, a.type, a.source_start, a.source_end, a.source_text, a.cue_start,
      a.cue_end, a.cue_text, a.content, a.content_search, a.speaker_local_id, a.speaker_name, a.person_id,
      a.said_at, a.dating, a.polarity, a.medium, a.via, a.confidence, a.dated, a.source_key, $3::text
    FROM jsonb_to_recordset($2::jsonb) AS a (local_id text, seq int, type text, source_start int,
        source_end int, source_text text, cue_start int, cue_end int, cue_text text, content jsonb,
        content_search text, speaker_local_id text, speaker_name text, person_id int, said_at jsonb,
        dating text, polarity text, medium jsonb, via text, confidence float8, dated text, source_key text)
    ORDER BY a.seq
    RETURNING id, seq`);

async function insertAttributions(
  sql: Sql,
  articleId: number,
  plan: DocumentPlan,
  reports: readonly ReportToWrite[],
): Promise<number[]> {
  if (reports.length === 0) return [];
  const { rows: inserted } = await runPrepared<{ id: number; seq: number }>(sql, INSERT_ATTRIBUTIONS, [
    articleId,
    JSON.stringify(reports.map(({ report }, seq) => attributionRow(seq, report))),
    plan.input.extraction.meta.published?.slice(0, 10) ?? '',
  ]);
  const bySeq = new Map(inserted.map(({ id, seq }) => [seq, id]));
  return reports.map((_, seq) => bySeq.get(seq)!);
}

/**
 * What statement linking decided, in one statement: the new statements ($1..$2, in their order); each
 * attribution ($4) under its statement ($5: a stored one, else $6: the index of a new one), with how it
 * matched; and the report terms and runs of words later reports find them by ($9..$12 and $13..$14,
 * link-statements.ts).
 */
const WRITE_REPORTS = prepared(`
  WITH created AS (
    INSERT INTO statements (person_id, source_key, created_at)
      SELECT person_id, source_key, $3::text FROM unnest($1::int[], $2::text[]) WITH ORDINALITY
        AS statement (person_id, source_key, ord)
      ORDER BY ord
      RETURNING id
  ), numbered AS (
    SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM created
  ), linked AS (
    UPDATE attributions a
      SET statement_id = coalesce(given.statement_id, numbered.id), statement_match = given.match,
        altered = given.altered
      FROM unnest($4::int[], $5::int[], $6::int[], $7::text[], $8::int[])
          AS given (id, statement_id, created, match, altered)
        LEFT JOIN numbered ON numbered.n = given.created
      WHERE a.id = given.id
  ), terms AS (
    INSERT INTO report_terms (speaker_key, term, dated, attribution_id)
      SELECT * FROM unnest($9::text[], $10::text[], $11::text[], $12::int[])
      ON CONFLICT DO NOTHING
  )
  INSERT INTO report_word_runs (run, attribution_id)
    SELECT * FROM unnest($13::bigint[], $14::int[])
    ON CONFLICT DO NOTHING`);

async function writeReports(
  sql: Sql,
  ids: readonly number[],
  reports: readonly ReportToWrite[],
  { linked: statements, created }: { linked: readonly LinkedReport[]; created: readonly NewStatement[] },
): Promise<void> {
  if (reports.length === 0) return;
  const terms = reports.flatMap(({ report, words }, seq) => {
    const indexed = reportTerms(report, words);
    return indexed === null
      ? []
      : indexed.stems.map((term) => ({
          id: ids[seq]!,
          speaker: indexed.speaker,
          term,
          dated: indexed.dated,
        }));
  });
  const runs = reports.flatMap(({ words }, seq) => words.indexedRuns.map((run) => ({ id: ids[seq]!, run })));
  await runPrepared(sql, WRITE_REPORTS, [
    created.map((statement) => statement.personId),
    created.map((statement) => statement.sourceKey),
    new Date().toISOString(),
    ids,
    statements.map((statement) => statement.statementId),
    statements.map((statement) => statement.created),
    statements.map((statement) => statement.match),
    statements.map((statement) => (statement.altered ? 1 : 0)),
    terms.map((t) => t.speaker),
    terms.map((t) => t.term),
    terms.map((t) => t.dated),
    terms.map((t) => t.id),
    runs.map((r) => r.run),
    runs.map((r) => r.id),
  ]);
}

/** An attribution as INSERT_ATTRIBUTIONS reads it ($2), but its article and publication day. */
function attributionRow(
  seq: number,
  { attribution, personId, dated }: ReportToWrite['report'],
): Record<string, unknown> {
  const { source, cue, speaker, saidAt } = attribution;
  const content: TextSpan[] = attribution.content.map(({ start, end, text }) => ({ start, end, text }));
  return {
    local_id: attribution.id,
    seq,
    type: attribution.type,
    source_start: source?.start ?? null,
    source_end: source?.end ?? null,
    source_text: source?.text ?? null,
    cue_start: cue?.start ?? null,
    cue_end: cue?.end ?? null,
    cue_text: cue?.text ?? null,
    content,
    content_search: matchKey(content.map((fragment) => fragment.text).join('\n')),
    speaker_local_id: speaker?.id ?? null,
    speaker_name: speaker?.name ?? null,
    person_id: personId,
    said_at: saidAt ?? null,
    dating: attribution.dating,
    polarity: attribution.polarity,
    medium: attribution.medium ?? null,
    via: attribution.via,
    confidence: attribution.confidence,
    dated,
    source_key: source ? matchKey(source.text) : null,
  };
}

/**
 * After a replacement: the statements of the old version no report holds any more go first (they may hold
 * the people deleted next), then the old version's people no article names any more, with their evidence.
 */
async function cleanUpFormer(sql: Sql, former: Former): Promise<void> {
  await sql.query(
    `DELETE FROM statements s WHERE s.id = ANY($1::int[])
      AND NOT EXISTS (SELECT 1 FROM attributions a WHERE a.statement_id = s.id)`,
    [former.statements.map((statement) => statement.id)],
  );
  const unused = await rows<{ id: number }>(
    sql,
    `SELECT id FROM unnest($1::int[]) AS id
      WHERE NOT EXISTS (SELECT 1 FROM article_people WHERE person_id = id) ORDER BY id`,
    [former.people.map((person) => person.id)],
  );
  if (unused.length === 0) return;
  const ids = unused.map((person) => person.id);
  await sql.query('DELETE FROM person_role_words WHERE person_id = ANY($1::int[])', [ids]);
  await sql.query('DELETE FROM person_pairs WHERE person_id = ANY($1::int[]) OR other_id = ANY($1::int[])', [
    ids,
  ]);
  await sql.query('DELETE FROM people WHERE id = ANY($1::int[])', [ids]);
}

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}
