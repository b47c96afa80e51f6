/**
 * The engine choice of every command (--db FILE|URL, ONRECORD_DATABASE_URL), `onrecord migrate` on both
 * engines and `onrecord copy` from SQLite to PostgreSQL, end to end through the command line.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { MIGRATIONS as POSTGRES_MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { MIGRATIONS as SQLITE_MIGRATIONS } from '../../src/store/sqlite/index.js';
import { runCli } from '../helpers/capture-cli.js';
import {
  dropSchemas,
  freshSchemaName,
  POSTGRES_URL,
  urlWithSchema,
  usePostgres,
} from '../helpers/postgres.js';

const folder = fileURLToPath(new URL('../../samples/record/articles/', import.meta.url));
const articles = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .slice(0, 6)
  .map((name) => folder + name);

const directory = mkdtempSync(join(tmpdir(), 'onrecord-migrate-copy-'));
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

/** Runs with ONRECORD_DATABASE_URL set (or unset) for the duration of one command. */
async function withDatabaseUrl<T>(url: string | undefined, run: () => Promise<T>): Promise<T> {
  const before = process.env['ONRECORD_DATABASE_URL'];
  if (url === undefined) delete process.env['ONRECORD_DATABASE_URL'];
  else process.env['ONRECORD_DATABASE_URL'] = url;
  try {
    return await run();
  } finally {
    if (before === undefined) delete process.env['ONRECORD_DATABASE_URL'];
    else process.env['ONRECORD_DATABASE_URL'] = before;
  }
}

describe('--db on every command', () => {
  it('takes a SQLite FILE or a PostgreSQL URL, and says so in its help', async () => {
    const program = await buildProgram(
      { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin },
      { code: 0 },
    );
    const withDb = program.commands
      .flatMap((command) => [command, ...command.commands])
      .flatMap((command) =>
        command.options.filter((option) => option.long === '--db').map((option) => ({ command, option })),
      )
      .filter(({ command }) => command.name() !== 'demo');
    expect(withDb.length).toBeGreaterThan(8);
    for (const { command, option } of withDb) {
      expect(option.flags, command.name()).toBe('--db <FILE|URL>');
      expect(option.description, command.name()).toMatch(/PostgreSQL URL.*ONRECORD_DATABASE_URL/);
    }
  });
});

describe('onrecord migrate on SQLite', () => {
  it('creates and migrates a new file, then finds it up to date', async () => {
    const db = join(directory, 'new.db');
    const first = await withDatabaseUrl(undefined, () => runCli(['migrate', '--db', db]));
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain(
      `applied ${SQLITE_MIGRATIONS.length} of ${SQLITE_MIGRATIONS.length} migrations`,
    );
    expect(first.stdout.match(/\(applied now\)/g)).toHaveLength(SQLITE_MIGRATIONS.length);
    const again = await runCli(['migrate', '--db', db, '--json']);
    const report = JSON.parse(again.stdout) as { applied: string[]; migrations: { id: string }[] };
    expect(report.applied).toEqual([]);
    expect(report.migrations.map((migration) => migration.id)).toEqual(
      SQLITE_MIGRATIONS.map((migration) => migration.id),
    );
  });
});

const runs = await usePostgres('the migrate and copy command tests');

describe.skipIf(!runs)('onrecord migrate and copy on PostgreSQL', () => {
  const schemas: string[] = [];
  const freshUrl = (): string => {
    const schema = freshSchemaName();
    schemas.push(schema);
    return urlWithSchema(schema);
  };
  const source = join(directory, 'source.db');
  beforeAll(async () => {
    const run = await withDatabaseUrl(undefined, () => runCli(['ingest', '--db', source, ...articles]));
    expect(run.code).toBe(0);
  });
  afterAll(async () => {
    await dropSchemas(schemas);
  });

  it('migrates a PostgreSQL store named by --db or by ONRECORD_DATABASE_URL', async () => {
    const url = freshUrl();
    const first = await runCli(['migrate', '--db', url]);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain(`applied ${POSTGRES_MIGRATIONS.length} of ${POSTGRES_MIGRATIONS.length}`);
    expect(first.stdout).toContain('0008-queue');
    const fromEnvironment = await withDatabaseUrl(url, () => runCli(['migrate', '--json']));
    const report = JSON.parse(fromEnvironment.stdout) as { location: string; applied: string[] };
    expect(report.applied).toEqual([]);
    expect(report.location).toContain('127.0.0.1');
    // --db wins over the environment.
    const file = join(directory, 'explicit.db');
    const explicit = await withDatabaseUrl(url, () => runCli(['migrate', '--db', file, '--json']));
    expect((JSON.parse(explicit.stdout) as { location: string }).location).toBe(file);
  });

  it('never prints the password of the URL', async () => {
    const url = new URL(freshUrl());
    url.password = 'sekrit-password';
    const run = await runCli(['migrate', '--db', url.toString()]);
    expect(run.stdout + run.stderr).not.toContain('sekrit-password');
  });

  it('copies a SQLite store into PostgreSQL, and again only when forced', async () => {
    const url = freshUrl();
    const copy = await runCli(['copy', '--from', `sqlite:${source}`, '--to', url]);
    expect(copy.code).toBe(0);
    expect(copy.stdout).toMatch(/^copied .*source\.db into postgres:\/\/.*: \d+ rows in \d+ tables\n$/);
    // Progress on stderr, a line per table where it is not a terminal.
    expect(copy.stderr).toMatch(/^articles: 6 rows$/m);
    expect(copy.stderr).toMatch(/^attributions: \d+ rows$/m);

    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    try {
      const schema = new URL(url).searchParams.get('schema')!;
      const counted = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.articles`);
      expect(counted.rows[0]!.n).toBe(6);
    } finally {
      await client.end();
    }

    const again = await runCli(['copy', '--from', `sqlite:${source}`, '--to', url]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/is not empty .*--force/);
    expect((await runCli(['copy', '--from', `sqlite:${source}`, '--to', url, '--force'])).code).toBe(0);
  });

  it('refuses a copy whose ends are the wrong engines, as a usage error', async () => {
    const notUrl = await runCli(['copy', '--from', `sqlite:${source}`, '--to', join(directory, 'other.db')]);
    expect(notUrl.code).toBe(2);
    expect(notUrl.stderr).toMatch(/--to needs a PostgreSQL URL/);
    const fromPostgres = await runCli(['copy', '--from', POSTGRES_URL, '--to', POSTGRES_URL]);
    expect(fromPostgres.code).toBe(2);
    expect(fromPostgres.stderr).toMatch(/--from needs a SQLite store/);
  });
});
