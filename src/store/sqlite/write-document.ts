import type { AttributionColumns } from './attribution-row.js';
import type Database from 'better-sqlite3';
import type { Attribution, Extraction, Person, PersonRef, TextSpan } from '../../types.js';
import { contentHash } from '../content-hash.js';
import { matchKey } from '../../link/match-key.js';
import type { IngestInput } from '../store.js';
import { prepareLinkPeople } from './link-people.js';
import { roleWords } from '../../link/role-words.js';
import { describedReason, describedRoleWords } from '../../link/described-role.js';
import { prepareRoleHolder } from './role-holder.js';
import { prepareStatementLinker, type StatementLink } from './link-statements.js';
import { prepareKeepRevision } from './revisions.js';
import { prepareSyndication } from './syndication.js';

export interface WriteResult {
  readonly status: 'added' | 'replaced' | 'unchanged' | 'duplicate';
  readonly articleId: number;
  readonly copyOf?: number | null;
}

export type WriteDocument = (input: IngestInput, key: string) => WriteResult;

interface ArticleRow {
  id: number | null;
  sourceKey: string;
  file: string | null;
  url: string | null;
  contentHash: string;
  text: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  language: string | null;
  meta: string;
  diagnostics: string;
  contractVersion: string;
  fetchedAt: string | null;
  ingestedAt: string;
  canonicalUrl: string | null;
}

/** An attribution as written, with its order in the article and its folded text for search. */
interface AttributionRow extends AttributionColumns {
  seq: number;
  contentSearch: string;
  dated: string | null;
  sourceKey: string | null;
  /** The article's publication date (`YYYY-MM-DD`, '' when unknown): the order of search without words. */
  publishedOn: string;
}

/**
 * Prepares the statements that write one document and returns the function that does it, in one IMMEDIATE
 * transaction: an unchanged document (same key, same content hash) is left alone; a changed one is deleted
 * (its rows go by ON DELETE CASCADE) and written again under the same article id; any error rolls the
 * whole document back.
 */
