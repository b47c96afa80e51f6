/**
 * A quotation given as said and at once in the article's language (src/analyze/find-glosses.ts): both are
 * the speaker's, whichever one the engine attributed. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

const article = (body: string): string =>
  ` date 2026-03-02 Mayor keeps the bridge plan\nMayor keeps the bridge plan\n\nSource:  test.example\n\n${body}\n`;

const quoted = (body: string) =>
  extract(article(body), { file: 'test.txt' })
    .attributions.filter((attribution) => attribution.type === 'direct')
    .map((attribution) => ({
      content: attribution.content.map((fragment) => fragment.text).join(' | '),
      speaker: attribution.speaker?.name ?? null,
      language: attribution.language ?? null,
    }));

describe('glosses', () => {
  it('reports the translation in parentheses after a quotation as the same speaker’s', () => {
    expect(
      quoted(
        'The city council met on Monday to discuss the repairs to the old river bridge and their cost.\n\nMayor Taras Hnatiuk said in Ukrainian: «Ми не зупинимо будівництво» (“We will not stop the building work.”)',
      ),
    ).toEqual([
      { content: '«Ми не зупинимо будівництво»', speaker: 'Taras Hnatiuk', language: 'uk' },
      { content: '“We will not stop the building work.”', speaker: 'Taras Hnatiuk', language: null },
    ]);
  });

  it('splits a content that took a quotation and its translation after a dash', () => {
    const found = quoted(
      'The engineering firm repairing the bridge will ship the parts by sea from the port of Marseille.\n\nSpeaking in French, its director Claire Duval added: « Le pont est réparable » — “The bridge can be repaired.”',
    );
    expect(found.map((entry) => entry.content)).toEqual([
      '« Le pont est réparable »',
      '“The bridge can be repaired.”',
    ]);
    expect(new Set(found.map((entry) => entry.speaker))).toEqual(new Set(['Claire Duval']));
  });

  it('finds the original before a translation the engine attributed', () => {
    const found = quoted(
      'The river flooded the lower town again this week and most homes there are still without heating.\n\nMayor Halyna Moroz told local television on Monday, in Ukrainian: «Обіцянки не гріють домівки» — “Promises do not heat homes.”',
    );
    expect(found.map((entry) => [entry.content, entry.speaker])).toEqual([
      ['«Обіцянки не гріють домівки»', 'Halyna Moroz'],
      ['“Promises do not heat homes.”', 'Halyna Moroz'],
    ]);
  });

  it('leaves two quotations of different speakers alone', () => {
    const found = quoted(
      'The council debated the bridge for three hours.\n\n“The bridge is safe,” said Mayor Taras Hnatiuk. “It is not,” replied councillor Ivan Petrenko.',
    );
    expect(found.map((entry) => entry.speaker)).toEqual(['Taras Hnatiuk', 'Ivan Petrenko']);
  });
});
