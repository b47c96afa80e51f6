import { matchKey } from '../../link/match-key.js';
import { ROLE_TIMES, type RoleTime } from '../../types.js';
import type { AttributionColumns } from '../sqlite/attribution-row.js';
import { storedAttribution } from '../sqlite/read-record.js';
import type {
  ArticleRef,
  AttributionFilter,
  StoredArticle,
  StoredAttribution,
  StoredPerson,
  StoredRole,
} from '../store.js';
import { rows, type Sql } from './sql.js';

/**
 * The record as lists, as src/store/sqlite/read-record.ts reads it (the reference). Rows are read into the
 * contract's shapes by SQLite's own `storedAttribution`: the JSON columns are selected as text for it.
 * Text columns are COLLATE "C" (migrations.ts): they order by code point, as SQLite's BINARY does.
 */

/** An attribution as the record queries read it, with its article and stored person. */
export interface AttributionRow extends AttributionColumns {
  file: string | null;
  url: string | null;
  personName: string | null;
}

/** The attribution columns, camel-cased for `storedAttribution` (PostgreSQL folds unquoted names). */
export const ATTRIBUTION_COLUMNS = `a.article_id AS "articleId", ar.file, ar.url, a.local_id AS "localId",
    a.type, a.source_start AS "sourceStart", a.source_end AS "sourceEnd", a.source_text AS "sourceText",
    a.cue_start AS "cueStart", a.cue_end AS "cueEnd", a.cue_text AS "cueText", a.content::text AS content,
    a.speaker_local_id AS "speakerLocalId", a.speaker_name AS "speakerName", a.person_id AS "personId",
    p.name AS "personName", a.said_at::text AS "saidAt", a.dating, a.polarity, a.medium::text AS medium,
    a.via, a.confidence, a.statement_id AS "statementId", a.statement_match AS "statementMatch", a.altered`;

/** Where those columns come from: the attribution, its article and its person. */
export const ATTRIBUTION_FROM = `FROM attributions a
    JOIN articles ar ON ar.id = a.article_id
    LEFT JOIN people p ON p.id = a.person_id`;

/** The columns of a StoredArticle, for `articles` (aliased `ar` by the caller when `table` says so). */
export const articleColumns = (table: string): string => `${table}.id, ${table}.source_key AS key,
    ${table}.file, ${table}.url, ${table}.title, ${table}.published, ${table}.outlet, ${table}.language,
    ${table}.content_hash AS "contentHash", ${table}.ingested_at AS "ingestedAt",
    ${table}.canonical_url AS canonical,
    (SELECT copy_of FROM article_copies WHERE article_id = ${table}.id) AS "copyOf",
    (SELECT count(*) FROM attributions WHERE article_id = ${table}.id) AS attributions`;

export async function listArticles(sql: Sql): Promise<StoredArticle[]> {
  return rows<StoredArticle>(sql, `SELECT ${articleColumns('articles')} FROM articles ORDER BY id`);
}

/**
 * People with their aliases, roles and counts, those with the most statements first; only those of `ids`
 * when given (what `findPeople` lists).
 */
export async function listPeople(sql: Sql, ids?: readonly number[]): Promise<StoredPerson[]> {
  const only = ids === undefined ? '' : 'AND id = ANY($1::int[])';
  const values = ids === undefined ? [] : [ids];
  const people = await rows<Omit<StoredPerson, 'aliases' | 'roles'>>(
    sql,
    `SELECT id, name,
        (SELECT count(*) FROM attributions WHERE person_id = people.id AND wrong = 0) AS statements,
        (SELECT count(*) FROM mentions WHERE person_id = people.id) AS mentions,
        (SELECT count(DISTINCT article_id) FROM article_people WHERE person_id = people.id) AS articles
      FROM people WHERE merged_into IS NULL ${only}
      ORDER BY statements DESC, name, id`,
    values,
  );
  if (people.length === 0) return [];
  const personIds = ids === undefined ? null : people.map((person) => person.id);
  const aliasesOf = groupByPerson(await personAliases(sql, personIds));
  const rolesOf = groupByPerson(await personRoles(sql, personIds));
  return people.map((person) => ({
    ...person,
    aliases: (aliasesOf.get(person.id) ?? []).map((entry) => entry.alias),
    roles: (rolesOf.get(person.id) ?? []).map((entry) => entry.role),
  }));
}

