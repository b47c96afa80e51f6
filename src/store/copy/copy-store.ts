/**
 * `onrecord copy`: moves a SQLite store into PostgreSQL. Both are first brought up to date (so their columns
 * are the same), then each table is streamed from SQLite in batches and inserted with one statement per batch
 * (`unnest` of one array per column), keeping every id. The copy is one transaction: a copy that fails leaves
 * the target as it was, and other writers wait for it. Identity sequences then continue after the largest
 * id, and the full-text columns are filled by the target's triggers as rows arrive.
 */
import type Database from 'better-sqlite3';
import { errorMessage, StoreError } from '../../errors.js';
import { connectPool, redactUrl } from '../postgres/connect.js';
import { inTransaction, rows, type Sql } from '../postgres/sql.js';
import { COPY_TABLES, isUncopiedTable, TARGET_ONLY_COLUMNS, type CopyTable } from './copy-tables.js';

export interface CopyProgress {
  readonly table: string;
  /** Rows of this table copied so far. */
  readonly copied: number;
  /** Rows of this table in the source. */
  readonly total: number;
}

export interface CopyOptions {
  /** Empty a target that holds a store already, instead of refusing it. */
  readonly force?: boolean;
  /** Rows per insert at most. */
  readonly batchRows?: number;
  /** Bytes of text and blobs per insert at most (documents carry whole pages). */
  readonly batchBytes?: number;
  /** Called after each batch. */
  readonly onProgress?: (progress: CopyProgress) => void;
}

export interface CopyResult {
  readonly source: string;
  readonly target: string;
  /** Rows copied per table, in the order copied. */
  readonly tables: readonly { readonly name: string; readonly rows: number }[];
}

export const DEFAULT_BATCH_ROWS = 2000;
export const DEFAULT_BATCH_BYTES = 16 * 1024 * 1024;

/** A column name as the catalogs give them: safe to write in double quotes. */
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/u;

interface TargetColumn {
  readonly name: string;
  /** Its type as the catalog names it (int4, text, jsonb, bytea, float8): what its batch array is cast to. */
  readonly type: string;
}

/** Copies the SQLite store at `sqlitePath` into the (empty) PostgreSQL store at `postgresUrl`. */
export async function copySqliteToPostgres(
  sqlitePath: string,
  postgresUrl: string,
  options: CopyOptions = {},
): Promise<CopyResult> {
  const target = redactUrl(postgresUrl);
  const { openSqliteStore } = await import('../sqlite/index.js');
  const { openPostgresStore } = await import('../postgres/index.js');
  // Opening each store migrates it: afterwards both have every column this version knows.
  await openSqliteStore(sqlitePath, { mustExist: true }).close();
  await (await openPostgresStore(postgresUrl)).close();

  const { default: Sqlite } = await import('better-sqlite3');
  const source = new Sqlite(sqlitePath, { readonly: true, fileMustExist: true });
  const { pool } = connectPool(postgresUrl, { maxConnections: 1 });
  try {
    checkSourceTables(sqlitePath, source);
    const tables = await inTransaction(pool, async (sql) => {
      await claimTarget(sql, target, options.force === true);
      const copied: { name: string; rows: number }[] = [];
      for (const table of COPY_TABLES)
        copied.push({ name: table.name, rows: await copyTable(source, sql, table, options) });
      for (const table of COPY_TABLES) await resetIdentities(sql, table.name);
      return copied;
    });
    // Fresh statistics, so that the first queries on the copy are planned for its size.
    await pool.query(`ANALYZE ${COPY_TABLES.map((table) => `"${table.name}"`).join(', ')}`);
    return { source: sqlitePath, target, tables };
  } catch (cause) {
    if (cause instanceof StoreError) throw cause;
    throw new StoreError(target, `cannot copy ${sqlitePath} into it: ${errorMessage(cause)}`, { cause });
  } finally {
    source.close();
    await pool.end();
  }
}

/** Refuses a source with a table this version would not copy (a newer schema, or someone's own table). */
function checkSourceTables(path: string, source: Database.Database): void {
  const names = source
    .prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all();
  const known = new Set(COPY_TABLES.map((table) => table.name));
  const unknown = names.filter((name) => !known.has(name) && !isUncopiedTable(name));
  if (unknown.length > 0)
    throw new StoreError(
      path,
      `has tables onrecord copy does not know (${unknown.join(', ')}); nothing was copied`,
    );
}

/**
 * Locks the target's tables against other writers for the copy, and makes sure it holds nothing (or, with
 * `force`, empties it). The queue is left as it is.
 */
async function claimTarget(sql: Sql, target: string, force: boolean): Promise<void> {
  const list = COPY_TABLES.map((table) => `"${table.name}"`).join(', ');
  await sql.query(`LOCK TABLE ${list} IN EXCLUSIVE MODE`);
  if (force) {
    await sql.query(`TRUNCATE ${list} RESTART IDENTITY`);
    return;
  }
  const filled: string[] = [];
  for (const table of COPY_TABLES) {
    const found = await rows(sql, `SELECT 1 FROM "${table.name}" LIMIT 1`);
    if (found.length > 0) filled.push(table.name);
  }
  if (filled.length > 0)
    throw new StoreError(
      target,
      `is not empty (${filled.join(', ')} hold rows): copy into an empty store, or pass --force to ` +
        'replace what it holds',
    );
}

