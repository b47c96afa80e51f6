/** The record's commands end to end: statements, person, people merge and split, revisions. */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/capture-cli.js';

const folder = fileURLToPath(new URL('../../samples/record/articles/', import.meta.url));
const articles = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => folder + name);

describe('the record commands', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'onrecord-')), 'record.db');
  beforeAll(async () => {
    expect((await runCli(['ingest', '--db', db, ...articles])).code).toBe(0);
  });

  it('statements: each utterance once, with its reports, variants and altered reports', async () => {
    const run = await runCli([
      'statements',
      '--db',
      db,
      '--speaker',
      'Pavel Strand',
      '--min-reports',
      '5',
      '--format',
      'json',
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const [top] = JSON.parse(run.stdout) as {
      reportCount: number;
      outlets: string[];
      variants: { altered: boolean }[];
      reports: { match: string }[];
    }[];
    expect(top!.reportCount).toBeGreaterThanOrEqual(5);
    expect(top!.outlets.length).toBeGreaterThanOrEqual(3);
    expect(top!.variants.some((variant) => variant.altered)).toBe(true);
    const text = await runCli(['statements', '--db', db, '--limit', '1', '--format', 'text']);
    expect(text.stdout).toMatch(/^s\d+ .+: \d+ reports in .+; first seen 2025-/u);
    expect(text.stdout).toMatch(/\[\+.+\+\]|\[-.+-\]/u);
  });

  it('person: aliases, roles, statements by said-at date and the reasons for each link', async () => {
    const run = await runCli(['person', '--db', db, 'Irena Kovac', '--format', 'text']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Irena Kovac (person ');
    expect(run.stdout).toMatch(/role: .*[Dd]eputy/u);
    expect(run.stdout).toContain('why these mentions are one person:');
    expect(run.stdout).toContain('same name "irena kovac"');
    const dates = [...run.stdout.matchAll(/^ {4}(\d{4}-\d{2}(?:-\d{2})?) /gmu)].map((match) => match[1]!);
    expect(dates).toEqual([...dates].sort());
    const missing = await runCli(['person', '--db', db, 'Nobody Atall']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no person named "Nobody Atall"');
  });

  it('people merge and split, with clear errors for bad ids', async () => {
    const ids = async (name: string) =>
      (
        JSON.parse((await runCli(['person', '--db', db, name, '--format', 'json'])).stdout) as {
          id: number;
        }[]
      ).map((p) => p.id);
    const [luca] = await ids('Luca Ferrant');
    const [piet] = await ids('Piet Dahl');
    expect(
      (await runCli(['people', 'merge', '--db', db, String(luca), String(piet), '--note', 'test'])).code,
    ).toBe(0);
    expect(await ids('Piet Dahl')).toEqual([luca]);
    const split = await runCli(['people', 'split', '--db', db, String(luca), 'Piet Dahl']);
    expect(split.code).toBe(0);
    expect(split.stdout).toMatch(/^split Piet Dahl into new person \d+/u);
    expect(await ids('Piet Dahl')).not.toEqual([luca]);
    const bad = await runCli(['people', 'merge', '--db', db, String(luca), '999999']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('no person with id 999999');

    // `person` lists the edits with their ids; `people undo` takes them back, newest first.
    const shown = (await runCli(['person', '--db', db, String(luca), '--format', 'text'])).stdout;
    const editIds = [...shown.matchAll(/edit (\d+): (merge|split)/gu)].map((match) => match[1]!);
    expect(editIds).toHaveLength(2);
    const early = await runCli(['people', 'undo', '--db', db, editIds[0]!]);
    expect(early.code).not.toBe(0);
    expect(early.stderr).toContain('undo it first');
    expect((await runCli(['people', 'undo', '--db', db, editIds[1]!])).stdout).toBe(
      `undid person edit ${editIds[1]!}\n`,
    );
    expect((await runCli(['people', 'undo', '--db', db, editIds[0]!, '--by', 'a test'])).code).toBe(0);
    expect(await ids('Piet Dahl')).toEqual([piet]);
  });

  it('revisions: none kept for articles stored once', async () => {
    expect((await runCli(['revisions', '--db', db, '--format', 'text'])).stdout).toBe(
      'No earlier revisions are kept.\n',
    );
  });
});
