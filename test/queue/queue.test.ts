/**
 * The queue's own behaviour, on the real PostgreSQL server: dedupe, claims that never overlap, leases that
 * expire and are renewed, retries with backoff until the attempts are used, counts.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentTarget, JobTarget } from '../../src/queue/job.js';
import { openQueue, type Queue } from '../../src/queue/queue.js';
import { QUEUE_MIGRATION_SQL } from '../../src/queue/queue-schema.js';
import {
  dropSchemas,
  freshSchemaName,
  POSTGRES_URL,
  urlWithSchema,
  usePostgres,
} from '../helpers/postgres.js';

const available = await usePostgres('the queue tests');
const schemas: string[] = [];

/** A queue in a schema of its own, its table created from the migration's SQL. */
async function freshQueue(backoff = { baseMs: 1, capMs: 5 }): Promise<{ queue: Queue; sql: pg.Client }> {
  const schema = freshSchemaName('onrecord_queue');
  schemas.push(schema);
  const sql = new pg.Client({ connectionString: POSTGRES_URL });
  await sql.connect();
  await sql.query(`CREATE SCHEMA ${schema}`);
  await sql.query(`SET search_path = ${schema}`);
  await sql.query(QUEUE_MIGRATION_SQL);
  return { queue: openQueue(urlWithSchema(schema), { backoff }), sql };
}

const doc = (key: string, text: string): DocumentTarget => ({
  source: 'document',
  key,
  origin: 'jsonl',
  name: `news.jsonl:${key}`,
  fetchedAt: '2024-05-01T00:00:00.000Z',
  url: null,
  contentType: 'text/plain',
  hints: { title: 'A title', language: 'en' },
  bytes: new TextEncoder().encode(text),
});

