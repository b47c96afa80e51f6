import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/index.js';
import { NO_ORPHANS, orphans, rowCounts } from '../store/database-checks.js';
import { HARBOUR_TEXT, TUNNEL_TEXT } from '../store/fixtures.js';
import { runCli } from '../helpers/capture-cli.js';

let root: string;
let articles: string;
const at = (...parts: string[]): string => join(root, ...parts);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'onrecord-ingest-'));
  articles = at('articles');
  mkdirSync(join(articles, 'nested'), { recursive: true });
  mkdirSync(join(articles, '.hidden-folder'));
  mkdirSync(at('no-articles'));
  writeFileSync(join(articles, 'a.txt'), HARBOUR_TEXT);
  writeFileSync(join(articles, 'nested', 'b.txt'), TUNNEL_TEXT);
  writeFileSync(join(articles, '.hidden.txt'), 'A hidden file is skipped.\n');
  writeFileSync(join(articles, '.hidden-folder', 'c.txt'), 'So is a hidden folder.\n');
  writeFileSync(join(articles, 'notes.md'), 'Not an article: wrong extension.\n');
  writeFileSync(join(articles, 'binary.txt'), Buffer.from([0x47, 0x49, 0x46, 0x38, 0x00, 0x01, 0x02]));
  writeFileSync(join(articles, 'empty.txt'), '');
  writeFileSync(join(articles, 'latin1.txt'), Buffer.from('Caf\xe9 owners said prices rose.\n', 'latin1'));
  writeFileSync(join(articles, 'big.txt'), `${'A long article. '.repeat(200)}\n`);
  writeFileSync(at('no-articles', 'readme.md'), 'Nothing to ingest here.\n');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('onrecord ingest', () => {
  it('stores the good files, reports each bad one, goes on, and exits 1', async () => {
    const db = at('batch.db');
    const run = await runCli([
      'ingest',
      articles,
      at('no-articles'),
      at('missing.txt'),
      '--db',
      db,
      '--max-bytes',
      '2KB',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      `onrecord ingest: ${join(articles, 'big.txt')}: is 3201 bytes, over the size cap of 2048 bytes (--max-bytes)`,
      `onrecord ingest: ${join(articles, 'binary.txt')}: looks binary: NUL byte at offset 4`,
      `onrecord ingest: ${join(articles, 'empty.txt')}: is empty`,
      `onrecord ingest: ${join(articles, 'latin1.txt')}: is not valid UTF-8 (first bad byte at offset 3)`,
      `onrecord ingest: ${at('no-articles')}: is a folder with no articles (.txt, .html, .htm, .xhtml, .jsonl, .ndjson, .warc, or these .gz)`,
      `onrecord ingest: ${at('missing.txt')}: no such file or folder`,
      'ingested 8: 2 added, 0 replaced, 0 unchanged, 0 duplicate, 6 failed (1 bad-encoding, 1 binary, 1 empty, 1 no-documents, 1 not-found, 1 too-large)',
      'failed documents are listed by `onrecord errors`',
    ]);
    const store = openSqliteStore(db, { mustExist: true });
    const files = (await store.listArticles()).map((article) => article.file);
    await store.close();
    expect(files).toEqual([join(articles, 'a.txt'), join(articles, 'nested', 'b.txt')]);
    expect(orphans(db)).toEqual(NO_ORPHANS);
  });

  it('leaves unchanged files alone, replaces changed ones, and exits 0 when all went well', async () => {
    const folder = at('rerun');
    mkdirSync(folder);
    writeFileSync(join(folder, 'one.txt'), HARBOUR_TEXT);
    writeFileSync(join(folder, 'two.txt'), TUNNEL_TEXT);
    const db = at('rerun.db');
    expect((await runCli(['ingest', folder, '--db', db])).stderr).toBe(
      'ingested 2: 2 added, 0 replaced, 0 unchanged, 0 duplicate, 0 failed\n',
    );
    writeFileSync(join(folder, 'two.txt'), `${TUNNEL_TEXT}\nCorrection: the overrun is a sixth.\n`);
    const again = await runCli(['ingest', folder, '--db', db]);
    expect(again).toEqual({
      code: 0,
      stdout: '',
      stderr: 'ingested 2: 0 added, 1 replaced, 1 unchanged, 0 duplicate, 0 failed\n',
    });
    // The same file named another way is the same document.
    const renamed = await runCli(['ingest', join(folder, '.', 'one.txt'), '--db', db]);
    expect(renamed.stderr).toBe('ingested 1: 0 added, 0 replaced, 1 unchanged, 0 duplicate, 0 failed\n');
    expect(rowCounts(db).articles).toBe(2);
  });

  it('takes a file named on the command line whatever its extension, in any language', async () => {
    const file = at('bericht.md');
    writeFileSync(
      file,
      'Марія Коваль сказала, що міст відкриють у травні.\n\n東京都の知事は「準備は整った」と述べた。\n',
    );
    const run = await runCli(['ingest', file, '--db', at('languages.db')]);
    expect(run).toMatchObject({
      code: 0,
      stderr: 'ingested 1: 1 added, 0 replaced, 0 unchanged, 0 duplicate, 0 failed\n',
    });
  });

  it('draws no progress line when stderr is not a terminal', async () => {
    const run = await runCli(['ingest', articles, '--db', at('quiet.db')]);
    expect(run.stderr).not.toContain('\r');
  });

  it('refuses a bad command line with exit code 2', async () => {
    expect((await runCli(['ingest', '--db', at('x.db')])).code).toBe(2);
    const size = await runCli(['ingest', articles, '--db', at('x.db'), '--max-bytes', 'lots']);
    expect(size).toMatchObject({ code: 2, stderr: 'onrecord: not a size: "lots" (try 5MB or 200KB)\n' });
  });

  it('fails clearly when the database cannot be opened', async () => {
    const run = await runCli(['ingest', articles, '--db', at('no-such-folder', 'x.db')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/x\.db: cannot open the database/);
  });
});
