import { matchKey } from '../../link/match-key.js';
import { roleWords } from '../../link/role-words.js';
import type { Person, TextSpan } from '../../types.js';
import { contentHash } from '../content-hash.js';
import type { WriteResult } from '../sqlite/write-document.js';
import type { IngestInput } from '../store.js';
import { reapplyCorrections } from './corrections.js';
import { linkPeople, peopleLockKeys, type LinkedPerson } from './link-people.js';
import { reportSpeakerKey } from '../statement-linking.js';
import {
  linkStatement,
  reportTerms,
  reportWords,
  type ReportToLink,
  type ReportWords,
  type StatementLink,
} from './link-statements.js';
import { prepared, runPrepared } from './prepared.js';
import { keepRevision } from './revisions.js';
import { row, rows, type Sql } from './sql.js';
import { copyCheck, linkCopy, type CopyCheck } from './syndication.js';
import { bandLockKey, documentLockKeys, lockKeys, personLockKey, speakerLockKey } from './write-locks.js';

export type { WriteResult };

/**
 * One document to write, with what can be worked out before touching the database: its hash, its people
 * (the speakers the people list lacks added), its shingles and bands, its reports' words. Computed before
 * the write takes its locks, so that the locks are held for SQL, not for this.
 */
export interface DocumentPlan {
  readonly input: IngestInput;
  readonly key: string;
  readonly hash: string;
  readonly canonical: string | null;
  readonly people: readonly Person[];
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
  return {
    input,
    key,
    hash: contentHash(input.text),
    canonical: extraction.meta.canonical ?? null,
    people: [...extraction.people, ...uniqueById(unlisted)],
    copies: copyCheck(input.text, extraction.blocks),
    reports: extraction.attributions.map(reportWords),
  };
}

/**
 * The locks a document's write takes before it reads what it decides on (write-locks.ts): a batch takes
 * them for all its documents first. Those of the people of a version being replaced are added by the write.
 */
export const planLockKeys = (plan: DocumentPlan): { document: string[]; linking: string[] } => ({
  document: documentLockKeys(plan.key, plan.hash, plan.canonical),
  linking: [...peopleLockKeys(plan.people), ...plan.copies.bands.map(bandLockKey)],
});

/** What a version being replaced leaves to clean up once the new one is written. */
interface Former {
  readonly articleId: number;
  readonly people: readonly { id: number; lockKey: string }[];
  readonly statements: readonly { id: number; speaker: string | null }[];
}

/**
 * Writes one document on `sql` (the caller holds the transaction), as src/store/sqlite/write-document.ts
 * does: an unchanged document (same key, same content hash) is left alone; the same text or canonical URL
 * under another key is a duplicate; a changed one is kept as a revision, deleted (its rows go by ON DELETE
 * CASCADE) and written again under the same article id. Any error leaves the transaction to roll back.
 */
export async function writeDocument(sql: Sql, plan: DocumentPlan): Promise<WriteResult> {
  const { input, key, hash, canonical } = plan;
  const locks = planLockKeys(plan);
  await lockKeys(sql, locks.document);
  const existing = await row<{ id: number; contentHash: string }>(
    sql,
    'SELECT id, content_hash AS "contentHash" FROM articles WHERE source_key = $1',
    [key],
  );
  if (existing?.contentHash === hash) return { status: 'unchanged', articleId: existing.id };
  if (!existing) {
    const stored = await storedCopy(sql, key, hash, canonical);
    if (stored !== null) {
      await clearFailure(sql, key);
      return { status: 'duplicate', articleId: stored };
    }
  }
  const former = existing ? await formerVersion(sql, existing.id) : null;
  await lockKeys(sql, [...locks.linking, ...(former?.people.map((person) => person.lockKey) ?? [])]);
  if (former) {
    await keepRevision(sql, former.articleId, key, input.extraction);
    await sql.query('DELETE FROM articles WHERE id = $1', [former.articleId]);
  }
  const articleId = await insertArticle(sql, input, key, hash, existing?.id ?? null);
  await writeBody(sql, articleId, plan, former);
  await reapplyCorrections(sql, articleId, key);
  if (input.document) await insertDocument(sql, articleId, input);
  const copyOf = await linkCopy(sql, articleId, plan.copies);
  await clearFailure(sql, key);
  if (former) await cleanUpFormer(sql, former);
  return { status: existing ? 'replaced' : 'added', articleId, copyOf };
}

