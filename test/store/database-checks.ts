/** Direct looks into a SQLite store's file, for tests: row counts and anything left dangling. */
import Database from 'better-sqlite3';

export const TABLES = [
  'articles',
  'blocks',
  'people',
  'article_people',
  'person_aliases',
  'person_roles',
  'mentions',
  'attributions',
] as const;

export function withDatabase<T>(path: string, look: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return look(db);
  } finally {
    db.close();
  }
}

export function rowCounts(path: string): Record<(typeof TABLES)[number], number> {
  return withDatabase(path, (db) => {
    const counts = {} as Record<(typeof TABLES)[number], number>;
    for (const table of TABLES)
      counts[table] = db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() ?? 0;
    return counts;
  });
}

const ORPHAN_QUERIES: Readonly<Record<string, string>> = {
  blocks: 'SELECT count(*) FROM blocks WHERE article_id NOT IN (SELECT id FROM articles)',
  article_people: 'SELECT count(*) FROM article_people WHERE article_id NOT IN (SELECT id FROM articles)',
  person_aliases: 'SELECT count(*) FROM person_aliases WHERE article_id NOT IN (SELECT id FROM articles)',
  person_roles: 'SELECT count(*) FROM person_roles WHERE article_id NOT IN (SELECT id FROM articles)',
  mentions: 'SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)',
  attributions: 'SELECT count(*) FROM attributions WHERE article_id NOT IN (SELECT id FROM articles)',
  attributionPeople:
    'SELECT count(*) FROM attributions WHERE person_id IS NOT NULL AND person_id NOT IN (SELECT id FROM people)',
  people: 'SELECT count(*) FROM people WHERE id NOT IN (SELECT person_id FROM article_people)',
};

/**
 * Every kind of dangling row, counted: rows of articles that are gone, and people that no article names.
 * A healthy store gives all zeros and passes SQLite's integrity and foreign-key checks.
 */
export function orphans(path: string): Record<string, number> {
  return withDatabase(path, (db) => {
    const counts: Record<string, number> = {};
    for (const [name, sql] of Object.entries(ORPHAN_QUERIES))
      counts[name] = db.prepare<[], number>(sql).pluck().get() ?? 0;
    counts.integrity = db.pragma('integrity_check', { simple: true }) === 'ok' ? 0 : 1;
    counts.foreignKeys = (db.pragma('foreign_key_check') as unknown[]).length;
    return counts;
  });
}

export const NO_ORPHANS = Object.fromEntries(
  [...Object.keys(ORPHAN_QUERIES), 'integrity', 'foreignKeys'].map((name) => [name, 0]),
);
