/**
 * bench/workers: ingest throughput through the PostgreSQL queue with 1 and 2 `onrecord worker` processes,
 * beside the same corpus ingested into SQLite by one `onrecord ingest` process, in one run (issue 7).
 *
 * Two corpora of generated news pages (scripts/make-warc.ts), each run in turn:
 *
 * - `generated`: the pages as the generator writes them, half as HTML files (jobs carry their path), half
 *   in a WARC archive (jobs carry each record's bytes). Their people are drawn from 224 names (16 given
 *   names, 14 family names), so that every page names people, and quotes speakers, that nearly every other
 *   page does: the hardest case for writers that must see each other's people and statements.
 * - `many-names`: the same pages, all as HTML files, each name replaced by one of 5,000 people with 2,300
 *   family names (one coarse family key each), drawn anew for each page: closer to news, where most
 *   articles share few people. Their unnamed sources ("the city council", and what the extractor takes for
 *   sources in the generator's few claims) are the generator's, shared as before.
 *
 * Each PostgreSQL run gets a fresh schema: the queue is filled by `onrecord ingest --queue` (timed apart),
 * then the workers run `--until-empty` with their defaults (worker threads on every core each). Reported:
 * documents per second (wall clock, from the workers' start to the last one's exit), the scaling ratio of 2
 * workers over 1, PostgreSQL over SQLite, and where the time goes: the stages each worker measured (reading,
 * analysis, store writes, the queue's own statements) and what the workers' busy database sessions were
 * doing, sampled from pg_stat_activity every 50 ms (running a statement, waiting on a lock, in a transaction
 * waiting for the worker's next statement, I/O).
 *
 *   npm run build && npm run bench:workers -- [--documents 1000] [--corpus generated|many-names|both]
 *     [--db postgres://...] [--keep DIR]
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { FIRST as GIVEN, LAST as FAMILY, generatePage, seededRandom } from '../scripts/make-warc.js';
import { parsePersonName } from '../src/link/person-name.js';
import { writeNewsCorpus } from '../test/queue/news-corpus.js';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '1000' },
    corpus: { type: 'string', default: 'both' },
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
const corpora = values.corpus === 'both' ? ['generated', 'many-names'] : [values.corpus];
if (!corpora.every((name) => name === 'generated' || name === 'many-names'))
  throw new Error(`--corpus is generated, many-names or both, not ${values.corpus}`);
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

/**
 * The many-names corpus: the generator's pages, each of their names ("Ada Park") replaced, the same way
 * throughout a page, by one of 5,000 people whose family names (consonant, vowel, consonant, vowel,
 * consonant, ending: "Bodukini") each have a coarse family key of their own, so that two of them are never
 * taken for spellings of one name.
 */
function writeManyNamesCorpus(dir: string, count: number): string[] {
  const random = seededRandom(11);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const consonants = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'h', 'j'];
  const vowels = ['a', 'e', 'i', 'o', 'u'];
  const endings = ['a', 'o', 'en', 'ez', 'ic', 'ov', 'i', 'as', 'ard', 'ini', 'ey', 'um'];
  const families = new Map<string, string>();
  for (const first of consonants)
    for (const second of consonants)
      for (const third of consonants) {
        const name = `${first.toUpperCase()}${pick(vowels)}${second}${pick(vowels)}${third}${pick(endings)}`;
        const key = parsePersonName(`Ada ${name}`)!.familyKey;
        if (!families.has(key)) families.set(key, name);
      }
  const people = Array.from({ length: 5000 }, () => `${pick(GIVEN)} ${pick([...families.values()])}`);
  const names = new RegExp(`\\b(?:${GIVEN.join('|')}) (?:${FAMILY.join('|')})\\b`, 'gu');
  const pages = join(dir, 'many-names');
  mkdirSync(pages, { recursive: true });
  const generator = seededRandom(7);
  for (let index = 0; index < count; index += 1) {
    const page = generatePage(generator, index);
    let body: string | Uint8Array = page.body;
    // The pages in a legacy Cyrillic encoding name no one of the lists: they are kept as they are.
    if (page.contentType.endsWith('utf-8')) {
      const chosen = new Map<string, string>();
      const html = Buffer.from(page.body).toString('utf8');
      body = html.replace(names, (name) => {
        if (!chosen.has(name)) chosen.set(name, pick(people));
        return chosen.get(name)!;
      });
      if (chosen.size === 0)
        throw new Error(
          `page ${index} names no one of the generator's lists: update FIRST and LAST in scripts/make-warc.ts`,
        );
    }
    writeFileSync(join(pages, `page-${String(index).padStart(5, '0')}.html`), body);
  }
  return [pages];
}

const admin = new pg.Client({ connectionString: values.db });
await admin.connect();
const cores = availableParallelism();
process.stderr.write(
  `bench/workers: ${documents} pages, ${cores} cores; corpora ${corpora.join(', ')}; ` +
    'for each, SQLite first, then 1 and 2 workers\n',
);
try {
  for (const name of corpora) {
    const inputs =
      name === 'generated'
        ? (
            await writeNewsCorpus(work, {
              files: Math.ceil(documents / 2),
              archived: Math.floor(documents / 2),
            })
          ).inputs
        : writeManyNamesCorpus(work, documents);
    const runs: Run[] = [sqliteRun(inputs)];
    for (const workers of [1, 2]) runs.push(await postgresRun(inputs, workers, admin));
    process.stdout.write(`corpus ${name}:\n`);
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
    process.stdout.write(`${JSON.stringify({ corpus: name, documents, cores, runs })}\n`);
  }
} finally {
  await admin.end();
  if (values.keep === undefined) rmSync(work, { recursive: true, force: true });
}