/** The article already stored under another key with the same text, or with this canonical URL. */
async function storedCopy(
  sql: Sql,
  key: string,
  hash: string,
  canonical: string | null,
): Promise<number | null> {
  const sameText = await row<{ id: number }>(
    sql,
    'SELECT id FROM articles WHERE content_hash = $1 AND source_key <> $2 ORDER BY id LIMIT 1',
    [hash, key],
  );
  if (sameText) return sameText.id;
  if (canonical === null) return null;
  const sameCanonical = await row<{ id: number }>(
    sql,
    `SELECT id FROM articles WHERE (canonical_url = $1 OR source_key = $1) AND source_key <> $2
      ORDER BY id LIMIT 1`,
    [canonical, key],
  );
  return sameCanonical?.id ?? null;
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

async function insertArticle(
  sql: Sql,
  input: IngestInput,
  key: string,
  hash: string,
  id: number | null,
): Promise<number> {
  const { extraction } = input;
  const { meta } = extraction;
  // A replaced article keeps its id; a new one takes the next of the identity column.
  const inserted = await row<{ id: number }>(
    sql,
    `INSERT INTO articles (id, source_key, file, url, content_hash, text, title, published, outlet, language,
        meta, diagnostics, contract_version, fetched_at, ingested_at, canonical_url)
      VALUES (${id === null ? 'DEFAULT' : '$16'}, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,
        $15)
      RETURNING id`,
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
      ...(id === null ? [] : [id]),
    ],
  );
  return inserted!.id;
}

