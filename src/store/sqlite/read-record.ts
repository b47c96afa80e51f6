import type { AttributionColumns } from './attribution-row.js';
import type Database from 'better-sqlite3';
import {
  DATINGS,
  isAttributionType,
  POLARITIES,
  ROLE_TIMES,
  type Attribution,
  type Medium,
  type SaidAt,
  type TextSpan,
} from '../../types.js';
import { matchKey } from '../../link/match-key.js';
import type {
  ArticleRef,
  AttributionFilter,
  StoredArticle,
  StoredAttribution,
  StoredPerson,
  StoredRole,
  StoredVersion,
} from '../store.js';

/** Reads one stored attribution row into the contract's shape, with its article, person and statement. */
export { storedAttribution, ATTRIBUTION_SELECT };

export interface RecordReader {
  storedVersion(key: string): StoredVersion | null;
  listArticles(): StoredArticle[];
  listPeople(): StoredPerson[];
  listAttributions(filter: AttributionFilter): StoredAttribution[];
}

/** An attribution as the record query reads it, with its article and stored person. */
interface AttributionRow extends AttributionColumns {
  file: string | null;
  url: string | null;
  personName: string | null;
}

const ATTRIBUTION_SELECT = `SELECT a.article_id AS articleId, ar.file, ar.url, a.local_id AS localId, a.type,
    a.source_start AS sourceStart, a.source_end AS sourceEnd, a.source_text AS sourceText,
    a.cue_start AS cueStart, a.cue_end AS cueEnd, a.cue_text AS cueText, a.content,
    a.speaker_local_id AS speakerLocalId, a.speaker_name AS speakerName,
    a.person_id AS personId, p.name AS personName, a.said_at AS saidAt, a.dating, a.polarity, a.medium,
    a.via, a.confidence, a.statement_id AS statementId, a.statement_match AS statementMatch, a.altered
  FROM attributions a
  JOIN articles ar ON ar.id = a.article_id
  LEFT JOIN people p ON p.id = a.person_id`;

export function prepareRecordReader(db: Database.Database): RecordReader {
  const articles = db.prepare<[], StoredArticle>(`SELECT id, source_key AS key, file, url, title, published,
      outlet, language, content_hash AS contentHash, ingested_at AS ingestedAt, canonical_url AS canonical,
      (SELECT copy_of FROM article_copies WHERE article_id = articles.id) AS copyOf,
      (SELECT count(*) FROM attributions WHERE article_id = articles.id) AS attributions
    FROM articles ORDER BY id`);
  const people = db.prepare<[], Omit<StoredPerson, 'aliases' | 'roles'>>(`SELECT id, name,
      (SELECT count(*) FROM attributions WHERE person_id = people.id AND wrong = 0) AS statements,
      (SELECT count(*) FROM mentions WHERE person_id = people.id) AS mentions,
      (SELECT count(DISTINCT article_id) FROM article_people WHERE person_id = people.id) AS articles
    FROM people WHERE merged_into IS NULL ORDER BY statements DESC, name, id`);
  const aliases = db.prepare<[], { personId: number; alias: string }>(`SELECT person_id AS personId, alias
    FROM person_aliases GROUP BY person_id, alias_key ORDER BY person_id, min(rowid)`);
  const roles = db.prepare<
    [],
    {
      personId: number;
      text: string;
      start: number;
      end: number;
      time: string;
      at: string | null;
    } & ArticleRef
  >(
    `SELECT r.person_id AS personId, r.text, r.span_start AS start, r.span_end AS end, r.time,
        r.held_at AS at, ar.id, ar.file, ar.url
      FROM person_roles r JOIN articles ar ON ar.id = r.article_id
      ORDER BY r.person_id, r.article_id, r.span_start`,
  );

  const version = db.prepare<[string], StoredVersion>(
    `SELECT id AS articleId, content_hash AS contentHash,
      (SELECT bytes_hash FROM documents WHERE article_id = articles.id) AS bytesHash
    FROM articles WHERE source_key = ?`,
  );

  return {
    storedVersion: (key) => version.get(key) ?? null,
    listArticles: () => articles.all(),
    listPeople() {
      const aliasesOf = groupBy(aliases.all(), (row) => row.alias);
      const rolesOf = groupBy(roles.all(), ({ text, start, end, time, at, id, file, url }): StoredRole => ({
        text,
        start,
        end,
        time: oneOf(ROLE_TIMES, time, 'role time'),
        at,
        article: { id, file, url },
      }));
      return people.all().map((person) => ({
        ...person,
        aliases: aliasesOf.get(person.id) ?? [],
        roles: rolesOf.get(person.id) ?? [],
      }));
    },
    listAttributions(filter) {
      const { sql, params } = attributionQuery(filter);
      return db.prepare<Record<string, unknown>, AttributionRow>(sql).all(params).map(storedAttribution);
    },
  };
}

