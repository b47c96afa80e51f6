/**
 * bench/workers: ingest throughput through the PostgreSQL queue with 1 and 2 `onrecord worker` processes,
 * beside the same corpus ingested into SQLite by one `onrecord ingest` process, in one run (issue 7).
 *
 * The corpus is generated news pages (scripts/make-warc.ts): half as HTML files (jobs carry their path),
 * half in a WARC archive (jobs carry each record's bytes). Each PostgreSQL run gets a fresh schema: the
 * queue is filled by `onrecord ingest --queue` (timed apart), then the workers run `--until-empty` with
 * their defaults (worker threads on every core each). Reported: documents per second (wall clock, from the
 * workers' start to the last one's exit), the scaling ratio of 2 workers over 1, PostgreSQL over SQLite,
 * and where the time goes: the stages each worker measured (reading, analysis, store writes, the queue's
 * own statements) and what the workers' busy database sessions were doing, sampled from pg_stat_activity
 * every 50 ms (running a statement, waiting on a lock, in a transaction waiting for the worker's next
 * statement, I/O).
 *
 *   npm run build && npm run bench:workers -- [--documents 1000] [--db postgres://...] [--keep DIR]
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { writeNewsCorpus } from '../test/queue/news-corpus.js';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '1000' },
    db: {
      type: 'string',
      default: process.env['ONRECORD_TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test',
    },
    keep: { type: 'string' },
  },
});

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'onrecord.js');
const documents = Number(values.documents);
const work = values.keep ?? mkdtempSync(join(tmpdir(), 'onrecord-bench-workers-'));

interface WorkerStats {
  readonly seconds: number;
  readonly jobs: { done: number; failed: number };
  readonly documents: { added: number; failed: number };
  readonly ms: Record<string, number>;
}

interface Run {
  readonly label: string;
  readonly seconds: number;
  readonly perSecond: number;
  readonly stored: number;
  /** Summed over the workers: ms by stage. */
  readonly stageMs?: Record<string, number>;
  /** Shares of the workers' busy database sessions' samples, by what they were doing. */
  readonly sessions?: Record<string, number>;
  /** Share of all the workers' sessions' samples that found them idle in the pool. */
  readonly idleSessions?: number;
  readonly enqueueSeconds?: number;
}

function onrecord(args: readonly string[]): { stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: work,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`onrecord ${args[0]} exited ${run.status}:\n${run.stderr}`);
  return { stdout: run.stdout, stderr: run.stderr };
}

function sqliteRun(inputs: readonly string[]): Run {
  const db = join(work, 'bench.db');
  rmSync(db, { force: true });
  const started = performance.now();
  const { stderr } = onrecord(['ingest', '--db', db, '--stats', ...inputs]);
  const seconds = (performance.now() - started) / 1000;
  const stats = JSON.parse(stderr.trim().split('\n').at(-1)!) as {
    stats: { documents: number; stageMs: Record<string, number> };
  };
  return {
    label: 'SQLite, 1 process',
    seconds,
    perSecond: documents / seconds,
    stored: stats.stats.documents,
    stageMs: stats.stats.stageMs,
  };
}

