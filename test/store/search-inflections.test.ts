/** Searching a Ukrainian or Russian name finds it in its other case forms, on every engine. */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inflectionStems } from '../../src/store/search-inflections.js';
import type { Store } from '../../src/store/index.js';
import type { Attribution } from '../../src/types.js';
import { ENGINES } from './engines.js';
import { extractionOf, spanOf } from './fixtures.js';

describe('inflectionStems', () => {
  it('takes a case ending off Cyrillic words, with the vowel some names drop', () => {
    expect(inflectionStems('Вербицький')).toEqual(['вербицьк']);
    expect(inflectionStems('Кравець')).toEqual(['кравец', 'кравц']);
    expect(inflectionStems('Орлова')).toEqual(['орлов']);
    expect(inflectionStems('Harbour')).toEqual([]);
    expect(inflectionStems('Київ')).toEqual([]);
  });
});

const TEXT = `Міст відкриють улітку

За словами Вербицького, міст через річку відкриють улітку.

Інженер погодився з Кравцем: роботи йдуть за графіком.
`;

function remark(id: string, words: string, source: string): Attribution {
  return {
    id,
    type: 'indirect',
    source: spanOf(TEXT, source),
    cue: null,
    content: [spanOf(TEXT, words)],
    speaker: null,
    saidAt: null,
    dating: 'publication',
    polarity: 'affirmed',
    medium: null,
    via: null,
    confidence: 0.8,
  };
}

for (const makeEngine of ENGINES) {
  const engine = makeEngine();
  // An engine that cannot run here (no PostgreSQL server) has said so on stderr; in CI it throws instead.
  const runs = await engine.available();

  describe.skipIf(!runs)(`search in case forms: ${engine.name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await engine.fresh();
      const attributions = [
        remark('a1', 'міст через річку відкриють улітку', 'Вербицького'),
        remark('a2', 'роботи йдуть за графіком', 'Кравцем'),
      ];
      const extraction = {
        ...extractionOf(TEXT, 'mist.txt', [], attributions),
        meta: { ...extractionOf(TEXT, 'mist.txt', [], attributions).meta, language: 'uk' },
      };
      expect((await store.ingest({ text: TEXT, extraction })).status).toBe('added');
    });
    afterEach(async () => {
      await store.close();
    });
    afterAll(async () => {
      await engine.cleanup();
    });

    it('finds a name searched in the nominative in its genitive and instrumental', async () => {
      expect((await store.search({ q: 'Вербицький' })).total).toBe(1);
      expect((await store.search({ q: 'Кравець' })).total).toBe(1);
      expect((await store.search({ q: 'Кравець графіком' })).total).toBe(1);
      expect((await store.search({ q: 'Кравчук' })).total).toBe(0);
    });
  });
}