describe.runIf(available)('queue on PostgreSQL', () => {
  const opened: { queue: Queue; sql: pg.Client }[] = [];
  const open = async (backoff?: { baseMs: number; capMs: number }) => {
    const made = await freshQueue(backoff);
    opened.push(made);
    return made;
  };
  afterAll(async () => {
    for (const { queue, sql } of opened) {
      await queue.close();
      await sql.end();
    }
    await dropSchemas(schemas);
  });

  it('counts zeros on a queue never used', async () => {
    const { queue } = await open();
    expect(await queue.counts()).toEqual({ queued: 0, running: 0, done: 0, failed: 0, retrying: 0 });
    expect(await queue.failedJobs()).toEqual([]);
  });

  it('keeps one job for a document enqueued twice, and gives it back whole', async () => {
    const { queue } = await open();
    const target = doc('file:///news.jsonl#1', 'Hello.');
    expect(await queue.enqueue([target, target])).toEqual({ added: 1, requeued: 0, already: 1 });
    expect(await queue.enqueue([target])).toEqual({ added: 0, requeued: 0, already: 1 });
    const changed = doc('file:///news.jsonl#1', 'Hello again.');
    expect((await queue.enqueue([changed])).added).toBe(1);
    expect((await queue.counts()).queued).toBe(2);
    const [first] = await queue.claim('w1', 1, 60_000);
    expect(first?.target).toEqual({ ...target, bytes: Buffer.from(target.bytes) });
    expect(first?.attempts).toBe(1);
  });

  it('hands out each job once to workers claiming at the same time', async () => {
    const { queue } = await open();
    const targets: JobTarget[] = Array.from({ length: 200 }, (_, n) => ({
      source: 'url',
      url: `https://example.com/${n}`,
    }));
    await queue.enqueue(targets);
    const claims = await Promise.all(
      Array.from({ length: 8 }, (_, worker) =>
        (async () => {
          const ids: number[] = [];
          for (;;) {
            const jobs = await queue.claim(`w${worker}`, 7, 60_000);
            if (jobs.length === 0) return ids;
            ids.push(...jobs.map((job) => job.id));
          }
        })(),
      ),
    );
    const all = claims.flat();
    expect(all).toHaveLength(200);
    expect(new Set(all).size).toBe(200);
    expect((await queue.counts()).running).toBe(200);
  });

  it('requeues a done job that names a place, not a done document', async () => {
    const { queue } = await open();
    const page: JobTarget = { source: 'url', url: 'https://example.com/a' };
    const file: JobTarget = { source: 'file', path: 'a.html', cwd: '/tmp', gzip: false };
    const record = doc('k', 'text');
    await queue.enqueue([page, file, record]);
    for (const job of await queue.claim('w', 10, 60_000)) await queue.complete('w', job.id, 'added 1');
    expect(await queue.enqueue([page, file, record])).toEqual({ added: 0, requeued: 2, already: 1 });
  });

  it('takes back a job whose lease ran out, unless the heartbeat renewed it', async () => {
    const { queue } = await open();
    await queue.enqueue([doc('a', 'one'), doc('b', 'two')]);
    const jobs = await queue.claim('dying', 2, 300);
    expect(jobs).toHaveLength(2);
    const kept = jobs[0]!.id;
    const lost = jobs[1]!.id;
    // The heartbeat renews one job only; the other's lease runs out.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await queue.renew('dying', [kept], 5_000)).toEqual(new Set([kept]));
    await new Promise((resolve) => setTimeout(resolve, 250));
    const retaken = await queue.claim('alive', 5, 60_000);
    expect(retaken.map((job) => job.id)).toEqual([lost]);
    expect(retaken[0]?.attempts).toBe(2);
    // The first worker learns it lost the job; its completion changes nothing.
    expect(await queue.renew('dying', [kept, lost], 5_000)).toEqual(new Set([kept]));
    expect(await queue.complete('dying', lost, 'added 1')).toBe(false);
    expect(await queue.complete('alive', lost, 'unchanged 1')).toBe(true);
    expect(await queue.counts()).toMatchObject({ running: 1, done: 1 });
  });

  it('retries a failed attempt after a backoff, then fails the job with its error', async () => {
    const { queue, sql } = await open({ baseMs: 200, capMs: 1_000 });
    await queue.enqueue([doc('x', 'x')], { maxAttempts: 2 });
    const [job] = await queue.claim('w', 1, 60_000);
    expect(await queue.fail('w', job!.id, 'connection cut')).toBe('queued');
    expect(await queue.counts()).toMatchObject({ queued: 1, retrying: 1 });
    // Not before its backoff (between 100 and 200 ms for the first retry).
    expect(await queue.claim('w', 1, 60_000)).toEqual([]);
    const waited = await sql.query<{ ms: number }>(
      'SELECT extract(epoch FROM run_at - now()) * 1000 AS ms FROM queue_jobs',
    );
    expect(waited.rows[0]!.ms).toBeGreaterThan(50);
    expect(waited.rows[0]!.ms).toBeLessThanOrEqual(200);
    await new Promise((resolve) => setTimeout(resolve, 250));
    const [again] = await queue.claim('w', 1, 60_000);
    expect(again?.attempts).toBe(2);
    expect(await queue.fail('w', again!.id, 'still cut')).toBe('failed');
    expect(await queue.counts()).toMatchObject({ queued: 0, failed: 1 });
    const [failed] = await queue.failedJobs();
    expect(failed).toMatchObject({ id: job!.id, attempts: 2, error: 'still cut', target: 'news.jsonl:x' });
    // Enqueued again, a failed job gets fresh attempts.
    expect(await queue.enqueue([doc('x', 'x')])).toEqual({ added: 0, requeued: 1, already: 0 });
  });

  it('fails a job whose worker died on its last attempt', async () => {
    const { queue } = await open();
    await queue.enqueue([doc('poison', 'kills workers')], { maxAttempts: 1 });
    await queue.claim('killed', 1, 50);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await queue.claim('next', 1, 60_000)).toEqual([]);
    const [failed] = await queue.failedJobs();
    expect(failed?.error).toMatch(/killed.*lease ran out/);
  });
});
