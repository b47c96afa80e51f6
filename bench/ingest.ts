/**
 * bench/ingest: a generated WARC of news pages (scripts/make-warc.ts; 10,000 by default) ingested end to
 * end into a fresh SQLite store by one `onrecord ingest --stats` process (worker threads on every core),
 * beside Mozilla Readability on linkedom alone over the same pages in the same run, and onrecord's own
 * reading alone (decode + readDocument, no analysis, no store), both in one thread.
 *
 * Reported: pages per second end to end (wall clock, all cores), peak memory of the ingest process and
 * the share of time in each stage; pages per CPU-second on one core for Readability and for our reading,
 * and their ratio. Several runs, median; the runs are interleaved so that each sees the same machine.
 *
 *   npm run build && node --import tsx bench/ingest.ts [--pages 10000] [--runs 3] [--keep DIR]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeDocument } from '../src/acquire/decode-document.js';
import { readWarc } from '../src/acquire/sources/read-warc.js';
import { readDocument } from '../src/read/read-document.js';
import type { Document } from '../src/types.js';
import { writeCrawl } from '../scripts/make-warc.js';
import { median } from './cpu-time.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'string' },
  },
});
const pages = Number(values.pages);
const runs = Number(values.runs);
if (!existsSync(join(root, 'dist', 'cli', 'main.js')))
  throw new Error('dist/ is missing: run `npm run build`');

const folder = values.keep ?? mkdtempSync(join(tmpdir(), 'onrecord-bench-ingest-'));
const archive = join(folder, `pages-${pages}.warc.gz`);
if (!existsSync(archive)) await writeCrawl(archive, pages, 5);

// The pages as the reader gets them, decoded once, for the two single-thread readers.
const documents: Document[] = [];
for await (const item of readWarc(archive, {})) if (item.ok) documents.push(item.document);
const htmls = documents.map((document) => decodeDocument(document).text);

/** Pages per CPU-second of one thread running `read` over every page. */
function perCpuSecond(read: (index: number) => unknown): number {
  const start = process.cpuUsage();
  for (let index = 0; index < documents.length; index += 1) read(index);
  const used = process.cpuUsage(start);
  return documents.length / ((used.user + used.system) / 1e6);
}

interface IngestRun {
  readonly perSecond: number;
  readonly peakMemoryMb: number;
  readonly stageShare: Record<string, number>;
  readonly summary: string;
}

function ingestOnce(): IngestRun {
  const db = join(folder, 'bench.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
  const result = spawnSync(process.execPath, ['bin/onrecord.js', 'ingest', archive, '--db', db, '--stats'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = result.stderr.trim().split('\n');
  const stats = lines.find((line) => line.startsWith('{"stats"'));
  if (!stats) throw new Error(`ingest failed (exit ${result.status}):\n${result.stderr.slice(-2000)}`);
  const parsed = (JSON.parse(stats) as { stats: IngestRun }).stats;
  return { ...parsed, summary: lines.find((line) => line.startsWith('ingested ')) ?? '' };
}

const readability: number[] = [];
const ours: number[] = [];
const ingests: IngestRun[] = [];
for (let run = 0; run < runs; run += 1) {
  readability.push(perCpuSecond((index) => new Readability(parseHTML(htmls[index]!).document).parse()));
  ours.push(perCpuSecond((index) => readDocument(documents[index]!)));
  ingests.push(ingestOnce());
}

const middle = [...ingests].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(ingests.length / 2)]!;
const list = (values: readonly number[]): string => values.map((value) => value.toFixed(1)).join(', ');
console.log(`pages: ${documents.length} from ${archive}, runs: ${runs}`);
console.log(
  `onrecord ingest, end to end:   ${middle.perSecond.toFixed(1)} pages/s on all cores (median; runs: ${list(ingests.map((run) => run.perSecond))})`,
);
console.log(`  ${middle.summary}`);
console.log(`  peak memory: ${middle.peakMemoryMb} MB`);
console.log(
  `  time by stage: ${Object.entries(middle.stageShare)
    .map(([stage, share]) => `${stage} ${(share * 100).toFixed(1)}%`)
    .join(', ')}`,
);
console.log(
  `Readability on linkedom alone: ${median(readability).toFixed(1)} pages per CPU-second (median; runs: ${list(readability)})`,
);
console.log(
  `onrecord reading alone:        ${median(ours).toFixed(1)} pages per CPU-second (median; runs: ${list(ours)})`,
);
console.log(`ratio reading / Readability:   ${(median(ours) / median(readability)).toFixed(2)}`);
if (values.keep === undefined) rmSync(folder, { recursive: true, force: true });
