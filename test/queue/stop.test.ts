/**
 * A real `onrecord worker` process told to stop (SIGTERM, as a service manager does) while it holds jobs:
 * it claims nothing more, finishes the jobs in hand, and exits 0, leaving no job running. Runs the compiled
 * CLI (`npm run build` first) against the PostgreSQL test server.
 */
import { spawn, spawnSync } from 'node:child_process';
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
const available = await usePostgres('the worker stop test');
const schema = freshSchemaName('onrecord_stop');
const work = mkdtempSync(join(tmpdir(), 'onrecord-stop-'));

describe.runIf(available)('a worker told to stop', () => {
  const sql = new pg.Client({ connectionString: POSTGRES_URL });
  afterAll(async () => {
    await sql.end().catch(() => {});
    await dropSchemas([schema]);
    rmSync(work, { recursive: true, force: true });
  });

  it('finishes the jobs in hand on SIGTERM, claims no more, and exits 0', async () => {
    expect(existsSync(join(root, 'dist', 'cli', 'commands', 'worker.js')), 'run `npm run build` first').toBe(
      true,
    );
    const url = urlWithSchema(schema);
    const corpus = writeShortCorpus(work, { files: 200, lines: 0 });
    const queued = spawnSync(process.execPath, [bin, 'ingest', '--queue', '--db', url, ...corpus.inputs], {
      encoding: 'utf8',
    });
    expect(queued.status, queued.stderr).toBe(0);
    await sql.connect();

    const child = spawn(
      process.execPath,
      [bin, 'worker', '--db', url, '--threads', '1', '--concurrency', '3'],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => {
      child.once('exit', (code) => {
        resolve(code);
      });
    });
    const held = async (): Promise<number> =>
      Number(
        (
          await sql.query<{ n: string }>(
            `SELECT count(*) AS n FROM ${schema}.queue_jobs WHERE state = 'running' AND locked_by LIKE $1`,
            [`${hostname()}:${child.pid}:%`],
          )
        ).rows[0]!.n,
      );
    while ((await held()) === 0) {
      expect(child.exitCode, stderr).toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGTERM');
    expect(await exited, stderr).toBe(0);
    expect(stderr).toContain('stopping after the jobs in hand');
    const states = await sql.query<{ state: string; n: string }>(
      `SELECT state, count(*) AS n FROM ${schema}.queue_jobs GROUP BY state`,
    );
    const counts = Object.fromEntries(states.rows.map((row) => [row.state, Number(row.n)]));
    expect(counts['running']).toBeUndefined();
    expect(counts['failed']).toBeUndefined();
    expect(counts['done']).toBeGreaterThan(0);
    expect(counts['queued']).toBeGreaterThan(0);
  });
});
