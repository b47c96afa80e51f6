/**
 * A search counts its matches up to the store's cap and says when it stopped there: the hits and pages are
 * unaffected, only `total` becomes a floor. The cap is made small here, to need few rows.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type Store } from '../../src/store/index.js';
import type { Attribution } from '../../src/types.js';
import { extractionOf } from './fixtures.js';

/** An article of `lines` one-line unnamed remarks about the ferry (and one about the bridge). */
function manyRemarks(lines: number) {
  const parts: string[] = ['Many remarks\n\n'];
  const attributions: Attribution[] = [];
  let at = parts[0]!.length;
  for (let index = 0; index < lines; index += 1) {
    const words = index === 0 ? 'the bridge stays open' : `the ferry runs at ${index}`;
    const line = `An official said ${words}.\n`;
    const start = at + 'An official said '.length;
    attributions.push({
      id: `a${index + 1}`,
      type: 'indirect',
      source: { start: at, end: at + 'An official'.length, text: 'An official' },
      cue: { start: at + 'An official '.length, end: at + 'An official said'.length, text: 'said' },
      content: [{ start, end: start + words.length, text: words }],
      speaker: null,
      saidAt: null,
      dating: 'publication',
      polarity: 'affirmed',
      medium: null,
      via: null,
      confidence: 0.9,
    });
    parts.push(line);
    at += line.length;
  }
  const text = parts.join('');
  return { text, extraction: extractionOf(text, 'remarks.txt', [], attributions) };
}

const COUNT_CAP = 40;

describe('search counts', () => {
  let store: Store;
  beforeEach(async () => {
    store = openSqliteStore(':memory:', { searchCountCap: COUNT_CAP });
    expect((await store.ingest(manyRemarks(COUNT_CAP + 5))).status).toBe('added');
  });
  afterEach(async () => {
    await store.close();
  });

  it('stops counting at the cap and says so, with words, without, and in stored order', async () => {
    for (const query of [{ q: 'ferry' }, {}, { q: 'ferry', order: 'stored' as const }]) {
      const page = await store.search({ ...query, limit: 5 });
      expect(page, JSON.stringify(query)).toMatchObject({ total: COUNT_CAP, totalExact: false });
      expect(page.hits).toHaveLength(5);
      expect(page.nextCursor).not.toBeNull();
    }
  });

  it('counts exactly below the cap', async () => {
    expect(await store.search({ q: 'bridge' })).toMatchObject({ total: 1, totalExact: true });
    expect(await store.search({ q: '"ferry runs at 1"' })).toMatchObject({ total: 1, totalExact: true });
    expect(await store.search({ q: 'ferry', limit: 100 })).toMatchObject({ totalExact: false });
  });
});
