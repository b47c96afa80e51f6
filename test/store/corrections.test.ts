/** Hand corrections of attributions: wrong ones left out, speakers changed, undone, kept across re-ingest. */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreRequestError, type Store } from '../../src/store/index.js';
import { ENGINES } from './engines.js';
import { articleText, WEB_ARTICLES, webArticle } from './web-fixtures.js';

const FERRY = WEB_ARTICLES[0]!;

for (const makeEngine of ENGINES) {
  const engine = makeEngine();
  // An engine that cannot run here (no PostgreSQL server) has said so on stderr; in CI it throws instead.
  const runs = await engine.available();

  describe.skipIf(!runs)(`corrections: ${engine.name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await engine.fresh();
      for (const spec of WEB_ARTICLES) await store.ingest(webArticle(spec));
    });
    afterEach(async () => {
      await store.close();
    });
    afterAll(async () => {
      await engine.cleanup();
    });

    const hitOf = async (q: string) => (await store.search({ q })).hits[0]!;
    const personNamed = async (name: string) => (await store.findPeople(name))[0]!;

    it('leaves a wrong attribution out of search and listings, flags it in its article, and undoes', async () => {
      const hit = await hitOf('"winter ferry"');
      const correction = await store.correctAttribution({
        attributionId: hit.attributionId,
        kind: 'wrong',
        by: 'editor',
        note: 'a headline, not a quote',
      });
      expect(correction).toMatchObject({ kind: 'wrong', by: 'editor', undoneAt: null, personId: null });
      expect((await store.search({ q: '"winter ferry"' })).total).toBe(0);
      expect((await store.search({})).total).toBe(7);
      const marta = await personNamed('Marta Lindqvist');
      expect((await store.search({ personId: marta.id })).total).toBe(2);
      expect((await store.listAttributions({ personId: marta.id })).length).toBe(2);
      expect((await store.getPerson(marta.id))!.statements).toHaveLength(2);
      const article = (await store.getArticle(hit.article.id))!;
      expect(article.attributions.find((found) => found.id === hit.attributionId)!.correction).toEqual(
        correction,
      );

      const undone = await store.undoCorrection(correction.id, 'editor');
      expect(undone.undoneAt).not.toBeNull();
      expect((await store.search({ q: '"winter ferry"' })).total).toBe(1);
      expect((await store.getPerson(marta.id))!.statements).toHaveLength(3);
      await expect(store.undoCorrection(correction.id, 'editor')).rejects.toMatchObject({
        problem: 'conflict',
      });
      expect(await store.listCorrections({ attributionId: hit.attributionId })).toEqual([undone]);
    });

    it('gives an attribution another speaker, counted under them everywhere, and undoes it', async () => {
      const hit = await hitOf('"third boat"');
      expect(hit.person).toBeNull();
      const oskar = await personNamed('Oskar Brandt');
      const correction = await store.correctAttribution({
        attributionId: hit.attributionId,
        kind: 'speaker',
        personId: oskar.id,
        by: 'editor',
      });
      expect(correction.personId).toBe(oskar.id);
      expect((await store.search({ q: '"third boat"' })).hits[0]!.person).toEqual({
        id: oskar.id,
        name: 'Oskar Brandt',
      });
      expect((await store.search({ personId: oskar.id })).total).toBe(3);
      expect((await store.search({ speaker: 'oskar brandt', q: 'boat' })).total).toBe(1);
      const person = (await store.getPerson(oskar.id))!;
      expect(person.statements.map((statement) => statement.person?.id)).toEqual([
        oskar.id,
        oskar.id,
        oskar.id,
      ]);
      expect(person.outlets).toContainEqual({ outlet: 'Coast Courier', count: 2 });
      expect((await store.listStatements({ personId: oskar.id })).length).toBe(3);

      await store.undoCorrection(correction.id, 'editor');
      expect((await store.search({ q: '"third boat"' })).hits[0]!.person).toBeNull();
      expect((await store.search({ personId: oskar.id })).total).toBe(2);
      expect((await store.listStatements({ personId: oskar.id })).length).toBe(2);
    });

    it('makes a named speaker an unnamed source', async () => {
      const hit = await hitOf('"extra crossings"');
      await store.correctAttribution({
        attributionId: hit.attributionId,
        kind: 'speaker',
        personId: null,
        by: 'e',
      });
      expect((await hitOf('"extra crossings"')).person).toBeNull();
    });

    it('keeps corrections when the article is ingested again, changed', async () => {
      const wrong = await hitOf('"winter ferry"');
      const moved = await hitOf('"third boat"');
      const oskar = await personNamed('Oskar Brandt');
      await store.correctAttribution({ attributionId: wrong.attributionId, kind: 'wrong', by: 'e' });
      const speaker = await store.correctAttribution({
        attributionId: moved.attributionId,
        kind: 'speaker',
        personId: oskar.id,
        by: 'e',
      });
      const changed = `Updated: ${articleText(FERRY)}`;
      const outcome = await store.ingest(webArticle(FERRY, changed));
      expect(outcome.status).toBe('replaced');
      expect((await store.search({ q: '"winter ferry"' })).total).toBe(0);
      const again = await hitOf('"third boat"');
      expect(again.person?.id).toBe(oskar.id);
      const corrections = await store.listCorrections({ articleId: wrong.article.id });
      expect(corrections.map((correction) => [correction.kind, correction.undoneAt])).toEqual([
        ['wrong', null],
        ['speaker', null],
      ]);
      expect(corrections[1]!.attributionId).toBe(again.attributionId);
      // Undoing after the re-ingest restores the speaker as extracted again.
      await store.undoCorrection(speaker.id, 'e');
      expect((await hitOf('"third boat"')).person).toBeNull();
    });

    it('refuses corrections of nothing, of unknown people, and without an author', async () => {
      const hit = await hitOf('library');
      await expect(
        store.correctAttribution({ attributionId: 9999, kind: 'wrong', by: 'e' }),
      ).rejects.toMatchObject({
        problem: 'not-found',
      });
      await expect(
        store.correctAttribution({
          attributionId: hit.attributionId,
          kind: 'speaker',
          personId: 9999,
          by: 'e',
        }),
      ).rejects.toBeInstanceOf(StoreRequestError);
      await expect(
        store.correctAttribution({ attributionId: hit.attributionId, kind: 'wrong', by: ' ' }),
      ).rejects.toMatchObject({ problem: 'invalid' });
      await expect(store.undoCorrection(9999, 'e')).rejects.toMatchObject({ problem: 'not-found' });
      expect(await store.listCorrections()).toEqual([]);
    });

    it('keeps the corrections of a deleted article, and applies them when it comes back', async () => {
      const hit = await hitOf('"winter ferry"');
      await store.correctAttribution({ attributionId: hit.attributionId, kind: 'wrong', by: 'e' });
      await store.deleteArticle(hit.article.id);
      expect(await store.listCorrections()).toHaveLength(1);
      await store.ingest(webArticle(FERRY));
      expect((await store.search({ q: 'ferry timetable' })).total).toBe(0);
      expect((await store.search({ q: '"third boat"' })).total).toBe(1);
    });
  });
}
