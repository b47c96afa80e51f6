/** The behaviour every storage engine must have, run against each engine in ENGINES. */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash, type IngestInput, type Store } from '../../src/store/index.js';
import { extract } from '../../src/extract.js';
import type { Attribution } from '../../src/types.js';
import { ENGINES } from './engines.js';
import { harbourArticle, HARBOUR_TEXT, quietArticle, tunnelArticle } from './fixtures.js';

/** A copy of an article whose second attribution breaks a constraint, so its write fails midway. */
function brokenArticle(file: string): IngestInput {
  const article = harbourArticle(file);
  const attributions: Attribution[] = article.extraction.attributions.map((attribution, index) =>
    index === 1 ? { ...attribution, confidence: 1.5 } : attribution,
  );
  return { ...article, extraction: { ...article.extraction, attributions } };
}

for (const makeEngine of ENGINES) {
  const engine = makeEngine();
  // An engine that cannot run here (no PostgreSQL server) has said so on stderr; in CI it throws instead.
  const runs = await engine.available();

  describe.skipIf(!runs)(`Store contract: ${engine.name}`, () => {
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

    it('reports added, then unchanged for the same text, then replaced for a changed one', async () => {
      const added = await store.ingest(harbourArticle());
      expect(added).toMatchObject({ status: 'added', key: 'harbour.txt' });
      const unchanged = await store.ingest(harbourArticle());
      expect(unchanged).toMatchObject({ status: 'unchanged', key: 'harbour.txt' });
      const replaced = await store.ingest(harbourArticle('harbour.txt', `${HARBOUR_TEXT}\nUpdated.\n`));
      expect(replaced).toMatchObject({ status: 'replaced', key: 'harbour.txt' });
      if (added.status === 'failed' || replaced.status === 'failed') throw new Error('unreachable');
      expect(replaced.articleId).toBe(added.articleId);
      expect(await store.listArticles()).toHaveLength(1);
    });

    it('tells the stored version of a key, so that unchanged documents need no extraction', async () => {
      expect(await store.storedVersion('harbour.txt')).toBeNull();
      const added = await store.ingest(harbourArticle());
      expect(await store.storedVersion('harbour.txt')).toEqual({
        articleId: added.status === 'added' ? added.articleId : -1,
        contentHash: contentHash(HARBOUR_TEXT),
        bytesHash: null,
      });
    });

    it('keys documents by an explicit key over the file name', async () => {
      await store.ingest({ ...harbourArticle('a/harbour.txt'), key: 'file:///news/harbour.txt' });
      const again = await store.ingest({
        ...harbourArticle('./a/harbour.txt'),
        key: 'file:///news/harbour.txt',
      });
      expect(again.status).toBe('unchanged');
      const [article] = await store.listArticles();
      expect(article).toMatchObject({ key: 'file:///news/harbour.txt', file: 'a/harbour.txt', url: null });
    });

    it('lists aliases in the order first stored: a changed article stores its own again, after others', async () => {
      const withAliases = (input: IngestInput, aliases: string[]): IngestInput => ({
        ...input,
        extraction: {
          ...input.extraction,
          people: input.extraction.people.map((person) => ({ ...person, aliases })),
        },
      });
      await store.ingest(withAliases(harbourArticle(), ['Sæther', 'its chair']));
      await store.ingest(withAliases(tunnelArticle(), ['the harbour chair']));
      await store.ingest(
        withAliases(harbourArticle('harbour.txt', `${HARBOUR_TEXT}\nUpdated.\n`), ['its chair', 'Sæther']),
      );
      const [person] = await store.listPeople();
      expect(person?.aliases).toEqual(['the harbour chair', 'its chair', 'Sæther']);
      const [harbour] = await store.listArticles();
      expect((await store.getArticle(harbour!.id))?.people[0]?.aliases).toEqual(['its chair', 'Sæther']);
    });

    it('gives back each attribution exactly as the extraction contract had it', async () => {
      const input = harbourArticle();
      await store.ingest(input);
      const stored = await store.listAttributions();
      expect(stored.map((entry) => entry.attribution)).toEqual(input.extraction.attributions);
      expect(stored.every((entry) => entry.article.file === 'harbour.txt')).toBe(true);
      expect(stored.map((entry) => entry.person?.name ?? null)).toEqual([
        'Ingrid Sæther',
        'Ingrid Sæther',
        'Ingrid Sæther',
        null,
      ]);
    });

    it('keeps one person across articles, with aliases, roles and counts', async () => {
      await store.ingestBatch([harbourArticle(), tunnelArticle()]);
      const people = await store.listPeople();
      expect(people).toHaveLength(1);
      const [person] = people;
      expect(person).toMatchObject({ name: 'Ingrid Sæther', statements: 4, articles: 2, mentions: 4 });
      expect(person?.aliases).toEqual(['Sæther', 'its chair']);
      expect(person?.roles.map((role) => [role.text, role.article.file])).toEqual([
        ['its chair', 'harbour.txt'],
        ['chairs the Holm harbour board', 'tunnel.txt'],
      ]);
      const quotes = await store.listAttributions({ personId: person!.id });
      expect(quotes.map((quote) => `${quote.article.file} ${quote.attribution.id}`)).toEqual([
        'harbour.txt a1',
        'harbour.txt a2',
        'harbour.txt a3',
        'tunnel.txt a2',
      ]);
    });

    it('leaves nothing of the old version of a replaced document', async () => {
      await store.ingest(harbourArticle());
      // The new version is a plain text with nothing said in it: it must not inherit the old rows.
      const replacement = quietArticle('harbour.txt', 'Harbour board delays levy vote\n\nNo comment.\n');
      const outcome = await store.ingest(replacement);
      expect(outcome.status).toBe('replaced');
      expect(await store.listAttributions()).toEqual([]);
      expect(await store.listPeople()).toEqual([]);
    });

    it('matches a speaker by any name or alias, in any case, and nothing else', async () => {
      await store.ingestBatch([harbourArticle(), tunnelArticle()]);
      const ids = async (speaker: string): Promise<string[]> =>
        (await store.listAttributions({ speaker })).map((q) => `${q.article.file} ${q.attribution.id}`);
      const all = ['harbour.txt a1', 'harbour.txt a2', 'harbour.txt a3', 'tunnel.txt a2'];
      expect(await ids('Ingrid Sæther')).toEqual(all);
      expect(await ids('INGRID  SÆTHER')).toEqual(all);
      expect(await ids('sæther')).toEqual(all);
      expect(await ids('Its Chair')).toEqual(all);
      expect(await ids('Ingrid')).toEqual([]);
      expect(await ids('A council official')).toEqual([]);
    });

    it('filters by type, by contained words in any case, and limits', async () => {
      await store.ingestBatch([harbourArticle(), tunnelArticle()]);
      const ids = async (filter: Parameters<Store['listAttributions']>[0]): Promise<string[]> =>
        (await store.listAttributions(filter)).map((q) => `${q.article.file} ${q.attribution.id}`);
      expect(await ids({ type: 'direct' })).toEqual(['harbour.txt a2']);
      expect(await ids({ type: 'mixed' })).toEqual(['tunnel.txt a2']);
      expect(await ids({ contains: 'FISHING families' })).toEqual(['harbour.txt a2']);
      expect(await ids({ contains: 'the' })).toEqual([
        'harbour.txt a1',
        'harbour.txt a2',
        'harbour.txt a3',
        'harbour.txt a4',
        'tunnel.txt a1',
        'tunnel.txt a2',
      ]);
      expect(await ids({ contains: 'Ma' })).toEqual(['harbour.txt a3']);
      expect(await ids({ contains: 'FROM ÅLESUND' })).toEqual(['tunnel.txt a2']);
      expect(await ids({ contains: ' coastal\n  project ' })).toEqual(['tunnel.txt a2']);
      expect(await ids({ contains: '   ' })).toHaveLength(6);
      expect(await ids({ contains: 'coastal', speaker: 'sæther' })).toEqual(['tunnel.txt a2']);
      expect(await ids({ contains: 'coastal', type: 'direct' })).toEqual([]);
      expect(await ids({ contains: '"quoted"' })).toEqual([]);
      expect(await ids({ limit: 2 })).toEqual(['harbour.txt a1', 'harbour.txt a2']);
    });

    it('reports a status per document in a batch, and a failed document leaves nothing', async () => {
      const outcomes = await store.ingestBatch([
        quietArticle('one.txt'),
        brokenArticle('broken.txt'),
        tunnelArticle(),
        quietArticle('one.txt'),
      ]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['added', 'failed', 'added', 'unchanged']);
      const failed = outcomes[1];
      expect(failed?.status === 'failed' && failed.error.name).toBe('StoreError');
      expect(failed?.status === 'failed' && failed.error.message).toContain('broken.txt');
      expect((await store.listArticles()).map((article) => article.file)).toEqual(['one.txt', 'tunnel.txt']);
      expect((await store.listAttributions()).map((q) => q.article.file)).toEqual([
        'tunnel.txt',
        'tunnel.txt',
      ]);
      // The broken article's person was written before the failing attribution: it must be gone too.
      const [person] = await store.listPeople();
      expect(person).toMatchObject({ name: 'Ingrid Sæther', articles: 1, statements: 1 });
    });

    it('keeps the stored version when its replacement fails', async () => {
      await store.ingest(harbourArticle());
      const broken = brokenArticle('harbour.txt');
      const outcome = await store.ingest({ ...broken, text: `${broken.text}\nChanged.\n` });
      expect(outcome.status).toBe('failed');
      expect(await store.listAttributions()).toHaveLength(4);
      expect(await store.ingest(harbourArticle())).toMatchObject({ status: 'unchanged' });
    });

    it('refuses a document without a file or url, without throwing', async () => {
      const article = quietArticle('x.txt');
      const outcome = await store.ingest({ ...article, extraction: { ...article.extraction, file: null } });
      expect(outcome.status).toBe('failed');
      expect(await store.listArticles()).toEqual([]);
    });

    it('records a speaker the people list lacks as a person of that article', async () => {
      const article = tunnelArticle();
      await store.ingest({ ...article, extraction: { ...article.extraction, people: [] } });
      const [person] = await store.listPeople();
      expect(person).toMatchObject({ name: 'Ingrid Sæther', statements: 1, articles: 1, mentions: 0 });
    });

    it('gives an unnamed description the one person other articles know by its role words', async () => {
      const article = (file: string, body: string): IngestInput => {
        const text = `Harbour news\n\n${body}\n`;
        return { text, extraction: extract(text, { file }) };
      };
      await store.ingest(
        article('a.txt', 'Harbour Commissioner Ilse Brandt said the pier would reopen in May.'),
      );
      await store.ingest(
        article(
          'b.txt',
          "The town's harbour commissioner said the cranes were safe. The deputy harbour commissioner said they were not.",
        ),
      );
      const speakers = async (file: string) =>
        (await store.listAttributions())
          .filter((stored) => stored.article.file === file)
          .map((stored) => [stored.attribution.source?.text, stored.person?.name ?? null]);
      // Not "the deputy harbour commissioner": another holder of the role.
      expect(await speakers('b.txt')).toEqual([
        ["The town's harbour commissioner", 'Ilse Brandt'],
        ['The deputy harbour commissioner', null],
      ]);
      const [brandt] = await store.listPeople();
      expect(brandt).toMatchObject({ name: 'Ilse Brandt', statements: 2, articles: 2 });
      // Two people known by the role: the description singles out neither.
      await store.ingest(article('c.txt', 'Harbour Commissioner Tor Vik said the ferry was late.'));
      await store.ingest(article('d.txt', 'The harbour commissioner said the tides were high.'));
      expect(await speakers('d.txt')).toEqual([['The harbour commissioner', null]]);
    });

    it('lists articles with their meta and attribution counts', async () => {
      await store.ingestBatch([harbourArticle(), quietArticle('quiet.txt')]);
      const articles = await store.listArticles();
      expect(
        articles.map(({ file, title, language, attributions }) => ({ file, title, language, attributions })),
      ).toEqual([
        { file: 'harbour.txt', title: 'Harbour board delays levy vote', language: 'en', attributions: 4 },
        { file: 'quiet.txt', title: 'Nothing was said in quiet.txt.', language: 'en', attributions: 0 },
      ]);
      expect(articles[0]?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    });
  });
}
