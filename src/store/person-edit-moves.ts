/**
 * What a merge of people keeps to be undone, whatever the engine: each row it moved from the merged person, or
 * dropped because the person it joined had it already, by table (`person_edit_rows.table_name` is
 * `table.column`). A store copied from SQLite to PostgreSQL undoes the merges made before the copy.
 */

/** A table a merge moves rows of: the column holding the person, and the columns that find a row again. */
export interface UndoableMove {
  readonly table: string;
  readonly column: string;
  readonly key: readonly string[];
  /** The column holds the speaker key `p<id>`, not the id. */
  readonly speakerKey?: true;
}

/**
 * The rows a merge moves, by table: the column holding the person, and the columns that find one row again
 * among the person's (a merge keeps each row's other values).
 */
export const UNDOABLE_MOVE_TABLES: readonly UndoableMove[] = [
  { table: 'attributions', column: 'person_id', key: ['id'] },
  { table: 'article_people', column: 'person_id', key: ['article_id', 'local_id'] },
  { table: 'person_aliases', column: 'person_id', key: ['article_id', 'alias_key', 'alias'] },
  {
    table: 'person_roles',
    column: 'person_id',
    key: ['article_id', 'text', 'span_start', 'span_end', 'time'],
  },
  { table: 'mentions', column: 'person_id', key: ['article_id', 'span_start', 'span_end'] },
  { table: 'person_role_words', column: 'person_id', key: ['word'] },
  { table: 'person_pairs', column: 'person_id', key: ['other_id'] },
  { table: 'person_pairs', column: 'other_id', key: ['person_id'] },
  { table: 'statements', column: 'person_id', key: ['id'] },
  {
    table: 'report_terms',
    column: 'speaker_key',
    key: ['term', 'dated', 'attribution_id'],
    speakerKey: true,
  },
];