async function insertDocument(sql: Sql, articleId: number, input: IngestInput): Promise<void> {
  const document = input.document!;
  await sql.query(
    `INSERT INTO documents (article_id, origin, name, url, content_type, bytes_hash, bytes_gzip, fetched_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      articleId,
      document.origin,
      document.name,
      document.url,
      document.contentType,
      document.bytesHash,
      Buffer.from(document.bytesGzip.buffer, document.bytesGzip.byteOffset, document.bytesGzip.byteLength),
      input.fetchedAt ?? new Date().toISOString(),
    ],
  );
}

const clearFailure = async (sql: Sql, key: string): Promise<void> => {
  await sql.query('DELETE FROM ingest_errors WHERE source_key = $1', [key]);
};

/** The blocks, the people (linked to the record's), then the attributions with their statements. */
async function writeBody(
  sql: Sql,
  articleId: number,
  plan: DocumentPlan,
  former: Former | null,
): Promise<void> {
  const { extraction } = plan.input;
  await sql.query(
    `INSERT INTO blocks (article_id, seq, kind, span_start, span_end)
      SELECT $1::int, block.seq - 1, block.kind, block.span_start, block.span_end
      FROM unnest($2::text[], $3::int[], $4::int[]) WITH ORDINALITY AS block (kind, span_start, span_end, seq)`,
    [
      articleId,
      extraction.blocks.map((block) => block.kind),
      extraction.blocks.map((block) => block.start),
      extraction.blocks.map((block) => block.end),
    ],
  );
  const linked = await linkPeople(sql, plan.people);
  await lockKeys(sql, await speakerLockKeys(sql, plan, linked, former));
  await writePeople(sql, articleId, plan.people, linked);
  const published = extraction.meta.published?.slice(0, 10) ?? null;
  for (const [seq, attribution] of extraction.attributions.entries()) {
    const personId = attribution.speaker ? (linked.get(attribution.speaker.id)?.personId ?? null) : null;
    const report: ReportToLink = { attribution, personId, dated: attribution.saidAt?.value ?? published };
    const words = plan.reports[seq]!;
    const statement = await linkStatement(sql, report, words);
    const terms = reportTerms(report, words);
    await runPrepared(sql, INSERT_ATTRIBUTION, [
      ...attributionValues(articleId, seq, report, statement),
      published ?? '',
      terms?.speaker ?? null,
      terms?.dated ?? '',
      terms?.stems ?? [],
    ]);
  }
}

/**
 * The speakers whose statements this write reads or changes: its reports' (the people just linked, the
 * unnamed sources), the replaced version's statements', and those of hand corrections it applies again.
 */
async function speakerLockKeys(
  sql: Sql,
  plan: DocumentPlan,
  linked: ReadonlyMap<string, LinkedPerson>,
  former: Former | null,
): Promise<string[]> {
  const corrected = await rows<{ personId: number }>(
    sql,
    `SELECT DISTINCT person_id AS "personId" FROM corrections
      WHERE article_key = $1 AND undone_at IS NULL AND kind = 'speaker' AND person_id IS NOT NULL`,
    [plan.key],
  );
  const speakers = [
    ...[...linked.values()].map((link) => `p${link.personId}`),
    ...plan.input.extraction.attributions.flatMap((attribution) =>
      attribution.speaker ? [] : [reportSpeakerKey(attribution, null)],
    ),
    ...(former?.statements.map((statement) => statement.speaker) ?? []),
    ...corrected.map(({ personId }) => `p${personId}`),
  ];
  return speakers.flatMap((speaker) => (speaker === null ? [] : [speakerLockKey(speaker)]));
}

/** Each article person under the global person it is, with aliases, roles, mentions and the evidence. */
async function writePeople(
  sql: Sql,
  articleId: number,
  people: readonly Person[],
  linked: ReadonlyMap<string, LinkedPerson>,
): Promise<void> {
  const idOf = (person: Person): number => linked.get(person.id)!.personId;
  await sql.query(
    `INSERT INTO article_people (article_id, local_id, person_id, name, reason)
      SELECT $1::int, * FROM unnest($2::text[], $3::int[], $4::text[], $5::text[])`,
    [
      articleId,
      people.map((person) => person.id),
      people.map(idOf),
      people.map((person) => person.name),
      people.map((person) => linked.get(person.id)!.reason),
    ],
  );
  const aliases = people.flatMap((person) => {
    const ownKey = matchKey(person.name);
    return person.aliases.flatMap((alias) => {
      const aliasKey = matchKey(alias);
      return aliasKey !== ownKey && aliasKey !== '' ? [{ personId: idOf(person), alias, aliasKey }] : [];
    });
  });
  await sql.query(
    `INSERT INTO person_aliases (article_id, person_id, alias, alias_key)
      SELECT $1::int, * FROM unnest($2::int[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING`,
    [articleId, aliases.map((a) => a.personId), aliases.map((a) => a.alias), aliases.map((a) => a.aliasKey)],
  );
  const roles = people.flatMap((person) => person.roles.map((role) => ({ personId: idOf(person), role })));
  await sql.query(
    `INSERT INTO person_roles (article_id, person_id, text, span_start, span_end, time, held_at)
      SELECT $1::int, * FROM unnest($2::int[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[])`,
    [
      articleId,
      roles.map((r) => r.personId),
      roles.map((r) => r.role.text),
      roles.map((r) => r.role.start),
      roles.map((r) => r.role.end),
      roles.map((r) => r.role.time),
      roles.map((r) => r.role.at),
    ],
  );
  const mentions = people.flatMap((person) =>
    person.mentions.map((span) => ({ personId: idOf(person), span })),
  );
  await sql.query(
    `INSERT INTO mentions (article_id, person_id, span_start, span_end)
      SELECT $1::int, * FROM unnest($2::int[], $3::int[], $4::int[])`,
    [
      articleId,
      mentions.map((m) => m.personId),
      mentions.map((m) => m.span.start),
      mentions.map((m) => m.span.end),
    ],
  );
  await writeEvidence(sql, people, idOf);
}

/**
 * The evidence later family names alone are linked on: each person's role words, and who was mentioned with
 * whom. Rows shared between articles, written in key order so that two writers never wait in a cycle.
 */
async function writeEvidence(
  sql: Sql,
  people: readonly Person[],
  idOf: (person: Person) => number,
): Promise<void> {
  const words = people
    .flatMap((person) =>
      [...roleWords(person.roles.map((role) => role.text))].map((word) => ({ id: idOf(person), word })),
    )
    .sort((a, b) => a.id - b.id || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  await sql.query(
    `INSERT INTO person_role_words (person_id, word) SELECT * FROM unnest($1::int[], $2::text[])
      ON CONFLICT DO NOTHING`,
    [words.map((w) => w.id), words.map((w) => w.word)],
  );
  const ids = [...new Set(people.map(idOf))].sort((a, b) => a - b);
  const pairs = ids.flatMap((id) => ids.filter((other) => other !== id).map((other) => [id, other] as const));
  await sql.query(
    `INSERT INTO person_pairs (person_id, other_id) SELECT * FROM unnest($1::int[], $2::int[])
      ON CONFLICT DO NOTHING`,
    [pairs.map(([id]) => id), pairs.map(([, other]) => other)],
  );
}

/**
 * An attribution, and its report terms (link-statements.ts) under the speaker $28 unless null: one round
 * trip, as a document writes one attribution after another (each may repeat the one before).
 */
const INSERT_ATTRIBUTION = prepared(`WITH inserted AS (
    INSERT INTO attributions (article_id, local_id, seq, type, source_start, source_end, source_text, cue_start,
      cue_end, cue_text, content, content_search, speaker_local_id, speaker_name, person_id, said_at, dating,
      polarity, medium, via, confidence, statement_id, statement_match, altered, dated, source_key, published_on)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22,
      $23, $24, $25, $26, $27)
    RETURNING id
  )
  INSERT INTO report_terms (speaker_key, term, dated, attribution_id)
    SELECT $28::text, term, $29::text, inserted.id FROM inserted, unnest($30::text[]) AS term
    WHERE $28::text IS NOT NULL
    ON CONFLICT DO NOTHING`);

/** The values of INSERT_ATTRIBUTION's attribution but the last (published_on). */
function attributionValues(
  articleId: number,
  seq: number,
  { attribution, personId, dated }: ReportToLink,
  statement: StatementLink,
): unknown[] {
  const { source, cue, speaker, saidAt } = attribution;
  const content: TextSpan[] = attribution.content.map(({ start, end, text }) => ({ start, end, text }));
  return [
    articleId,
    attribution.id,
    seq,
    attribution.type,
    source?.start ?? null,
    source?.end ?? null,
    source?.text ?? null,
    cue?.start ?? null,
    cue?.end ?? null,
    cue?.text ?? null,
    JSON.stringify(content),
    matchKey(content.map((fragment) => fragment.text).join('\n')),
    speaker?.id ?? null,
    speaker?.name ?? null,
    personId,
    saidAt ? JSON.stringify(saidAt) : null,
    attribution.dating,
    attribution.polarity,
    attribution.medium ? JSON.stringify(attribution.medium) : null,
    attribution.via,
    attribution.confidence,
    statement.statementId,
    statement.match,
    statement.altered ? 1 : 0,
    dated,
    source ? matchKey(source.text) : null,
  ];
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
