/** BM25 computed over a search's own rows (src/store/rank-bm25.ts). */
import { describe, expect, it } from 'vitest';
import { bm25Scores, inverseDocumentFrequency, searchTokens, termTokens } from '../../src/store/rank-bm25.js';

const row = (content: string, source: string | null = null, speaker: string | null = null) => ({
  content,
  source,
  speaker,
});
const term = (text: string, prefix = false) => termTokens({ text, prefix });

describe('searchTokens', () => {
  it('splits on what is not a letter or digit, folds case and diacritics, keeps other scripts', () => {
    expect(searchTokens('Élodie’s «ПРИЧАЛ» costs 4.5m!')).toEqual([
      'elodie',
      's',
      'причал',
      'costs',
      '4',
      '5m',
    ]);
  });
});

describe('bm25Scores', () => {
  it('ranks more occurrences first, and a shorter row first at equal occurrences', () => {
    const rows = [
      row('the ferry will run'),
      row('the ferry, the ferry and the ferry again'),
      row('the ferry will run every hour from June until the end of the summer season'),
    ];
    const [once, thrice, longOnce] = bm25Scores(rows, [term('ferry')], [1]);
    expect(thrice).toBeLessThan(once!);
    expect(once).toBeLessThan(longOnce!);
    expect(once).toBeLessThan(0);
  });

  it('weighs the words said above the source and speaker, and a rarer word above a common one', () => {
    const [inContent, inSource] = bm25Scores(
      [row('the harbour board met', 'a source'), row('the board met', 'the harbour master')],
      [term('harbour')],
      [1],
    );
    expect(inContent).toBeLessThan(inSource!);
    const rows = [row('ferry levy'), row('ferry bridge')];
    const [levy, bridge] = bm25Scores(rows, [term('levy'), term('bridge')], [0.5, 3]);
    expect(bridge).toBeLessThan(levy!);
  });

  it('counts phrases as words in order, and prefixes on the last word', () => {
    const rows = [row('harbour board'), row('board harbour'), row('harbourmaster boarding')];
    const phrase = bm25Scores(rows, [term('harbour board')], [1]);
    expect(phrase[0]).toBeLessThan(0);
    expect(phrase[1]).toBe(-0);
    const prefix = bm25Scores(rows, [term('harbour boar', true)], [1]);
    expect(prefix[0]).toBeLessThan(0);
    expect(prefix[2]).toBe(-0);
  });
});

describe('inverseDocumentFrequency', () => {
  it('is higher for rarer terms and floored for terms in most rows', () => {
    expect(inverseDocumentFrequency(1000, 10)).toBeGreaterThan(inverseDocumentFrequency(1000, 100));
    expect(inverseDocumentFrequency(1000, 900)).toBe(1e-6);
  });
});
