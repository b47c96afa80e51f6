import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES_DIRECTORY } from '../../src/cli/commands/demo.js';
import { formatRecord } from '../../src/cli/format-demo.js';
import { openSqliteStore } from '../../src/store/index.js';
import { rowCounts } from '../store/database-checks.js';
import { harbourArticle, HARBOUR_TEXT, tunnelArticle, TUNNEL_TEXT } from '../store/fixtures.js';
import { runCli } from '../helpers/capture-cli.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'onrecord-demo-'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('onrecord demo', () => {
  it('finds the bundled samples from the package, not the working directory', () => {
    expect(SAMPLES_DIRECTORY).toBe(join(import.meta.dirname, '..', '..', 'samples/'));
  });

  it('stores the bundled samples in a fresh database and prints the record', async () => {
    const db = join(root, 'bundled.db');
    const first = await runCli(['demo', '--no-serve', '--db', db]);
    expect(first.code).toBe(0);
    const samples = rowCounts(db).articles;
    if (samples === 0) expect(first.stdout).toMatch(/^No sample articles/);
    else expect(first.stdout).toMatch(new RegExp(`^onrecord demo: ${samples} sample articles into `));
    // A second run starts again from an empty database: everything is added again, nothing unchanged.
    const second = await runCli(['demo', '--no-serve', '--db', db]);
    expect(second.stdout).toBe(first.stdout);
    expect(rowCounts(db).articles).toBe(samples);
  });

  it('prints what the samples yield; an empty or missing samples folder is not an error', async () => {
    const samples = join(root, 'samples');
    mkdirSync(samples);
    const db = join(root, 'demo.db');
    const empty = await runCli(['demo', '--no-serve', '--db', db, '--samples', samples]);
    expect(empty).toMatchObject({ code: 0, stderr: '' });
    expect(empty.stdout).toMatch(/^No sample articles \(\*\.txt\) in .*samples: nothing to show\.\n/);
    expect(existsSync(db)).toBe(false);
    const missing = await runCli(['demo', '--no-serve', '--db', db, '--samples', join(root, 'nowhere')]);
    expect(missing.code).toBe(0);

    writeFileSync(join(samples, 'harbour.txt'), HARBOUR_TEXT);
    writeFileSync(join(samples, 'tunnel.txt'), TUNNEL_TEXT);
    writeFileSync(join(samples, 'broken.txt'), '');
    const run = await runCli(['demo', '--no-serve', '--db', db, '--samples', samples]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^onrecord demo: .*broken\.txt: is empty\n$/);
    expect(run.stdout).toMatch(
      /^onrecord demo: 3 sample articles into .*demo\.db \(2 added, 0 replaced, 0 unchanged, 0 duplicate, 1 failed \(1 empty\)\)\n/,
    );
    expect(run.stdout).toContain(`onrecord quotes --db ${db}`);
  });

  it('checks the serving options before it recreates the database', async () => {
    const db = join(root, 'kept.db');
    await runCli(['demo', '--no-serve', '--db', db]);
    const articles = rowCounts(db).articles;
    const run = await runCli(['demo', '--db', db, '--port', '99999']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--port needs a port number from 0 to 65535, not "99999"/);
    expect(run.stdout).toBe('');
    expect(rowCounts(db).articles).toBe(articles);
  });

  it('refuses to delete a --db that is not an onrecord database', async () => {
    const precious = join(root, 'thesis.db');
    writeFileSync(precious, 'Chapter one.\n');
    const run = await runCli(['demo', '--no-serve', '--db', precious]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/thesis\.db exists and is not an onrecord database/);
    expect(existsSync(precious)).toBe(true);
  });
});

describe('the demo record', () => {
  it('shows each person with roles, aliases and statements, then unnamed sources', async () => {
    const store = openSqliteStore(':memory:');
    await store.ingestBatch([harbourArticle(), tunnelArticle()]);
    const record = formatRecord(
      await store.listArticles(),
      await store.listPeople(),
      await store.listAttributions(),
    );
    await store.close();
    expect(record).toBe(
      [
        'Articles',
        '  [1] Harbour board delays levy vote: harbour.txt',
        '  [2] Kessel tunnel costs rise again: tunnel.txt',
        '',
        'Ingrid Sæther: 4 statements; named in 2 articles',
        '  roles: its chair; chairs the Holm harbour board',
        '  also called: Sæther; its chair',
        '  - [indirect] The Holm harbour board will not vote on the mooring levy until spring',
        '    [1], cue "said", source "its chair, Ingrid Sæther"',
        '  - [direct] We owe the fishing families a proper hearing,',
        '    [1], cue "told", source "Sæther"',
        '  - [indirect] the board would publish its figures in March',
        '    [1], cue "added", source "She", said 2024-03-12',
        '  - [mixed] the overrun … a warning for every coastal project, from Ålesund to Bodø.',
        '    [2], cue "called"',
        '',
        'Unnamed sources: 2 statements',
        '  - "A council official" [indirect] the delay would cost the town little',
        '    [1], cue "said"',
        '  - "the transport office" [indirect] The Kessel tunnel will cost a fifth more than planned',
        '    [2], cue "said"',
        '',
      ].join('\n'),
    );
  });
});