/** `WHERE` for the rows of these people (null: everyone's). */
const ofPeople = (column: string, personIds: readonly number[] | null): [string, unknown[]] =>
  personIds === null ? ['', []] : [`WHERE ${column} = ANY($1::int[])`, [personIds]];

/**
 * The aliases of people (null: everyone) over all their articles, once per folded form, in the order they
 * were first stored (the first spelling stands for the others), as SQLite orders them by rowid
 * (migrations.ts: PostgreSQL's person_aliases keeps that order in a column of the same name).
 */
export async function personAliases(
  sql: Sql,
  personIds: readonly number[] | null,
): Promise<{ personId: number; alias: string }[]> {
  const [where, values] = ofPeople('person_id', personIds);
  return rows(
    sql,
    `SELECT "personId", alias FROM (
        SELECT DISTINCT ON (person_id, alias_key) person_id AS "personId", alias, rowid
          FROM person_aliases ${where}
          ORDER BY person_id, alias_key, rowid
      ) first ORDER BY "personId", rowid`,
    values,
  );
}

/** The roles of people (null: everyone) over all their articles, in article order then text order. */
export async function personRoles(
  sql: Sql,
  personIds: readonly number[] | null,
): Promise<{ personId: number; role: StoredRole }[]> {
  const [where, values] = ofPeople('r.person_id', personIds);
  const found = await rows<
    {
      personId: number;
      text: string;
      start: number;
      end: number;
      time: string;
      at: string | null;
    } & ArticleRef
  >(
    sql,
    `SELECT r.person_id AS "personId", r.text, r.span_start AS start, r.span_end AS "end", r.time,
        r.held_at AS at, ar.id, ar.file, ar.url
      FROM person_roles r JOIN articles ar ON ar.id = r.article_id ${where}
      ORDER BY r.person_id, r.article_id, r.span_start`,
    values,
  );
  return found.map(({ personId, text, start, end, time, at, id, file, url }) => ({
    personId,
    role: { text, start, end, time: roleTime(time), at, article: { id, file, url } },
  }));
}

/** Attributions in article order, then in the order the extraction gave them. */
export async function listAttributions(sql: Sql, filter: AttributionFilter): Promise<StoredAttribution[]> {
  // Attributions a correction says are wrong are left out of listings.
  const where: string[] = ['a.wrong = 0'];
  const values: unknown[] = [];
  const bind = (value: unknown): string => {
    values.push(value);
    return `$${values.length}`;
  };
  if (filter.type !== undefined) where.push(`a.type = ${bind(filter.type)}`);
  if (filter.personId !== undefined) where.push(`a.person_id = ${bind(filter.personId)}`);
  if (filter.statementId !== undefined) where.push(`a.statement_id = ${bind(filter.statementId)}`);
  if (filter.speaker !== undefined) {
    const speaker = bind(matchKey(filter.speaker));
    where.push(`a.person_id IN (SELECT id FROM people WHERE name_key = ${speaker}
      UNION SELECT person_id FROM person_aliases WHERE alias_key = ${speaker})`);
  }
  if (filter.contains !== undefined && matchKey(filter.contains) !== '')
    where.push(`strpos(a.content_search, ${bind(matchKey(filter.contains))}) > 0`);
  // A negative limit is none, as in SQLite.
  const limit = filter.limit === undefined || filter.limit < 0 ? '' : `LIMIT ${bind(filter.limit)}`;
  const found = await rows<AttributionRow>(
    sql,
    `SELECT ${ATTRIBUTION_COLUMNS} ${ATTRIBUTION_FROM}
      WHERE ${where.join(' AND ')}
      ORDER BY a.article_id, a.seq ${limit}`,
    values,
  );
  return found.map(storedAttribution);
}

/** A stored role time (the schema's CHECK holds it), typed. */
export function roleTime(value: string): RoleTime {
  if (!(ROLE_TIMES as readonly string[]).includes(value))
    throw new Error(`stored role has unknown time ${value}`);
  return value as RoleTime;
}

/** Rows by their person, in the order given. */
export function groupByPerson<Row extends { personId: number }>(found: readonly Row[]): Map<number, Row[]> {
  const groups = new Map<number, Row[]>();
  for (const entry of found) {
    const group = groups.get(entry.personId);
    if (group) group.push(entry);
    else groups.set(entry.personId, [entry]);
  }
  return groups;
}
