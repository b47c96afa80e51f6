/**
 * The PostgreSQL write makes the same record as SQLite's: the illustrative record corpus (samples/record),
 * ingested into both in the same order, gives the same rows, table by table and id by id (people linked,
 * statements and how each report matched, report terms, evidence, syndicated copies), the same revisions
 * for a replaced article, and the same original bytes. Read directly from each database, so that this
 * checks the write alone.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract.js';
import { contentHash, openSqliteStore, type IngestInput, type Store } from '../../../src/store/index.js';
import { openPostgresStore } from '../../../src/store/postgres/index.js';
import {
  dropSchemas,
  freshSchemaName,
  POSTGRES_URL,
  urlWithSchema,
  usePostgres,
} from '../../helpers/postgres.js';

const runs = await usePostgres('the PostgreSQL write equivalence tests');

const folder = fileURLToPath(new URL('../../../samples/record/articles/', import.meta.url));
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort();

function input(name: string, text = readFileSync(folder + name, 'utf8')): IngestInput {
  const bytes = Buffer.from(text);
  return {
    text,
    extraction: extract(text, { file: name }),
    fetchedAt: '2026-01-01T00:00:00.000Z',
    document: {
      origin: 'file',
      name,
      url: null,
      contentType: 'text/plain',
      bytesHash: contentHash(text),
      bytesGzip: gzipSync(bytes),
    },
  };
}

/** Each table's rows as both engines must hold them (the columns written, times left out), in one order. */
const TABLES: Readonly<Record<string, string>> = {
  articles: `SELECT id, source_key, file, url, content_hash, title, published, outlet, language, canonical_url
    FROM articles ORDER BY id`,
  blocks: 'SELECT article_id, seq, kind, span_start, span_end FROM blocks ORDER BY article_id, seq',
  people: 'SELECT id, name, name_key, identity_key, family_key, merged_into FROM people ORDER BY id',
  article_people: `SELECT article_id, local_id, person_id, name, reason FROM article_people
    ORDER BY article_id, local_id`,
  person_aliases: `SELECT article_id, person_id, alias, alias_key FROM person_aliases
    ORDER BY article_id, person_id, alias_key`,
  person_roles: `SELECT article_id, person_id, text, span_start, span_end, time, held_at FROM person_roles
    ORDER BY article_id, person_id, span_start, text`,
  mentions:
    'SELECT article_id, person_id, span_start, span_end FROM mentions ORDER BY article_id, span_start, person_id',
  attributions: `SELECT id, article_id, local_id, seq, type, source_text, cue_text, content_search, person_id,
      dating, polarity, via, confidence, statement_id, statement_match, altered, dated, source_key, published_on
    FROM attributions ORDER BY id`,
  statements: 'SELECT id, person_id, source_key FROM statements ORDER BY id',
  report_terms: `SELECT speaker_key, term, dated, attribution_id FROM report_terms
    ORDER BY speaker_key, term, dated, attribution_id`,
  report_word_runs: 'SELECT run, attribution_id FROM report_word_runs ORDER BY run, attribution_id',
  person_role_words: 'SELECT person_id, word FROM person_role_words ORDER BY person_id, word',
  person_pairs: 'SELECT person_id, other_id FROM person_pairs ORDER BY person_id, other_id',
  article_copies: 'SELECT article_id, copy_of, similarity FROM article_copies ORDER BY article_id',
  article_bands: 'SELECT band, article_id FROM article_bands ORDER BY band, article_id',
  documents: `SELECT article_id, origin, name, url, content_type, bytes_hash, fetched_at FROM documents
    ORDER BY article_id`,
  revisions: 'SELECT source_key, revision, content_hash, changes FROM article_revisions ORDER BY id',
};

