/**
 * The tables `onrecord copy` moves, in an order in which every row's foreign keys point at rows already
 * copied. A table a migration adds must be listed here: copying refuses a source with a table it does not
 * know rather than leave it behind.
 */
export interface CopyTable {
  readonly name: string;
  /**
   * Columns that point into the same table (a person merged into a later one): copied as NULL with the
   * rows, then set once every row is there.
   */
  readonly later?: readonly string[];
}

export const COPY_TABLES: readonly CopyTable[] = [
  { name: 'articles' },
  { name: 'blocks' },
  { name: 'documents' },
  { name: 'article_copies' },
  { name: 'article_bands' },
  { name: 'article_revisions' },
  { name: 'people', later: ['merged_into'] },
  { name: 'article_people' },
  { name: 'person_aliases' },
  { name: 'person_roles' },
  { name: 'mentions' },
  { name: 'person_role_words' },
  { name: 'person_pairs' },
  { name: 'person_edits' },
  { name: 'person_edit_rows' },
  { name: 'statements' },
  { name: 'attributions' },
  { name: 'report_terms' },
  { name: 'report_word_runs' },
  { name: 'corrections' },
  { name: 'ingest_errors' },
  { name: 'feeds' },
  { name: 'feed_items' },
];

/**
 * SQLite tables that are not copied: the record of migrations (the target keeps its own) and the FTS5
 * index tables (PostgreSQL's full-text columns are filled by trigger as the rows arrive).
 */
export const isUncopiedTable = (name: string): boolean =>
  name === 'schema_migrations' || name.startsWith('sqlite_') || /_fts(?:$|_)/u.test(name);

/** Columns PostgreSQL has and SQLite has not, filled in the target by trigger. */
export const TARGET_ONLY_COLUMNS: ReadonlySet<string> = new Set(['search']);
