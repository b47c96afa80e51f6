/**
 * Crash safety, end to end: `onrecord ingest` over the 840 PolNeAR train texts is killed with SIGKILL
 * partway, run again to completion, and run a third time. Nothing committed may be lost, no document may
 * be half there, nothing may dangle, and the third run must find everything unchanged.
 *
 * The bin runs the compiled dist/ (`npm test` builds first).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { openSqliteStore } from '../../src/store/index.js';
import { POLNEAR_TRAIN_TEXT } from '../helpers/polnear.js';
import { NO_ORPHANS, orphans, rowCounts, withDatabase } from '../store/database-checks.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const CORPUS = POLNEAR_TRAIN_TEXT;
const BIN = join(REPO, 'bin', 'onrecord.js');
const ARTICLES = 840;
/** Texts the corpus holds twice (PolNeAR train has one): stored once, the second copy a duplicate. */
const DUPLICATES = (() => {
  const seen = new Set<string>();
  let repeated = 0;
  for (const name of readdirSync(CORPUS).filter((file) => file.endsWith('.txt'))) {
    const hash = createHash('sha256')
      .update(readFileSync(join(CORPUS, name)))
      .digest('hex');
    if (seen.has(hash)) repeated += 1;
    seen.add(hash);
  }
  return repeated;
})();
/** Kill once this many articles are committed (the poll lets a few more in before the signal lands). */
const KILL_AFTER = 20;

let root: string | undefined;
let db: string;

beforeAll(() => {
  if (!existsSync(CORPUS))
    throw new Error(`the PolNeAR train texts are missing: expected ${ARTICLES} .txt files in ${CORPUS}`);
  if (!existsSync(join(REPO, 'dist', 'cli', 'main.js')))
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)');
  root = mkdtempSync(join(tmpdir(), 'onrecord-crash-'));
  db = join(root, 'crash.db');
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/** The run's final summary line, with the counts read out (progress lines before it are skipped). */
function summaryOf(stderr: string): Record<string, number> {
  const line = stderr.split('\n').find((text) => text.startsWith('ingested '));
  const counts: Record<string, number> = {};
  for (const [, count, what] of (line ?? '').matchAll(/(\d+) (added|replaced|unchanged|duplicate|failed)/g))
    counts[what!] = Number(count);
  counts.total = Number(/^ingested (\d+):/.exec(line ?? '')?.[1]);
  return counts;
}

function startIngest(): { child: ChildProcess; finished: Promise<Finished> } {
  const child = spawn(process.execPath, [BIN, 'ingest', CORPUS, '--db', db], {
    cwd: REPO,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const finished = new Promise<Finished>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => {
      done({ code, signal, stderr });
    });
  });
  return { child, finished };
}

/** Articles committed so far, read through a separate connection as another process would. */
function committedArticles(): number {
  if (!existsSync(db)) return 0;
  try {
    return withDatabase(
      db,
      (look) => look.prepare<[], number>('SELECT count(*) FROM articles').pluck().get() ?? 0,
    );
  } catch {
    return 0; // not created or not migrated yet
  }
}

/** The most recently committed articles, compared row for row with a fresh extraction of their text. */
async function expectWholeDocuments(count: number): Promise<void> {
  const recent = withDatabase(db, (look) =>
    look
      .prepare<[number], { id: number; file: string; text: string }>(
        'SELECT id, file, text FROM articles ORDER BY id DESC LIMIT ?',
      )
      .all(count),
  );
  const store = openSqliteStore(db, { mustExist: true });
  try {
    const attributions = await store.listAttributions();
    for (const article of recent) {
      const extraction = extract(article.text, { file: article.file });
      const blocks = withDatabase(db, (look) =>
        look
          .prepare(
            'SELECT kind, span_start AS start, span_end AS end FROM blocks WHERE article_id = ? ORDER BY seq',
          )
          .all(article.id),
      );
      expect(blocks, article.file).toEqual(extraction.blocks);
      const stored = attributions.filter((entry) => entry.article.id === article.id);
      expect(
        stored.map((entry) => entry.attribution),
        article.file,
      ).toEqual(extraction.attributions);
    }
  } finally {
    await store.close();
  }
}

describe('onrecord ingest killed with SIGKILL', () => {
  it('loses nothing committed, leaves no half document, and resumes to exactly the corpus', async () => {
    expect(readdirSync(CORPUS).filter((name) => name.endsWith('.txt'))).toHaveLength(ARTICLES);

    const first = startIngest();
    const running = (): boolean => first.child.exitCode === null && first.child.signalCode === null;
    while (running() && committedArticles() < KILL_AFTER) await sleep(2);
    if (!running())
      throw new Error(`the first ingest ended before it could be killed:\n${(await first.finished).stderr}`);
    first.child.kill('SIGKILL');
    expect((await first.finished).signal).toBe('SIGKILL');

    const committed = committedArticles();
    expect(committed).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(committed).toBeLessThan(ARTICLES);
    expect(orphans(db)).toEqual(NO_ORPHANS);
    await expectWholeDocuments(5);

    const second = await startIngest().finished;
    expect(second).toMatchObject({ code: 0, signal: null });
    expect(summaryOf(second.stderr)).toEqual({
      total: ARTICLES,
      added: ARTICLES - DUPLICATES - committed,
      replaced: 0,
      unchanged: committed,
      duplicate: DUPLICATES,
      failed: 0,
    });
    expect(rowCounts(db).articles).toBe(ARTICLES - DUPLICATES);
    expect(orphans(db)).toEqual(NO_ORPHANS);

    const third = await startIngest().finished;
    expect(third).toMatchObject({ code: 0, signal: null });
    expect(summaryOf(third.stderr)).toEqual({
      total: ARTICLES,
      added: 0,
      replaced: 0,
      unchanged: ARTICLES - DUPLICATES,
      duplicate: DUPLICATES,
      failed: 0,
    });
    expect(rowCounts(db).articles).toBe(ARTICLES - DUPLICATES);
    const files = withDatabase(db, (look) =>
      look.prepare<[], string>('SELECT count(DISTINCT file) FROM articles').pluck().get(),
    );
    expect(files).toBe(ARTICLES - DUPLICATES);
    // The store is still a sound SQLite database after the crash and two more writers.
    const check = new Database(db, { readonly: true });
    expect(check.pragma('quick_check', { simple: true })).toBe('ok');
    check.close();
  });
});