describe.skipIf(!runs)('the PostgreSQL write and the SQLite write', () => {
  const directory = mkdtempSync(join(tmpdir(), 'onrecord-equivalence-'));
  const sqlitePath = join(directory, 'record.db');
  const schema = freshSchemaName('onrecord_equivalence');
  let sqlite: Store;
  let postgres: Store;
  const outcomes: { sqlite: string[]; postgres: string[] } = { sqlite: [], postgres: [] };

  beforeAll(async () => {
    sqlite = openSqliteStore(sqlitePath);
    postgres = await openPostgresStore(urlWithSchema(schema));
    const inputs = files.map((name) => input(name));
    // The first article changed: a revision, and a rewrite under the same id.
    const changed = input(
      files[0]!,
      `${inputs[0]!.text}\n“We will publish the figures on Friday,” a ministry spokesman said.\n`,
    );
    // A wire story carried again under a new headline, and a copy of that copy: both point at the original.
    const wire = inputs[1]!.text;
    const copy = input('copy-of-wire.txt', `Wire: ${wire.slice(wire.indexOf('\n') + 1)}`);
    const copyOfCopy = input('copy-of-copy.txt', `${copy.text}\nThe story is carried by several outlets.\n`);
    const all = [...inputs, changed, inputs[1]!, copy, copyOfCopy];
    for (const each of all) {
      outcomes.sqlite.push((await sqlite.ingest(each)).status);
      outcomes.postgres.push((await postgres.ingest(each)).status);
    }
  });
  afterAll(async () => {
    await sqlite.close();
    await postgres.close();
    rmSync(directory, { recursive: true, force: true });
    await dropSchemas([schema]);
  });

  const sqliteRows = (sql: string): unknown[] => {
    const db = new Database(sqlitePath, { readonly: true });
    try {
      return db.prepare(sql).all().map(normalized);
    } finally {
      db.close();
    }
  };
  const postgresRows = async (sql: string): Promise<unknown[]> => {
    const client = new pg.Client({ connectionString: POSTGRES_URL, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      return (await client.query(sql)).rows.map(normalized);
    } finally {
      await client.end();
    }
  };

  it('reports the same outcome for each document', () => {
    expect(outcomes.postgres).toEqual(outcomes.sqlite);
    expect(outcomes.sqlite.slice(-4)).toEqual(['replaced', 'unchanged', 'added', 'added']);
  });

  for (const [table, sql] of Object.entries(TABLES))
    it(`writes the same ${table}`, async () => {
      const expected = sqliteRows(sql);
      expect(expected.length).toBeGreaterThan(0);
      expect(await postgresRows(sql)).toEqual(expected);
    });

  it('links the copies to the original', async () => {
    expect(await postgresRows('SELECT copy_of FROM article_copies ORDER BY article_id')).toEqual([
      { copy_of: 2 },
      { copy_of: 2 },
    ]);
  });

  it('keeps the same original bytes and revisions, through the Store', async () => {
    const [article] = await postgresRows('SELECT id FROM articles ORDER BY id LIMIT 1');
    const id = (article as { id: number }).id;
    const [fromSqlite, fromPostgres] = [await sqlite.readDocument(id), await postgres.readDocument(id)];
    expect(fromPostgres).toEqual(fromSqlite);
    expect(Buffer.from(fromPostgres!.bytes).toString()).toContain('Friday');
    expect(await postgres.readDocument(99_999)).toBeNull();
    // When each version was stored differs between the two runs; the rest must not.
    const strip = (revisions: Awaited<ReturnType<Store['listRevisions']>>) =>
      revisions.map(({ key, revision, contentHash, changes }) => ({ key, revision, contentHash, changes }));
    expect(strip(await postgres.listRevisions())).toEqual(strip(await sqlite.listRevisions()));
    expect(strip(await postgres.listRevisions(files[0]))).toHaveLength(1);
    expect(await postgres.storedVersion(files[1]!)).toEqual(await sqlite.storedVersion(files[1]!));
  });
});

/** A row with its JSON column parsed: SQLite keeps JSON as text, PostgreSQL as jsonb (read parsed). */
function normalized(row: unknown): unknown {
  const { changes, ...rest } = row as Record<string, unknown>;
  if (changes === undefined) return rest;
  return { ...rest, changes: typeof changes === 'string' ? (JSON.parse(changes) as unknown) : changes };
}
