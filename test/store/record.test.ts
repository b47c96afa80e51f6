/**
 * The record across articles, on the illustrative record corpus (samples/record): people linked across
 * articles, statements gathering their reports, hand merges and splits, revisions.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { openSqliteStore, type Store } from '../../src/store/index.js';

const folder = fileURLToPath(new URL('../../samples/record/articles/', import.meta.url));
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const ingest = async (store: Store, name: string, text = readFileSync(folder + name, 'utf8')) =>
  store.ingest({ text, extraction: extract(text, { file: name }) });

describe('the record across articles', () => {
  let store: Store;
  beforeEach(async () => {
    store = openSqliteStore(':memory:');
    for (const name of files) await ingest(store, name);
  });
  afterEach(() => store.close());

  it('holds one person under one full name across articles, and keeps namesakes apart', async () => {
    const people = await store.listPeople();
    const named = (name: string) => people.filter((person) => person.name === name);
    expect(named('Pavel Strand')).toHaveLength(1);
    expect(named('Pavel Strand')[0]!.articles).toBeGreaterThan(10);
    expect(named('Mira Strand')).toHaveLength(1);
    expect(named('Joris Halden Jr.')).toHaveLength(1);
    expect(named('Joris Halden Jr.')[0]!.id).not.toBe(named('Joris Halden')[0]?.id);
  });

  it('gathers the reports of one statement across outlets, with how each matched and what was altered', async () => {
    const [pavel] = await store.findPeople('Pavel Strand');
    const statements = await store.listStatements({ personId: pavel!.id, minReports: 5 });
    const oneSummer = statements.find((statement) =>
      statement.variants.some((variant) => variant.wording.includes('for one summer')),
    )!;
    expect(oneSummer.outlets.length).toBeGreaterThanOrEqual(4);
    expect(new Set(oneSummer.reports.map((report) => report.match))).toEqual(
      new Set(['first', 'verbatim', 'truncated', 'paraphrased', 'edited']),
    );
    // The tabloid's "two summers" for "five summers" is the same statement, flagged.
    const two = oneSummer.reports.find((report) =>
      report.attribution.content.some((f) => f.text.includes('two summers')),
    )!;
    expect(two.altered).toBe(true);
    expect(oneSummer.reports.find((report) => report.match === 'verbatim')!.altered).toBe(false);
    expect(oneSummer.firstSeen.article.published).toBe('2025-04-09');
  });

  it('merges two people by hand for good, explains why, and splits them again', async () => {
    const [mira] = await store.findPeople('Mira Strand');
    const [pavel] = await store.findPeople('Pavel Strand');
    const before = (await store.listAttributions({ personId: mira!.id })).length;
    await store.mergePeople(pavel!.id, mira!.id, 'test merge');
    expect(await store.findPeople('Mira Strand')).toEqual([expect.objectContaining({ id: pavel!.id })]);
    expect((await store.explainPerson(pavel!.id)).edits).toEqual([
      expect.objectContaining({
        kind: 'merge',
        note: 'test merge',
        other: { id: mira!.id, name: 'Mira Strand' },
      }),
    ]);
    const links = (await store.explainPerson(pavel!.id)).links;
    expect(links.every((link) => link.reason !== '')).toBe(true);
    const split = await store.splitPerson(pavel!.id, 'mira strand', null, 'test split');
    expect(split.name).toBe('Mira Strand');
    expect((await store.listAttributions({ personId: split.id })).length).toBe(before);
    expect((await store.explainPerson(split.id)).edits[0]).toMatchObject({
      kind: 'split',
      note: 'test split',
    });
    await expect(store.mergePeople(pavel!.id, pavel!.id, 'self')).rejects.toThrow(/itself/);
    await expect(store.mergePeople(pavel!.id, 99_999, 'none')).rejects.toThrow(/no person with id 99999/);
  });

  it('keeps the earlier version of a corrected article with what changed in its attributions', async () => {
    const name = files[0]!;
    const original = readFileSync(folder + name, 'utf8');
    const corrected = `${original}\n“We will publish the figures on Friday,” a ministry spokesman said.\n`;
    expect((await ingest(store, name, corrected)).status).toBe('replaced');
    const revisions = await store.listRevisions(name);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]!.revision).toBe(1);
    expect(revisions[0]!.changes.added).toEqual(['“We will publish the figures on Friday,”']);
    expect(revisions[0]!.changes.removed).toEqual([]);
  });
});
