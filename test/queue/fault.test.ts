/**
 * The queue's fault test (issue 7): three `onrecord worker` processes share a queue of 2,000 documents;
 * one is killed with SIGKILL while it holds jobs, restarted, and killed again; the database connections of
 * another are cut (pg_terminate_backend) while it works. At the end every document is stored exactly once,
 * none is lost, and no job has failed.
 *
 * Real processes from the compiled CLI (bin/onrecord.js runs dist/: `npm run build` first) against the
 * PostgreSQL test server, in a schema of this run, dropped afterwards. QUEUE_FAULT_DOCUMENTS runs it on
 * fewer documents while working on it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  dropSchemas,
  freshSchemaName,
  POSTGRES_URL,
  urlWithSchema,
  usePostgres,
} from '../helpers/postgres.js';
import { writeShortCorpus } from './news-corpus.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'onrecord.js');
const DOCUMENTS = Number(process.env['QUEUE_FAULT_DOCUMENTS'] ?? 2000);

const available = await usePostgres('the queue fault test');
const schema = freshSchemaName('onrecord_fault');
const work = mkdtempSync(join(tmpdir(), 'onrecord-fault-'));

interface Worker {
  readonly name: string;
  readonly child: ChildProcess;
  readonly exited: Promise<number | string>;
  stderr: string;
}

describe.runIf(available)('three workers, SIGKILL twice, a cut connection', () => {
  const url = urlWithSchema(schema);
  const sql = new pg.Client({ connectionString: POSTGRES_URL });
  const workers: Worker[] = [];

  afterAll(async () => {
    for (const { child } of workers)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await sql.end().catch(() => {});
    await dropSchemas([schema]);
    rmSync(work, { recursive: true, force: true });
  });

  const startWorker = (name: string): Worker => {
    const child = spawn(
      process.execPath,
      [bin, 'worker', '--db', url, '--until-empty', '--lease', '2', '--poll', '0.2', '--threads', '1'],
      { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const worker: Worker = {
      name,
      child,
      stderr: '',
      exited: new Promise((resolve) => {
        child.once('exit', (code, signal) => {
          resolve(code ?? signal ?? '');
        });
      }),
    };
    child.stderr.on('data', (chunk: Buffer) => {
      worker.stderr += chunk.toString();
    });
    workers.push(worker);
    return worker;
  };

  /** What `locked_by` starts with for a worker process (its name in the queue is host:pid:nonce). */
  const lockPrefix = (worker: Worker): string => `${hostname()}:${worker.child.pid}:`;

  const count = async (where: string, values: unknown[] = []): Promise<number> =>
    Number(
      (
        await sql.query<{ n: string }>(
          `SELECT count(*) AS n FROM ${schema}.queue_jobs WHERE ${where}`,
          values,
        )
      ).rows[0]!.n,
    );

  /** Waits until the worker holds jobs (it is mid-job), with at least `done` jobs done overall. */
  const whenBusy = async (worker: Worker, done: number): Promise<number[]> => {
    for (;;) {
      if (worker.child.exitCode !== null) throw new Error(`${worker.name} exited early:\n${worker.stderr}`);
      if ((await count(`state = 'done'`)) >= done) {
        const held = await sql.query<{ id: string }>(
          `SELECT id FROM ${schema}.queue_jobs WHERE state = 'running' AND locked_by LIKE $1 || '%'`,
          [lockPrefix(worker)],
        );
        if (held.rows.length > 0) return held.rows.map((row) => Number(row.id));
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  it(`stores each of ${DOCUMENTS} documents once and fails no job`, { timeout: 20 * 60_000 }, async () => {
    expect(existsSync(join(root, 'dist', 'cli', 'commands', 'worker.js')), 'run `npm run build` first').toBe(
      true,
    );
    const corpus = writeShortCorpus(work, { files: DOCUMENTS / 2, lines: DOCUMENTS / 2 });
    const queued = spawnSync(process.execPath, [bin, 'ingest', '--queue', '--db', url, ...corpus.inputs], {
      cwd: work,
      encoding: 'utf8',
    });
    expect(queued.stderr).toContain(`queued ${DOCUMENTS} new jobs`);
    expect(queued.status).toBe(0);
    await sql.connect();

    const killed = startWorker('A');
    const cut = startWorker('B');
    const steady = startWorker('C');

    // A is killed while it holds jobs, restarted (as a supervisor would), and killed again.
    const heldAtFirstKill = await whenBusy(killed, DOCUMENTS * 0.1);
    killed.child.kill('SIGKILL');
    expect(await killed.exited).toBe('SIGKILL');
    const restarted = startWorker('A, restarted');
    const heldAtSecondKill = await whenBusy(restarted, DOCUMENTS * 0.35);
    restarted.child.kill('SIGKILL');
    expect(await restarted.exited).toBe('SIGKILL');

    // B's connections are cut while it holds jobs: it must carry on.
    await whenBusy(cut, DOCUMENTS * 0.5);
    const terminated = await sql.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE $1 || '%'`,
      [`onrecord worker ${lockPrefix(cut)}`],
    );
    expect(terminated.rows.length).toBeGreaterThan(0);

    expect(await cut.exited, cut.stderr).toBe(0);
    expect(await steady.exited, steady.stderr).toBe(0);

    // The queue: every job done, none failed, none left.
    const status = spawnSync(process.execPath, [bin, 'status', '--db', url, '--json', '--failed'], {
      encoding: 'utf8',
    });
    expect(status.status).toBe(0);
    expect(JSON.parse(status.stdout)).toEqual({
      queued: 0,
      running: 0,
      done: DOCUMENTS,
      failed: 0,
      retrying: 0,
      failedJobs: [],
    });
    // The jobs A held when it was killed were taken back after their lease and done by another worker.
    const killedJobs = await sql.query<{ state: string; attempts: number; last_error: string | null }>(
      `SELECT state, attempts, last_error FROM ${schema}.queue_jobs WHERE id = ANY($1::bigint[])`,
      [[...heldAtFirstKill, ...heldAtSecondKill]],
    );
    expect(killedJobs.rows.every((job) => job.state === 'done')).toBe(true);
    const retaken = await count(`last_error LIKE '%lease ran out%' AND attempts >= 2`);
    expect(retaken).toBeGreaterThan(0);

    // The store: every document once, none lost, no failure left behind.
    // Counts cast to int: whether pg hands back bigint as a string depends on whether the store's module
    // (which sets a parser for the whole process) was loaded first in this worker.
    const articles = await sql.query<{ n: number; keys: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT source_key)::int AS keys FROM ${schema}.articles`,
    );
    expect(articles.rows[0]).toEqual({ n: DOCUMENTS, keys: DOCUMENTS });
    const counted = async (table: string): Promise<number> =>
      (await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.${table}`)).rows[0]!.n;
    expect(await counted('documents')).toBe(DOCUMENTS);
    expect(await counted('article_revisions')).toBe(0);
    expect(await counted('ingest_errors')).toBe(0);
    const stored = await sql.query<{ source_key: string }>(`SELECT source_key FROM ${schema}.articles`);
    expect(new Set(stored.rows.map((row) => row.source_key))).toEqual(new Set(corpus.keys));
  });
});