async function postgresRun(inputs: readonly string[], workers: number, admin: pg.Client): Promise<Run> {
  const schema = `onrecord_bench_workers_${process.pid}_${workers}`;
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  const url = new URL(values.db);
  url.searchParams.set('schema', schema);
  try {
    const queueing = performance.now();
    onrecord(['ingest', '--queue', '--db', url.toString(), ...inputs]);
    const enqueueSeconds = (performance.now() - queueing) / 1000;

    const sessions: Record<string, number> = {};
    const sampling = new AbortController();
    const sampler = (async () => {
      while (!sampling.signal.aborted) {
        const sampled = await admin.query<{ doing: string; n: number }>(
          `SELECT CASE WHEN state = 'idle' THEN 'idle in the pool'
                       WHEN state = 'idle in transaction' THEN 'in a transaction, waiting for the worker'
                       WHEN wait_event_type IS NULL THEN 'running a statement'
                       WHEN wait_event_type = 'Lock' THEN 'waiting on a lock (' || wait_event || ')'
                       ELSE 'waiting on ' || wait_event_type || ' (' || wait_event || ')' END AS doing,
                  count(*)::int AS n
             FROM pg_stat_activity WHERE application_name LIKE 'onrecord worker %' GROUP BY 1`,
        );
        for (const { doing, n } of sampled.rows) sessions[doing] = (sessions[doing] ?? 0) + n;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();

    const started = performance.now();
    const outputs = await Promise.all(
      Array.from({ length: workers }, () =>
        runWorker(['worker', '--db', url.toString(), '--until-empty', '--stats']),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    sampling.abort();
    await sampler;

    const stats = outputs.map((output) => JSON.parse(output) as WorkerStats);
    const stageMs: Record<string, number> = {};
    for (const { ms } of stats)
      for (const [stage, time] of Object.entries(ms)) stageMs[stage] = (stageMs[stage] ?? 0) + time;
    const stored = await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.articles`);
    // Shares of the busy sessions' samples (in a statement or a transaction); the pool's idle ones apart.
    const idle = sessions['idle in the pool'] ?? 0;
    delete sessions['idle in the pool'];
    const busy = Object.values(sessions).reduce((sum, n) => sum + n, 0);
    return {
      label: `PostgreSQL, ${workers} worker${workers === 1 ? '' : 's'}`,
      seconds,
      perSecond: documents / seconds,
      stored: stored.rows[0]!.n,
      stageMs,
      sessions: Object.fromEntries(
        Object.entries(sessions)
          .sort((first, second) => second[1] - first[1])
          .map(([doing, n]) => [doing, Number((n / busy).toFixed(3))]),
      ),
      idleSessions: Number((idle / (idle + busy)).toFixed(3)),
      enqueueSeconds,
    };
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }
}

function runWorker(args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('exit', (code) => {
      if (code === 0) resolve(stdout.trim());
      else reject(new Error(`worker exited ${code}:\n${stderr}`));
    });
  });
}

const shares = (stageMs: Record<string, number>): string => {
  const total = Object.values(stageMs).reduce((sum, ms) => sum + ms, 0);
  return Object.entries(stageMs)
    .sort((first, second) => second[1] - first[1])
    .map(([stage, ms]) => `${stage} ${((100 * ms) / total).toFixed(0)}%`)
    .join(', ');
};

const corpus = await writeNewsCorpus(work, {
  files: Math.ceil(documents / 2),
  archived: Math.floor(documents / 2),
});
const admin = new pg.Client({ connectionString: values.db });
await admin.connect();
const cores = availableParallelism();
process.stderr.write(
  `bench/workers: ${documents} pages, ${cores} cores; SQLite first, then 1 and 2 workers\n`,
);
try {
  const runs: Run[] = [sqliteRun(corpus.inputs)];
  for (const workers of [1, 2]) runs.push(await postgresRun(corpus.inputs, workers, admin));
  for (const run of runs) {
    process.stdout.write(
      `${run.label.padEnd(24)} ${run.perSecond.toFixed(1).padStart(6)} documents/s  ` +
        `(${run.seconds.toFixed(1)} s, ${run.stored} stored` +
        `${run.enqueueSeconds === undefined ? '' : `; queued in ${run.enqueueSeconds.toFixed(1)} s`})\n`,
    );
    if (run.stageMs) process.stdout.write(`  time by stage: ${shares(run.stageMs)}\n`);
    if (run.sessions)
      process.stdout.write(
        `  busy database sessions: ${Object.entries(run.sessions)
          .map(([doing, share]) => `${doing} ${(share * 100).toFixed(0)}%`)
          .join(', ')} (${((run.idleSessions ?? 0) * 100).toFixed(0)}% of all samples idle in the pool)\n`,
      );
  }
  const [sqlite, one, two] = runs as [Run, Run, Run];
  process.stdout.write(
    `scaling, 2 workers over 1: ${(two.perSecond / one.perSecond).toFixed(2)}x; ` +
      `PostgreSQL 1 worker over SQLite: ${(one.perSecond / sqlite.perSecond).toFixed(2)}x; ` +
      `2 workers over SQLite: ${(two.perSecond / sqlite.perSecond).toFixed(2)}x\n`,
  );
  process.stdout.write(`${JSON.stringify({ documents, cores, runs })}\n`);
} finally {
  await admin.end();
  if (values.keep === undefined) rmSync(work, { recursive: true, force: true });
}
