/**
 * `onrecord ingest --queue`, `onrecord worker` and `onrecord status` on the PostgreSQL test server, and the
 * worker loop in-process: what each kind of job stores, which failures are retried, how a worker stops.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createFetcher } from '../../src/acquire/fetch/index.js';
import { createPreparer } from '../../src/ingest/index.js';
import { openQueue, type Queue } from '../../src/queue/queue.js';
import { runWorker, type WorkerOptions } from '../../src/queue/run-worker.js';
import type { Store } from '../../src/store/index.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { runCli } from '../helpers/capture-cli.js';
import { dropSchemas, freshSchemaName, urlWithSchema, usePostgres } from '../helpers/postgres.js';
import { HARBOUR_TEXT, TUNNEL_TEXT } from '../store/fixtures.js';

const available = await usePostgres('the queue worker tests');
const schemas: string[] = [];
const root = mkdtempSync(join(tmpdir(), 'onrecord-queue-'));
const at = (...parts: string[]): string => join(root, ...parts);

mkdirSync(at('articles'), { recursive: true });
writeFileSync(at('articles', 'harbour.txt'), HARBOUR_TEXT);
writeFileSync(at('articles', 'empty.txt'), '');
writeFileSync(
  at('news.jsonl'),
  `${JSON.stringify({ url: 'https://news.example/tunnel', title: 'Tunnel', language: 'en', text: TUNNEL_TEXT })}\n`,
);

const freshUrl = (): string => {
  const schema = freshSchemaName('onrecord_queue');
  schemas.push(schema);
  return urlWithSchema(schema);
};

afterAll(async () => {
  await dropSchemas(schemas);
  rmSync(root, { recursive: true, force: true });
});

const quiet = { write: () => true } as unknown as NodeJS.WritableStream;

function workerOptions(overrides: Partial<WorkerOptions> = {}): WorkerOptions {
  return {
    id: 'test-worker',
    concurrency: 2,
    leaseMs: 30_000,
    pollMs: 20,
    until: 'idle',
    preparer: createPreparer({ threads: 0 }),
    reading: { maxBytes: 1024 * 1024, fetcher: createFetcher() },
    stderr: quiet,
    ...overrides,
  };
}

describe.runIf(available)('onrecord status, ingest --queue and worker', () => {
  it('status shows zeros, exit 0, on a store whose queue was never used, PostgreSQL or SQLite', async () => {
    const url = freshUrl();
    const postgres = await runCli(['status', '--db', url]);
    expect(postgres.code).toBe(0);
    expect(postgres.stdout).toMatch(/queued\s+0\nrunning\s+0\ndone\s+0\nfailed\s+0\n$/);
    const sqlite = await runCli(['status', '--db', at('never.db'), '--json']);
    expect(sqlite.code).toBe(0);
    expect(JSON.parse(sqlite.stdout)).toEqual({ queued: 0, running: 0, done: 0, failed: 0, retrying: 0 });
  });

  it('ingest --queue refuses a SQLite store, saying where the queue lives', async () => {
    const run = await runCli(['ingest', '--queue', '--db', at('local.db'), at('articles')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--queue needs the store in PostgreSQL/);
  });

  it('queues each input once, and a worker stores them', async () => {
    const url = freshUrl();
    const inputs = [at('articles'), at('news.jsonl'), '-'];
    const first = await runCli(['ingest', '--queue', '--db', url, ...inputs], {
      stdin: 'Piped in, said nobody.',
    });
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/queued 4 new jobs, 0 already queued or done/);
    const again = await runCli(['ingest', '--queue', '--db', url, ...inputs.slice(1)], {
      stdin: 'Piped in, said nobody.',
    });
    expect(again.stderr).toMatch(/queued 0 new jobs, 2 already queued or done/);

    const worker = await runCli(['worker', '--db', url, '--once', '--stats', '--threads', '1']);
    expect(worker.code, worker.stderr).toBe(0);
    expect(JSON.parse(worker.stdout)).toMatchObject({
      jobs: { done: 4, retried: 0, failed: 0 },
      documents: { added: 3, failed: 1, failedBy: { empty: 1 } },
    });
    const status = await runCli(['status', '--db', url]);
    expect(status.stdout).toMatch(/done\s+4\n/);

    const store = await openPostgresStore(url);
    try {
      const keys = (await store.listArticles()).map((article) => article.key).sort();
      expect(keys).toHaveLength(3);
      expect(keys).toContain('https://news.example/tunnel');
      expect(keys).toContain(pathToFileURL(at('articles', 'harbour.txt')).href);
      expect(keys.filter((key) => key.startsWith('stdin:sha256:'))).toHaveLength(1);
      // The unreadable document's job is done (it would fail the same way again); the store keeps why.
      expect((await store.listFailures()).map((failure) => failure.reason)).toEqual(['empty']);
    } finally {
      await store.close();
    }
  });
});

describe.runIf(available)('the worker loop', () => {
  const opened: { store: Store; queue: Queue }[] = [];
  afterAll(async () => {
    for (const { store, queue } of opened) {
      await queue.close();
      await store.close();
    }
  });
  const open = async (): Promise<{ store: Store; queue: Queue }> => {
    const url = freshUrl();
    const store = await openPostgresStore(url);
    const queue = openQueue(url, { backoff: { baseMs: 1, capMs: 5 } });
    opened.push({ store, queue });
    return { store, queue };
  };
  const file = (name: string) => ({
    source: 'file' as const,
    path: at('articles', name),
    cwd: root,
    gzip: false,
  });

  it('retries a job whose write failed, and stores its document once', async () => {
    const { store, queue } = await open();
    await queue.enqueue([file('harbour.txt')]);
    let writes = 0;
    const flaky: Store = {
      ...store,
      ingestBatch: (inputs) => {
        writes += 1;
        return writes === 1 ? Promise.reject(new Error('connection terminated')) : store.ingestBatch(inputs);
      },
    };
    const tally = await runWorker(flaky, queue, workerOptions({ until: 'empty' }));
    expect(tally.jobs).toEqual({ done: 1, retried: 1, failed: 0, lost: 0 });
    expect(await queue.counts()).toMatchObject({ done: 1, queued: 0, failed: 0 });
    expect(await store.listArticles()).toHaveLength(1);
  });

  it('fails a job after its attempts, with the error kept', async () => {
    const { store, queue } = await open();
    await queue.enqueue([file('harbour.txt')], { maxAttempts: 2 });
    const broken: Store = { ...store, ingestBatch: () => Promise.reject(new Error('disk full')) };
    const tally = await runWorker(broken, queue, workerOptions({ until: 'empty' }));
    expect(tally.jobs).toMatchObject({ retried: 1, failed: 1 });
    const [failed] = await queue.failedJobs();
    expect(failed).toMatchObject({ attempts: 2, error: 'disk full' });
  });

  it('stops claiming when told to stop, and finishes the jobs in hand', async () => {
    const { store, queue } = await open();
    await queue.enqueue([
      file('harbour.txt'),
      file('empty.txt'),
      { source: 'url', url: 'https://example.invalid/' },
    ]);
    const stop = new AbortController();
    const tally = await runWorker(
      store,
      queue,
      workerOptions({
        concurrency: 1,
        until: 'stopped',
        signal: stop.signal,
        onJob: () => {
          stop.abort();
        },
      }),
    );
    expect(tally.jobs.done).toBe(1);
    expect(await queue.counts()).toMatchObject({ done: 1, queued: 2, running: 0 });
  });
});
