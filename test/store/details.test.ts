/** The detail reads behind the web pages: one article whole, one person, one statement; deleting an article. */
import { afterAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { ENGINES } from './engines.js';
import { articleText, WEB_ARTICLES, webArticle } from './web-fixtures.js';

for (const makeEngine of ENGINES) {
  const engine = makeEngine();
  // An engine that cannot run here (no PostgreSQL server) has said so on stderr; in CI it throws instead.
  const runs = await engine.available();

  describe.skipIf(!runs)(`details: ${engine.name}`, () => {
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

    const articleId = async (title: string): Promise<number> =>
      (await store.listArticles()).find((article) => article.title === title)!.id;

    it('reads an article whole: text, meta, blocks, attributions with global ids, people', async () => {
      const id = await articleId('Bridge repairs start in March');
      const article = (await store.getArticle(id))!;
      expect(article.text).toBe(articleText(WEB_ARTICLES[1]!));
      expect(article.meta).toMatchObject({ outlet: 'Valley Herald', published: '2024-02-03' });
      expect(article.blocks[0]).toEqual({
        kind: 'title',
        start: 0,
        end: 'Bridge repairs start in March'.length,
      });
      expect(article.attributions.map((attribution) => attribution.attribution.id)).toEqual(['a1', 'a2']);
      const [first] = article.attributions;
      expect(first!.correction).toBeNull();
      const { start, end } = first!.attribution.content[0]!;
      expect(article.text.slice(start, end)).toBe('The bridge will close at night while the repairs last');
      // The global id is the one search gives.
      const hit = (await store.search({ q: '"close at night"' })).hits[0]!;
      expect(hit.attributionId).toBe(first!.id);
      expect(article.people.map(({ id: local, name, personId }) => [local, name, personId])).toEqual([
        ['p1', 'Marta Lindqvist', first!.person!.id],
        ['p2', 'Oskar Brandt', article.attributions[1]!.person!.id],
      ]);
      expect(await store.getArticle(9999)).toBeNull();
    });

    it('reads a person with statements by said-at, outlets and a timeline by month and outlet', async () => {
      const marta = (await store.findPeople('Marta Lindqvist'))[0]!;
      const person = (await store.getPerson(marta.id))!;
      expect(person.name).toBe('Marta Lindqvist');
      expect(person.articles).toBe(3);
      expect(person.statementTotal).toBe(3);
      expect(person.statements.map((statement) => statement.saidAt)).toEqual(['2024-01-30', null, null]);
      expect(person.outlets).toEqual([
        { outlet: 'Coast Courier', count: 2 },
        { outlet: 'Valley Herald', count: 1 },
      ]);
      expect(person.byMonth).toEqual([
        { month: '2024-01', outlet: 'Coast Courier', count: 1 },
        { month: '2024-01', outlet: 'Valley Herald', count: 1 },
        { month: '2024-02', outlet: 'Coast Courier', count: 1 },
      ]);
      expect(await store.getPerson(9999)).toBeNull();
    });

    it('reads one statement as listStatements gives it', async () => {
      const [listed] = await store.listStatements({ limit: 1 });
      expect(await store.getStatement(listed!.id)).toEqual(listed);
      expect(await store.getStatement(9999)).toBeNull();
    });

    it('deletes an article and what only it held, and nothing else', async () => {
      const id = await articleId('Village school keeps its library');
      const before = await store.listStatements();
      expect(await store.deleteArticle(id)).toBe(true);
      expect(await store.deleteArticle(id)).toBe(false);
      expect(await store.getArticle(id)).toBeNull();
      expect((await store.listArticles()).map((article) => article.title)).not.toContain(
        'Village school keeps its library',
      );
      expect((await store.search({ q: 'library' })).total).toBe(0);
      expect(await store.searchArticles('library')).toEqual([]);
      // Its only speaker goes with it; the others stay.
      expect(await store.findPeople('Élodie Marchetti')).toEqual([]);
      expect((await store.findPeople('Marta Lindqvist')).length).toBe(1);
      expect((await store.listStatements()).length).toBe(before.length - 1);
      expect((await store.search({})).total).toBe(7);
    });

    it('keeps a person who still speaks in another article when one article is deleted', async () => {
      const id = await articleId('Harbour levy vote delayed');
      await store.deleteArticle(id);
      const oskar = (await store.findPeople('Oskar Brandt'))[0]!;
      expect((await store.getPerson(oskar.id))!.statements).toHaveLength(1);
      expect((await store.search({ q: 'levy' })).total).toBe(0);
    });
  });
}
