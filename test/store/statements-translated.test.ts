/**
 * A statement reported in two languages is one statement: a report joins the same person's report of the
 * same day in another language when their numbers agree, or, with no numbers, when they share two names or
 * international words by sound; it is marked as a translation (never as the same wording). Without such
 * evidence it stays a statement of its own.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translatedStatement } from '../../src/store/statement-linking.js';
import type { IngestInput, Store } from '../../src/store/index.js';
import type { Attribution, Person } from '../../src/types.js';
import { ENGINES } from './engines.js';
import { extractionOf, spanOf } from './fixtures.js';

/** An article in `language` quoting Taras Hnatiuk's `words`, said on 2026-03-02. */
function report(file: string, language: string, name: string, words: string): IngestInput {
  const text = `Bridges\n\n${name}: «${words}»\n`;
  const person: Person = {
    id: 'p1',
    name,
    aliases: [],
    roles: [],
    mentions: [{ start: spanOf(text, name).start, end: spanOf(text, name).end }],
  };
  const attribution: Attribution = {
    id: 'a1',
    type: 'direct',
    source: spanOf(text, name),
    cue: null,
    content: [spanOf(text, `«${words}»`)],
    speaker: { id: 'p1', name },
    saidAt: { ...spanOf(text, name), value: '2026-03-02', precision: 'day', basis: 'stated' },
    dating: 'text',
    polarity: 'affirmed',
    medium: null,
    via: null,
    confidence: 0.9,
  };
  const extraction = extractionOf(text, file, [person], [attribution]);
  return { text, extraction: { ...extraction, meta: { ...extraction.meta, language } } };
}

describe('translatedStatement', () => {
  const mine = (words: string) => ({
    attribution: { content: [{ text: words }] } as unknown as Attribution,
    personId: 1,
    dated: '2026-03-02',
    language: 'en',
  });
  it('joins the one statement whose numbers are the report’s, and nothing when numbers are missing or split', () => {
    const candidates = [
      { content: [{ text: 'Два мости за 40 мільйонів' }], statementId: 7 },
      { content: [{ text: 'Третій міст — у 2027 році' }], statementId: 8 },
    ];
    expect(translatedStatement(mine('Two bridges for 40 million'), candidates)).toEqual({
      statementId: 7,
      match: 'translated',
      altered: false,
    });
    expect(translatedStatement(mine('We will build bridges'), candidates)).toBeNull();
    expect(translatedStatement(mine('40 million, and the third in 2027'), candidates)).toBeNull();
  });

  it('joins, without numbers, the one statement that shares two names or international words by sound', () => {
    const candidates = [
      { content: [{ text: 'Генератори вже стоять у Луцьківській лікарні' }], statementId: 7 },
      { content: [{ text: 'Мости відкриють улітку' }], statementId: 8 },
    ];
    expect(
      translatedStatement(mine('The generators are already in the Lutskiv hospital'), candidates),
    ).toMatchObject({ statementId: 7, match: 'translated' });
    // One shared word is not enough, and numbers on one side only are a different remark.
    expect(translatedStatement(mine('We bought generators'), candidates)).toBeNull();
    expect(translatedStatement(mine('The 12 generators are in the Lutskiv hospital'), candidates)).toBeNull();
  });
});

for (const makeEngine of ENGINES) {
  const engine = makeEngine();
  // An engine that cannot run here (no PostgreSQL server) has said so on stderr; in CI it throws instead.
  const runs = await engine.available();

  describe.skipIf(!runs)(`statements across languages: ${engine.name}`, () => {
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

    it('gathers a quotation and its translation in one statement, the translation marked as such', async () => {
      await store.ingest(
        report('uk.txt', 'uk', 'Тарас Гнатюк', 'Два мости коштуватимуть 40 мільйонів гривень'),
      );
      await store.ingest(
        report('en.txt', 'en', 'Taras Hnatiuk', 'Two bridges will cost 40 million hryvnias'),
      );
      await store.ingest(report('de.txt', 'de', 'Taras Hnatjuk', 'Wir bauen weiter'));
      const statements = await store.listStatements();
      const bridges = statements.find((statement) => statement.reports.length === 2)!;
      expect(bridges.reports.map((found) => [found.article.file, found.match])).toEqual([
        ['uk.txt', 'first'],
        ['en.txt', 'translated'],
      ]);
      expect(bridges.variants.map((variant) => variant.translation)).toEqual([false, true]);
      expect(statements).toHaveLength(2);
    });
  });
}
