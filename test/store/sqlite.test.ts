/** What is particular to the SQLite engine: its file, pragmas, migrations and rows on disk. */
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, openSqliteStore } from '../../src/store/sqlite/index.js';
import type { IngestInput } from '../../src/store/index.js';
import { NO_ORPHANS, orphans, rowCounts } from './database-checks.js';
import type { Attribution } from '../../src/types.js';
import { extractionOf, harbourArticle, spanOf, tunnelArticle } from './fixtures.js';

const directory = mkdtempSync(join(tmpdir(), 'onrecord-sqlite-'));
let count = 0;
const freshPath = (): string => join(directory, `db-${(count += 1)}.db`);

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('SQLite store', () => {
  it('migrates a new database once, and opening it again applies nothing', async () => {
    const path = freshPath();
    await openSqliteStore(path).close();
    await openSqliteStore(path).close();
    const db = new Database(path);
    try {
      const ids = db.prepare<[], string>('SELECT id FROM schema_migrations').pluck().all();
      expect(ids).toEqual(MIGRATIONS.map((migration) => migration.id));
      expect(migrate(db, MIGRATIONS).applied).toEqual([]);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
  });

  it('applies only the migrations a database lacks, in order', () => {
    const db = new Database(':memory:');
    try {
      const first = [{ id: '0001-a', sql: 'CREATE TABLE a (x INTEGER)' }];
      const both = [...first, { id: '0002-b', sql: 'CREATE TABLE b (y INTEGER)' }];
      expect(migrate(db, first).applied).toEqual(['0001-a']);
      expect(migrate(db, both).applied).toEqual(['0002-b']);
      expect(migrate(db, both).applied).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('rolls back a migration that fails, leaving it to be applied again', () => {
    const db = new Database(':memory:');
    try {
      const failing = [{ id: '0001-bad', sql: 'CREATE TABLE a (x INTEGER); CREATE TABLE a (x INTEGER);' }];
      expect(() => migrate(db, failing)).toThrow(/already exists/);
      expect(db.prepare('SELECT count(*) FROM sqlite_master WHERE name = ?').pluck().get('a')).toBe(0);
      expect(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it("runs a migration's step in code after its SQL, in its transaction", () => {
    const db = new Database(':memory:');
    try {
      const table = { id: '0001-a', sql: 'CREATE TABLE a (x INTEGER)' };
      const filling = {
        id: '0002-fill',
        sql: '',
        run: (on: Database.Database) => {
          on.prepare('INSERT INTO a (x) VALUES (1), (2)').run();
        },
      };
      const failing = {
        id: '0003-fail',
        sql: 'INSERT INTO a (x) VALUES (3)',
        run: () => {
          throw new Error('the step failed');
        },
      };
      expect(() => migrate(db, [table, filling, failing])).toThrow(/the step failed/);
      expect(db.prepare('SELECT x FROM a ORDER BY x').pluck().all()).toEqual([1, 2]);
      expect(db.prepare('SELECT id FROM schema_migrations ORDER BY id').pluck().all()).toEqual([
        '0001-a',
        '0002-fill',
      ]);
    } finally {
      db.close();
    }
  });

  it('refuses a database written by a newer onrecord', async () => {
    const path = freshPath();
    await openSqliteStore(path).close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations (id, applied_at) VALUES ('9999-future', 'now')").run();
    db.close();
    expect(() => openSqliteStore(path)).toThrow(/does not know \(9999-future\).*newer onrecord/);
  });

  it('does not create a database that must exist, and names a file that is not one', () => {
    const missing = join(directory, 'missing.db');
    expect(() => openSqliteStore(missing, { mustExist: true })).toThrow(/missing\.db: no such database file/);
    expect(existsSync(missing)).toBe(false);
    const text = join(directory, 'notes.db');
    writeFileSync(text, 'These are notes, not a database.\n'.repeat(100));
    expect(() => openSqliteStore(text)).toThrow(
      /notes\.db: cannot open the database: file is not a database/,
    );
  });

  it('leaves no row of a replaced version, and keeps people other articles still name', async () => {
    const path = freshPath();
    const store = openSqliteStore(path);
    await store.ingest(harbourArticle());
    await store.ingest(tunnelArticle());
    const before = rowCounts(path);
    // The tunnel article rewritten: another person, who says one thing, and no roles.
    const text = 'Kessel tunnel costs rise again\n\nOla Berg said the tunnel would open late.\n';
    const person = {
      id: 'p1',
      name: 'Ola Berg',
      aliases: [],
      roles: [],
      mentions: [spanOf(text, 'Ola Berg')],
    };
    const said: Attribution = {
      id: 'a1',
      type: 'indirect',
      source: spanOf(text, 'Ola Berg'),
      cue: spanOf(text, 'said'),
      content: [spanOf(text, 'the tunnel would open late')],
      speaker: { id: 'p1', name: 'Ola Berg' },
      saidAt: null,
      dating: 'publication',
      polarity: 'affirmed',
      medium: null,
      via: null,
      confidence: 0.9,
    };
    const changed: IngestInput = { text, extraction: extractionOf(text, 'tunnel.txt', [person], [said]) };
    expect((await store.ingest(changed)).status).toBe('replaced');
    await store.close();
    const after = rowCounts(path);
    expect(after).toMatchObject({
      articles: 2,
      blocks: before.blocks - 3 + 2,
      people: 2,
      article_people: 2,
      person_aliases: before.person_aliases,
      person_roles: before.person_roles - 1,
      mentions: before.mentions - 1 + 1,
      attributions: 4 + 1,
    });
    expect(orphans(path)).toEqual(NO_ORPHANS);
  });

  it('writes nothing of a document whose transaction fails midway', async () => {
    const path = freshPath();
    const store = openSqliteStore(path);
    const article = harbourArticle();
    const bad: IngestInput = {
      ...article,
      extraction: {
        ...article.extraction,
        // Blocks, people, aliases, roles, mentions and two attributions are written before this one fails.
        attributions: article.extraction.attributions.map((attribution, index) =>
          index === 2 ? { ...attribution, type: 'quoted' as 'direct' } : attribution,
        ),
      },
    };
    const outcome = await store.ingest(bad);
    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' && outcome.error.message).toMatch(/CHECK constraint failed/);
    await store.close();
    expect(Object.values(rowCounts(path)).every((rows) => rows === 0)).toBe(true);
  });
});
