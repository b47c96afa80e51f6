/**
 * Hand merges and splits of people can be undone, on every engine: the record is as it was before the edit,
 * on the illustrative record corpus (samples/record), where the two Strands share articles, aliases and
 * co-mentions (the rows a merge drops rather than moves).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import type { Store } from '../../src/store/index.js';
import { ENGINES } from './engines.js';

const folder = fileURLToPath(new URL('../../samples/record/articles/', import.meta.url));
const articles = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const text = readFileSync(folder + name, 'utf8');
    return { text, extraction: extract(text, { file: name }) };
  });

/** What a merge or split changes, in a form two states compare in. */
async function recordState(store: Store) {
  const people = (await store.listPeople()).map(({ id, name, aliases, statements, articles }) => ({
    id,
    name,
    aliases: [...aliases].sort(),
    statements,
    articles,
  }));
  const speakers = (await store.listAttributions()).map(({ article, attribution, person }) => [
    article.id,
    attribution.id,
    person?.id ?? null,
  ]);
  const statements = (await store.listStatements()).map(({ id, person, reports }) => [
    id,
    person?.id ?? null,
    reports.length,
  ]);
  return { people, speakers, statements };
}

for (const makeEngine of ENGINES) {
  const engine = makeEngine();
  // An engine that cannot run here (no PostgreSQL server) has said so on stderr; in CI it throws instead.
  const runs = await engine.available();

  describe.skipIf(!runs)(`undoing person edits: ${engine.name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await engine.fresh();
      await store.ingestBatch(articles);
    });
    afterEach(async () => {
      await store.close();
    });
    afterAll(async () => {
      await engine.cleanup();
    });

    const person = async (name: string) => {
      const [found] = await store.findPeople(name);
      if (!found) throw new Error(`no ${name} in the record corpus`);
      return found;
    };

    it('undoes a merge: the merged person and all that moved come back as they were', async () => {
      const [mira, pavel] = [await person('Mira Strand'), await person('Pavel Strand')];
      const before = await recordState(store);
      await store.mergePeople(pavel.id, mira.id, 'same family, same person?');
      expect(await recordState(store)).not.toEqual(before);
      const [edit] = (await store.explainPerson(pavel.id)).edits;
      expect(edit).toMatchObject({ kind: 'merge', undoneAt: null, other: { id: mira.id } });

      await store.undoPersonEdit(edit!.id, 'an editor');
      expect(await recordState(store)).toEqual(before);
      expect((await person('Mira Strand')).id).toBe(mira.id);
      const [undone] = (await store.explainPerson(pavel.id)).edits;
      expect(undone!.undoneAt).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/u));
      await expect(store.undoPersonEdit(edit!.id, 'an editor')).rejects.toMatchObject({
        problem: 'conflict',
      });
    });

    it('undoes a split: what moved goes back to the person it was split from', async () => {
      const pavel = await person('Pavel Strand');
      const before = await recordState(store);
      const created = await store.splitPerson(pavel.id, 'Pavel Strand', null, 'two Pavels?');
      expect((await store.listAttributions({ personId: created.id })).length).toBeGreaterThan(0);
      const edit = (await store.explainPerson(pavel.id)).edits.find(
        (candidate) => candidate.kind === 'split',
      );

      await store.undoPersonEdit(edit!.id, 'an editor');
      expect((await store.listAttributions({ personId: created.id })).length).toBe(0);
      const after = await recordState(store);
      expect(after.speakers).toEqual(before.speakers);
      expect(after.people.find((candidate) => candidate.id === pavel.id)).toEqual(
        before.people.find((candidate) => candidate.id === pavel.id),
      );
      expect(await store.findPeople(String(created.id))).toEqual([expect.objectContaining({ id: pavel.id })]);
    });

    it('undoes edits of the same people newest first, and says which to undo first', async () => {
      const [mira, pavel] = [await person('Mira Strand'), await person('Pavel Strand')];
      const halden = await person('Joris Halden');
      const before = await recordState(store);
      await store.mergePeople(pavel.id, mira.id, 'first');
      await store.mergePeople(pavel.id, halden.id, 'second');
      const [first, second] = (await store.explainPerson(pavel.id)).edits;
      await expect(store.undoPersonEdit(first!.id, 'an editor')).rejects.toThrow(
        new RegExp(`person edit ${second!.id} .* undo it first`, 'u'),
      );
      await store.undoPersonEdit(second!.id, 'an editor');
      await store.undoPersonEdit(first!.id, 'an editor');
      expect(await recordState(store)).toEqual(before);
    });

    it('refuses an edit that does not exist', async () => {
      await expect(store.undoPersonEdit(99_999, 'an editor')).rejects.toMatchObject({ problem: 'not-found' });
    });
  });
}