/** The query for a filter: fixed SQL fragments chosen by which filters are set, values always bound. */
function attributionQuery(filter: AttributionFilter): { sql: string; params: Record<string, unknown> } {
  // Attributions a correction says are wrong are left out of listings.
  const where: string[] = ['a.wrong = 0'];
  const params: Record<string, unknown> = {};
  if (filter.type !== undefined) {
    where.push('a.type = @type');
    params.type = filter.type;
  }
  if (filter.personId !== undefined) {
    where.push('a.person_id = @personId');
    params.personId = filter.personId;
  }
  if (filter.statementId !== undefined) {
    where.push('a.statement_id = @statementId');
    params.statementId = filter.statementId;
  }
  if (filter.speaker !== undefined) {
    where.push(`a.person_id IN (SELECT id FROM people WHERE name_key = @speaker
      UNION SELECT person_id FROM person_aliases WHERE alias_key = @speaker)`);
    params.speaker = matchKey(filter.speaker);
  }
  if (filter.contains !== undefined && matchKey(filter.contains) !== '') {
    where.push('instr(a.content_search, @contains) > 0');
    params.contains = matchKey(filter.contains);
  }
  params.limit = filter.limit ?? -1;
  const sql = `${ATTRIBUTION_SELECT}
    WHERE ${where.join(' AND ')}
    ORDER BY a.article_id, a.seq
    LIMIT @limit`;
  return { sql, params };
}

function storedAttribution(row: AttributionRow): StoredAttribution {
  if (!isAttributionType(row.type)) throw new Error(`stored attribution has unknown type ${row.type}`);
  const attribution: Attribution = {
    id: row.localId,
    type: row.type,
    source: textSpan(row.sourceStart, row.sourceEnd, row.sourceText),
    cue: textSpan(row.cueStart, row.cueEnd, row.cueText),
    content: JSON.parse(row.content) as TextSpan[],
    speaker:
      row.speakerLocalId !== null && row.speakerName !== null
        ? { id: row.speakerLocalId, name: row.speakerName }
        : null,
    saidAt: row.saidAt === null ? null : (JSON.parse(row.saidAt) as SaidAt),
    dating: oneOf(DATINGS, row.dating, 'dating'),
    polarity: oneOf(POLARITIES, row.polarity, 'polarity'),
    medium: row.medium === null ? null : (JSON.parse(row.medium) as Medium),
    via: row.via,
    confidence: row.confidence,
  };
  return {
    article: { id: row.articleId, file: row.file, url: row.url },
    attribution,
    person:
      row.personId !== null && row.personName !== null ? { id: row.personId, name: row.personName } : null,
    statement:
      row.statementId === null
        ? null
        : {
            id: row.statementId,
            match: oneOf(STATEMENT_MATCHES, row.statementMatch ?? 'first', 'statement match'),
            altered: row.altered === 1,
          },
  };
}

const STATEMENT_MATCHES = ['first', 'verbatim', 'truncated', 'edited', 'paraphrased', 'translated'] as const;

/** A stored value of a closed vocabulary (the schema's CHECK holds it), typed. */
function oneOf<Value extends string>(values: readonly Value[], value: string, what: string): Value {
  if (!(values as readonly string[]).includes(value))
    throw new Error(`stored attribution has unknown ${what} ${value}`);
  return value as Value;
}

function textSpan(start: number | null, end: number | null, text: string | null): TextSpan | null {
  return start === null || end === null || text === null ? null : { start, end, text };
}

function groupBy<Row extends { personId: number }, Value>(
  rows: readonly Row[],
  value: (row: Row) => Value,
): Map<number, Value[]> {
  const groups = new Map<number, Value[]>();
  for (const row of rows) {
    const group = groups.get(row.personId);
    if (group) group.push(value(row));
    else groups.set(row.personId, [value(row)]);
  }
  return groups;
}
