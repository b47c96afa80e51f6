import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/index.js';
import { harbourArticle, HARBOUR_TEXT, spanOf, tunnelArticle } from '../store/fixtures.js';
import { runCli } from '../helpers/capture-cli.js';

let root: string;
let db: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'onrecord-quotes-'));
  db = join(root, 'record.db');
  // Stored through the store itself, so that these tests do not wait on the analyzer's progress.
  const store = openSqliteStore(db);
  await store.ingestBatch([harbourArticle(), tunnelArticle()]);
  await store.close();
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const jsonLines = (text: string): Record<string, unknown>[] =>
  text
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('onrecord quotes', () => {
  it('prints one JSON line per stored attribution of every type, off a terminal', async () => {
    const run = await runCli(['quotes', '--db', db]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = jsonLines(run.stdout);
    expect(lines.map((line) => [line.file, line.id, line.type])).toEqual([
      ['harbour.txt', 'a1', 'indirect'],
      ['harbour.txt', 'a2', 'direct'],
      ['harbour.txt', 'a3', 'indirect'],
      ['harbour.txt', 'a4', 'indirect'],
      ['tunnel.txt', 'a1', 'indirect'],
      ['tunnel.txt', 'a2', 'mixed'],
    ]);
    const direct = lines[1]!;
    const person = direct.person as { id: number; name: string };
    expect(direct).toEqual({
      file: 'harbour.txt',
      url: null,
      id: 'a2',
      type: 'direct',
      source: spanOf(HARBOUR_TEXT, 'Sæther', 2),
      cue: spanOf(HARBOUR_TEXT, 'told'),
      content: [spanOf(HARBOUR_TEXT, 'We owe the fishing families a proper hearing,')],
      speaker: { id: 'p1', name: 'Ingrid Sæther' },
      saidAt: null,
      dating: 'publication',
      polarity: 'affirmed',
      medium: null,
      via: null,
      confidence: 0.95,
      person: { id: person.id, name: 'Ingrid Sæther' },
      statement: direct.statement,
      statementMatch: 'first',
      altered: false,
    });
    expect(typeof direct.statement).toBe('number');
    expect(lines[3]).toMatchObject({ speaker: null, person: null, source: { text: 'A council official' } });
    expect(lines[2]).toMatchObject({ saidAt: { value: '2024-03-12', text: 'Tuesday' } });
  });

  it('filters by speaker alias in any case, by contained text, by type, and limits', async () => {
    const ids = async (...args: string[]): Promise<string[]> =>
      jsonLines((await runCli(['quotes', '--db', db, ...args])).stdout).map(
        (line) => `${String(line.file)} ${String(line.id)}`,
      );
    expect(await ids('--speaker', 'SÆTHER')).toEqual([
      'harbour.txt a1',
      'harbour.txt a2',
      'harbour.txt a3',
      'tunnel.txt a2',
    ]);
    expect(await ids('--speaker', 'sæther', '--type', 'mixed')).toEqual(['tunnel.txt a2']);
    expect(await ids('--contains', 'COST')).toEqual(['harbour.txt a4', 'tunnel.txt a1']);
    expect(await ids('--limit', '1')).toEqual(['harbour.txt a1']);
    expect(await ids('--speaker', 'Nobody')).toEqual([]);
  });

  it('prints readable text on a terminal, and JSON when asked', async () => {
    const text = await runCli(['quotes', '--db', db, '--speaker', 'Ingrid Sæther', '--type', 'direct'], {
      tty: true,
    });
    expect(text.stdout).toBe(
      'Ingrid Sæther [direct] told (harbour.txt a2, source "Sæther")\n' +
        '    We owe the fishing families a proper hearing,\n',
    );
    const json = await runCli(['quotes', '--db', db, '--format', 'json', '--type', 'mixed']);
    expect(JSON.parse(json.stdout)).toMatchObject([{ file: 'tunnel.txt', id: 'a2', type: 'mixed' }]);
    const none = await runCli(['quotes', '--db', db, '--contains', 'zebra', '--format', 'text']);
    expect(none.stdout).toBe('No statements match.\n');
  });

  it('refuses a bad command line with exit code 2', async () => {
    expect((await runCli(['quotes', '--db', db, '--type', 'rumour'])).code).toBe(2);
    expect((await runCli(['quotes', '--db', db, '--format', 'xml'])).code).toBe(2);
    const limit = await runCli(['quotes', '--db', db, '--limit', '0']);
    expect(limit).toMatchObject({
      code: 2,
      stderr: 'onrecord: --limit needs a whole number of at least 1, not "0"\n',
    });
  });

  it('names a missing database and does not create it', async () => {
    const missing = join(root, 'missing.db');
    const run = await runCli(['quotes', '--db', missing]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `onrecord: ${missing}: no such database file (store articles in it first with \`onrecord ingest\`)\n`,
    );
    expect(existsSync(missing)).toBe(false);
  });
});

describe('onrecord people', () => {
  it('lists people with aliases, roles and statement counts', async () => {
    const run = await runCli(['people', '--db', db]);
    expect(run.code).toBe(0);
    const [person, ...others] = jsonLines(run.stdout);
    expect(others).toEqual([]);
    expect(person).toMatchObject({
      name: 'Ingrid Sæther',
      aliases: ['Sæther', 'its chair'],
      roles: [
        { text: 'its chair', file: 'harbour.txt', url: null },
        { text: 'chairs the Holm harbour board', file: 'tunnel.txt', url: null },
      ],
      statements: 4,
      mentions: 4,
      articles: 2,
    });
    const text = await runCli(['people', '--db', db], { tty: true });
    expect(text.stdout).toBe(
      `Ingrid Sæther (#${String(person?.id)}): 4 statements; named in 2 articles; 4 mentions\n` +
        '    also: Sæther; its chair\n' +
        '    roles: its chair; chairs the Holm harbour board\n',
    );
  });

  it('names a missing database and does not create it', async () => {
    const missing = join(root, 'none.db');
    expect((await runCli(['people', '--db', missing])).code).toBe(1);
    expect(existsSync(missing)).toBe(false);
  });
});
