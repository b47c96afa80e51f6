/**
 * Each store links one person across scripts and spellings: every full name of the multilingual corpus's
 * people (samples/multilingual/people.json, read at run time), one article each, the people taken in turn so
 * that namesakes (Maksym and Olena Kravets) meet early. Pairwise precision and recall over the articles'
 * people, and family names alone on the existing evidence rules. Both engines link alike
 * (src/store/sqlite/link-people.ts, src/store/postgres/link-people.ts).
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import {
  fullNameForms,
  pairwiseScore,
  readCorpusPeople,
  type WrittenForm,
} from '../helpers/multilingual-people.js';
import { ENGINES } from './engines.js';
import { extractionOf, spanOf } from './fixtures.js';

/** An article that names one person. */
function articleNaming(file: string, name: string) {
  const text = `${name} spoke\n\n${name} spoke at the hearing.\n`;
  const mention = spanOf(text, name, 2);
  const person = {
    id: 'p1',
    name,
    aliases: [],
    roles: [],
    mentions: [{ start: mention.start, end: mention.end }],
  };
  return { text, extraction: extractionOf(text, file, [person], []) };
}

/** The forms taken in turn, one of each person at a time. */
function inTurn(forms: readonly WrittenForm[]): WrittenForm[] {
  const byPerson = new Map<string, WrittenForm[]>();
  for (const form of forms) byPerson.set(form.person, [...(byPerson.get(form.person) ?? []), form]);
  const longest = Math.max(...[...byPerson.values()].map((own) => own.length));
  return Array.from({ length: longest }, (_, at) =>
    [...byPerson.values()].flatMap((own) => own[at] ?? []),
  ).flat();
}

for (const makeEngine of ENGINES) {
  const engine = makeEngine();
  // An engine that cannot run here (no PostgreSQL server) has said so on stderr; in CI it throws instead.
  const runs = await engine.available();

  describe.skipIf(!runs)(`people across scripts: ${engine.name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await engine.fresh();
    });
    afterEach(async () => {
      await store.close();
    });
    afterAll(async () => {
      await engine.cleanup();
    });

    /** The person each article's person was linked to, by file. */
    async function linkedPeople(): Promise<Map<string, number>> {
      const linked = new Map<string, number>();
      for (const person of await store.listPeople())
        for (const link of (await store.explainPerson(person.id)).links)
          linked.set(link.article.file!, person.id);
      return linked;
    }

    it('links the full names of one person and keeps people apart: pairwise P >= 0.98, R >= 0.90', async () => {
      const forms = inTurn(fullNameForms(readCorpusPeople()));
      for (const [at, { form }] of forms.entries()) await store.ingest(articleNaming(`f${at}.txt`, form));
      const linked = await linkedPeople();
      const personOf = new Map(forms.map((form, at) => [form, linked.get(`f${at}.txt`)]));
      const score = pairwiseScore(forms, (a, b) => personOf.get(a) === personOf.get(b));
      console.log(
        `${engine.name} store, people across scripts: ` +
          `P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)}; ` +
          `wrong: ${score.wrong.join('; ') || 'none'}`,
      );
      expect(score.wrong).toEqual([]);
      expect(score.recall).toBeGreaterThanOrEqual(0.9);
    });

    it('joins a family name alone in another script only as the evidence rules allow', async () => {
      const names = ['Ostap Verbytskyi', 'Maksym Kravets', 'Олена Кравець', 'Вербицький', 'Кравець'];
      for (const [at, name] of names.entries()) await store.ingest(articleNaming(`n${at}.txt`, name));
      const linked = await linkedPeople();
      expect(linked.get('n3.txt')).toBe(linked.get('n0.txt'));
      expect(new Set([linked.get('n1.txt'), linked.get('n2.txt'), linked.get('n4.txt')]).size).toBe(3);
    });

    it('joins two family names written alone to the one known person whose name ends on both', async () => {
      const names = ['Inés Carvajal Ortega', 'Carvajal Ortega', 'Pilar Ortega', 'Wilson Smith', 'Jon Smith'];
      for (const [at, name] of names.entries()) await store.ingest(articleNaming(`c${at}.txt`, name));
      const linked = await linkedPeople();
      expect(linked.get('c1.txt')).toBe(linked.get('c0.txt'));
      expect(linked.get('c2.txt')).not.toBe(linked.get('c0.txt'));
      // A given name first is a full name of its own.
      expect(linked.get('c4.txt')).not.toBe(linked.get('c3.txt'));
    });

    it('joins a name written family name first to the same name turned around, in either order of ingest', async () => {
      const names = [
        'Nguyễn Văn Hùng',
        'Hung Nguyen',
        'Ji-won Park',
        'Park Ji-won',
        'Minh Nguyen',
        'Thomas James',
        'James Thomas',
      ];
      for (const [at, name] of names.entries()) await store.ingest(articleNaming(`o${at}.txt`, name));
      const linked = await linkedPeople();
      expect(linked.get('o1.txt')).toBe(linked.get('o0.txt'));
      expect(linked.get('o3.txt')).toBe(linked.get('o2.txt'));
      // Another given name is another person; names that open on no family name written first keep their order.
      expect(linked.get('o4.txt')).not.toBe(linked.get('o0.txt'));
      expect(linked.get('o6.txt')).not.toBe(linked.get('o5.txt'));
    });
  });
}