export function prepareWriteDocument(
  db: Database.Database,
  /** Applies the hand corrections kept under the article's key to its attributions as just written. */
  reapplyCorrections: (articleId: number, key: string) => void = () => undefined,
): WriteDocument {
  const findArticle = db.prepare<[string], { id: number; contentHash: string }>(
    'SELECT id, content_hash AS contentHash FROM articles WHERE source_key = ?',
  );
  const peopleOfArticle = db
    .prepare<[number], number>('SELECT DISTINCT person_id FROM article_people WHERE article_id = ?')
    .pluck();
  const deleteArticle = db.prepare<[number]>('DELETE FROM articles WHERE id = ?');
  const unused = 'NOT EXISTS (SELECT 1 FROM article_people WHERE person_id = ?)';
  const deleteEvidenceIfUnused = [
    db.prepare<[number, number]>(`DELETE FROM person_role_words WHERE person_id = ? AND ${unused}`),
    db.prepare<[number, number]>(`DELETE FROM person_pairs WHERE person_id = ? AND ${unused}`),
    db.prepare<[number, number]>(`DELETE FROM person_pairs WHERE other_id = ? AND ${unused}`),
  ];
  const deletePersonIfUnused = db.prepare<[number, number]>(`DELETE FROM people WHERE id = ? AND ${unused}`);
  const insertArticle = db.prepare<ArticleRow>(`INSERT INTO articles (id, source_key, file, url, content_hash,
      text, title, published, outlet, language, meta, diagnostics, contract_version, fetched_at, ingested_at,
      canonical_url)
    VALUES (@id, @sourceKey, @file, @url, @contentHash, @text, @title, @published, @outlet, @language, @meta,
      @diagnostics, @contractVersion, @fetchedAt, @ingestedAt, @canonicalUrl)`);
  const sameText = db
    .prepare<[string, string], number>(
      'SELECT id FROM articles WHERE content_hash = ? AND source_key != ? ORDER BY id LIMIT 1',
    )
    .pluck();
  const sameCanonical = db
    .prepare<[string, string, string], number>(
      `SELECT id FROM articles WHERE (canonical_url = ? OR source_key = ?) AND source_key != ?
        ORDER BY id LIMIT 1`,
    )
    .pluck();
  const insertDocument = db.prepare<
    [number, string, string, string | null, string | null, string, Uint8Array, string]
  >(
    `INSERT INTO documents (article_id, origin, name, url, content_type, bytes_hash, bytes_gzip, fetched_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const clearFailure = db.prepare<[string]>('DELETE FROM ingest_errors WHERE source_key = ?');
  const syndication = prepareSyndication(db);
  const insertBlock = db.prepare<[number, number, string, number, number]>(
    'INSERT INTO blocks (article_id, seq, kind, span_start, span_end) VALUES (?, ?, ?, ?, ?)',
  );
  const linkPeople = prepareLinkPeople(db);
  const roleHolder = prepareRoleHolder(db);
  const insertRoleWord = db.prepare<[number, string]>(
    'INSERT OR IGNORE INTO person_role_words (person_id, word) VALUES (?, ?)',
  );
  const insertPair = db.prepare<[number, number]>(
    'INSERT OR IGNORE INTO person_pairs (person_id, other_id) VALUES (?, ?)',
  );
  const statements = prepareStatementLinker(db);
  const keepRevision = prepareKeepRevision(db);
  const deleteOrphanStatements = db.prepare<[]>(
    'DELETE FROM statements WHERE NOT EXISTS (SELECT 1 FROM attributions WHERE statement_id = statements.id)',
  );
  const insertArticlePerson = db.prepare<[number, string, number, string, string]>(
    'INSERT INTO article_people (article_id, local_id, person_id, name, reason) VALUES (?, ?, ?, ?, ?)',
  );
  const insertAlias = db.prepare<[number, number, string, string]>(
    'INSERT OR IGNORE INTO person_aliases (article_id, person_id, alias, alias_key) VALUES (?, ?, ?, ?)',
  );
  const insertRole = db.prepare<[number, number, string, number, number, string, string | null]>(
    `INSERT INTO person_roles (article_id, person_id, text, span_start, span_end, time, held_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMention = db.prepare<[number, number, number, number]>(
    'INSERT INTO mentions (article_id, person_id, span_start, span_end) VALUES (?, ?, ?, ?)',
  );
  const insertAttribution = db.prepare<AttributionRow>(`INSERT INTO attributions (article_id, local_id, seq,
      type, source_start, source_end, source_text, cue_start, cue_end, cue_text, content, content_search,
      speaker_local_id, speaker_name, person_id, said_at, dating, polarity, medium, via, confidence,
      statement_id, statement_match, altered, dated, source_key, published_on)
    VALUES (@articleId, @localId, @seq, @type, @sourceStart, @sourceEnd, @sourceText, @cueStart, @cueEnd,
      @cueText, @content, @contentSearch, @speakerLocalId, @speakerName, @personId, @saidAt, @dating,
      @polarity, @medium, @via, @confidence, @statementId, @statementMatch, @altered, @dated, @sourceKey,
      @publishedOn)`);

  const writePerson = (articleId: number, person: Person, personId: number, reason: string): void => {
    insertArticlePerson.run(articleId, person.id, personId, person.name, reason);
    const ownKey = matchKey(person.name);
    for (const alias of person.aliases) {
      const aliasKey = matchKey(alias);
      if (aliasKey !== ownKey && aliasKey !== '') insertAlias.run(articleId, personId, alias, aliasKey);
    }
    for (const role of person.roles)
      insertRole.run(articleId, personId, role.text, role.start, role.end, role.time, role.at);
    for (const mention of person.mentions) insertMention.run(articleId, personId, mention.start, mention.end);
  };

  /**
   * "The city's transit commissioner said", where the article names no one: the one person the record
   * knows by that role from other articles, linked to the article under the description it gives (one
   * local speaker per such person and article, kept in `holders`). Null where no such person is known.
   */
  const describedSpeaker = (
    articleId: number,
    attribution: Attribution,
    holders: Map<number, PersonRef>,
  ): { readonly attribution: Attribution; readonly personId: number } | null => {
    if (attribution.speaker || !attribution.source) return null;
    const words = describedRoleWords(attribution.source.text);
    const holder = words === null ? null : roleHolder(words);
    if (words === null || holder === null) return null;
    let speaker = holders.get(holder.id);
    if (!speaker) {
      speaker = { id: `described-${holder.id}`, name: holder.name };
      holders.set(holder.id, speaker);
      const reason = describedReason(words, holder.name);
      insertArticlePerson.run(articleId, speaker.id, holder.id, attribution.source.text, reason);
    }
    return { attribution: { ...attribution, speaker }, personId: holder.id };
  };

  const writeBody = (articleId: number, extraction: Extraction): void => {
    extraction.blocks.forEach((block, seq) => {
      insertBlock.run(articleId, seq, block.kind, block.start, block.end);
    });
    // A speaker the article's people list does not hold is linked too, as a person without roles.
    const listed = new Set(extraction.people.map((person) => person.id));
    const unlisted = extraction.attributions.flatMap(({ speaker }) =>
      speaker && !listed.has(speaker.id)
        ? [{ id: speaker.id, name: speaker.name, aliases: [], roles: [], mentions: [] }]
        : [],
    );
    const people: Person[] = [...extraction.people, ...uniqueById(unlisted)];
    const linked = linkPeople(people);
    for (const person of people) {
      const link = linked.get(person.id)!;
      writePerson(articleId, person, link.personId, link.reason);
      for (const word of roleWords(person.roles.map((role) => role.text)))
        insertRoleWord.run(link.personId, word);
    }
    // Who was mentioned with whom: evidence for later family names alone.
    const ids = [...new Set([...linked.values()].map((link) => link.personId))];
    for (const id of ids) for (const other of ids) if (id !== other) insertPair.run(id, other);
    const published = extraction.meta.published?.slice(0, 10) ?? null;
    // A described person the article also names keeps the article's own speaker for them.
    const holders = new Map<number, PersonRef>(
      people.map((person) => [linked.get(person.id)!.personId, { id: person.id, name: person.name }]),
    );
    extraction.attributions.forEach((written, seq) => {
      const described = describedSpeaker(articleId, written, holders);
      const attribution = described?.attribution ?? written;
      const personId =
        described?.personId ?? (written.speaker ? (linked.get(written.speaker.id)?.personId ?? null) : null);
      const dated = attribution.saidAt?.value ?? published;
      const report = {
        attribution,
        personId,
        dated,
        language: attribution.language ?? extraction.meta.language,
      };
      const statement = statements.link(report, articleId);
      const row = {
        ...attributionRow(articleId, seq, attribution, personId, dated, statement),
        publishedOn: published ?? '',
      };
      statements.index(Number(insertAttribution.run(row).lastInsertRowid), report);
    });
  };

  const write = db.transaction((input: IngestInput, key: string): WriteResult => {
    const hash = contentHash(input.text);
    const existing = findArticle.get(key);
    if (existing?.contentHash === hash) return { status: 'unchanged', articleId: existing.id };
    if (!existing) {
      const canonical = input.extraction.meta.canonical;
      const stored =
        sameText.get(hash, key) ??
        (canonical === null ? undefined : sameCanonical.get(canonical, canonical, key));
      if (stored !== undefined) {
        clearFailure.run(key);
        return { status: 'duplicate', articleId: stored };
      }
    }
    let formerPeople: number[] = [];
    if (existing) {
      formerPeople = peopleOfArticle.all(existing.id);
      keepRevision(existing.id, key, input.extraction);
      deleteArticle.run(existing.id);
    }
    const row = articleRow(input, key, hash, existing?.id ?? null);
    const articleId = Number(insertArticle.run(row).lastInsertRowid);
    writeBody(articleId, input.extraction);
    reapplyCorrections(articleId, key);
    const document = input.document;
    if (document) {
      insertDocument.run(
        articleId,
        document.origin,
        document.name,
        document.url,
        document.contentType,
        document.bytesHash,
        document.bytesGzip,
        input.fetchedAt ?? row.ingestedAt,
      );
    }
    const copyOf = syndication.link(articleId, input.text, input.extraction.blocks);
    clearFailure.run(key);
    // Statements no report holds any more go first: they may hold the people deleted next.
    if (existing) deleteOrphanStatements.run();
    for (const personId of formerPeople) {
      for (const statement of deleteEvidenceIfUnused) statement.run(personId, personId);
      deletePersonIfUnused.run(personId, personId);
    }
    return { status: existing ? 'replaced' : 'added', articleId, copyOf };
  });

  return (input, key) => write.immediate(input, key);
}

function articleRow(input: IngestInput, key: string, hash: string, id: number | null): ArticleRow {
  const { extraction } = input;
  const { meta } = extraction;
  return {
    id,
    sourceKey: key,
    file: extraction.file,
    url: extraction.url,
    contentHash: hash,
    text: input.text,
    title: meta.title,
    published: meta.published,
    outlet: meta.outlet,
    language: meta.language,
    meta: JSON.stringify(meta),
    diagnostics: JSON.stringify(extraction.diagnostics),
    contractVersion: extraction.version,
    fetchedAt: input.fetchedAt ?? null,
    ingestedAt: new Date().toISOString(),
    canonicalUrl: meta.canonical ?? null,
  };
}

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

function attributionRow(
  articleId: number,
  seq: number,
  attribution: Attribution,
  personId: number | null,
  dated: string | null,
  statement: StatementLink,
): Omit<AttributionRow, 'publishedOn'> {
  const { source, cue, speaker, saidAt } = attribution;
  const content: TextSpan[] = attribution.content.map(({ start, end, text }) => ({ start, end, text }));
  return {
    articleId,
    localId: attribution.id,
    seq,
    type: attribution.type,
    sourceStart: source?.start ?? null,
    sourceEnd: source?.end ?? null,
    sourceText: source?.text ?? null,
    cueStart: cue?.start ?? null,
    cueEnd: cue?.end ?? null,
    cueText: cue?.text ?? null,
    content: JSON.stringify(content),
    contentSearch: matchKey(content.map((fragment) => fragment.text).join('\n')),
    speakerLocalId: speaker?.id ?? null,
    speakerName: speaker?.name ?? null,
    personId,
    saidAt: saidAt ? JSON.stringify(saidAt) : null,
    dating: attribution.dating,
    polarity: attribution.polarity,
    medium: attribution.medium ? JSON.stringify(attribution.medium) : null,
    via: attribution.via,
    confidence: attribution.confidence,
    statementId: statement.statementId,
    statementMatch: statement.match,
    altered: statement.altered ? 1 : 0,
    dated,
    sourceKey: source ? matchKey(source.text) : null,
  };
}