/** The columns both engines have, as the target types them; refuses columns only one side has. */
async function sharedColumns(source: Database.Database, sql: Sql, table: string): Promise<TargetColumn[]> {
  const targetColumns = await rows<TargetColumn>(
    sql,
    `SELECT column_name AS name, udt_name AS type FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  const typed = new Map(targetColumns.map((column) => [column.name, column]));
  const sourceColumns = [
    // A target column `rowid` keeps the order SQLite's implicit rowid gives the rows (person_aliases).
    ...(typed.has('rowid') ? ['rowid'] : []),
    ...source
      .prepare<[string], string>('SELECT name FROM pragma_table_info(?) ORDER BY cid')
      .pluck()
      .all(table),
  ];
  const missing = sourceColumns.filter((name) => !typed.has(name));
  const extra = targetColumns
    .map((column) => column.name)
    .filter((name) => !sourceColumns.includes(name) && !TARGET_ONLY_COLUMNS.has(name));
  if (missing.length > 0 || extra.length > 0)
    throw new Error(
      `table ${table} differs between the stores (only in SQLite: ${missing.join(', ') || 'none'}; ` +
        `only in PostgreSQL: ${extra.join(', ') || 'none'})`,
    );
  const columns = sourceColumns.map((name) => typed.get(name)!);
  for (const column of columns)
    if (!IDENTIFIER.test(column.name) || !IDENTIFIER.test(column.type))
      throw new Error(`table ${table} has a column onrecord cannot copy: ${column.name} ${column.type}`);
  return columns;
}

/** What a value weighs in a batch, roughly: its text or bytes. */
const weight = (value: unknown): number =>
  typeof value === 'string' ? value.length : Buffer.isBuffer(value) ? value.length : 8;

/** Streams one table into the target in batches; returns the rows copied. */
async function copyTable(
  source: Database.Database,
  sql: Sql,
  table: CopyTable,
  options: CopyOptions,
): Promise<number> {
  const columns = await sharedColumns(source, sql, table.name);
  const later = new Set(table.later ?? []);
  const names = columns.map((column) => `"${column.name}"`).join(', ');
  const arrays = columns.map((column, index) => `$${index + 1}::${column.type}[]`).join(', ');
  const insert = `INSERT INTO "${table.name}" (${names}) SELECT * FROM unnest(${arrays})`;
  const total = source.prepare<[], number>(`SELECT count(*) FROM "${table.name}"`).pluck().get() ?? 0;
  const maxRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  const maxBytes = options.batchBytes ?? DEFAULT_BATCH_BYTES;

  let copied = 0;
  let batch: unknown[][] = columns.map(() => []);
  let size = 0;
  let count = 0;
  const flush = async (): Promise<void> => {
    if (count === 0) return;
    await sql.query(insert, batch);
    copied += count;
    batch = columns.map(() => []);
    size = 0;
    count = 0;
    options.onProgress?.({ table: table.name, copied, total });
  };
  // The statement stays open between batches; nothing else runs on the source connection meanwhile.
  const read = source.prepare<[], unknown[]>(`SELECT ${names} FROM "${table.name}"`).raw();
  for (const values of read.iterate()) {
    values.forEach((value, index) => {
      batch[index]!.push(later.has(columns[index]!.name) ? null : value);
      size += weight(value);
    });
    count += 1;
    if (count >= maxRows || size >= maxBytes) await flush();
  }
  await flush();
  if (copied === 0) options.onProgress?.({ table: table.name, copied, total });
  for (const column of later) await setLater(source, sql, table.name, columns, column, maxRows);
  return copied;
}

/** Sets a self-referencing column, by id, once every row of its table is there. */
async function setLater(
  source: Database.Database,
  sql: Sql,
  table: string,
  columns: readonly TargetColumn[],
  column: string,
  maxRows: number,
): Promise<void> {
  const type = columns.find((found) => found.name === column)!.type;
  const update = `UPDATE "${table}" AS t SET "${column}" = v.value
    FROM unnest($1::int4[], $2::${type}[]) AS v(id, value) WHERE t.id = v.id`;
  let ids: unknown[] = [];
  let values: unknown[] = [];
  const read = source
    .prepare<[], unknown[]>(`SELECT id, "${column}" FROM "${table}" WHERE "${column}" IS NOT NULL`)
    .raw();
  for (const [id, value] of read.iterate()) {
    ids.push(id);
    values.push(value);
    if (ids.length >= maxRows) {
      await sql.query(update, [ids, values]);
      ids = [];
      values = [];
    }
  }
  if (ids.length > 0) await sql.query(update, [ids, values]);
}

/** Moves each identity of a table past the largest id copied, so that new rows get new ids. */
async function resetIdentities(sql: Sql, table: string): Promise<void> {
  const identities = await rows<{ name: string }>(
    sql,
    `SELECT column_name AS name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 AND is_identity = 'YES'`,
    [table],
  );
  for (const { name } of identities) {
    if (!IDENTIFIER.test(name)) continue;
    await sql.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max("${name}") FROM "${table}"), 0) + 1, false)`,
      [`"${table}"`, name],
    );
  }
}
