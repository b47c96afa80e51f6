import { describe, expect, it } from 'vitest';
import { markQuoteParagraphs, quoteShape } from '../../src/read/mark-quote-paragraphs.js';
import type { Block } from '../../src/types.js';

/** Paragraph blocks for each paragraph of `text`, separated by blank lines. */
function paragraphs(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    blocks.push({ kind: 'paragraph', start, end: start + part.length });
    start += part.length + 2;
  }
  return blocks;
}

describe('quoteShape', () => {
  it('finds paragraphs wholly in quotation marks, in every common style', () => {
    for (const paragraph of [
      '"We will reopen the port."',
      '“We will reopen the port.”',
      '„Wir öffnen den Hafen wieder.“',
      '„Otworzymy port.”',
      '«Nous rouvrirons le port.»',
      '»Wir öffnen den Hafen.«',
      '‘We’ll reopen the port.’',
      '‚Wir öffnen den Hafen.‘',
      "'We will reopen the port.'",
      '「港を再開します。」',
      "''We will reopen the port.''",
      '“We will reopen the port.”.',
    ])
      expect(quoteShape(paragraph)?.kind, paragraph).toBe('whole');
  });

  it('rejects paragraphs that only contain quotations', () => {
    for (const paragraph of [
      '“We will reopen,” she said. “Soon.”',
      '"We will reopen," she said. "Soon."',
      '“We will reopen," she said. "Soon.”',
      '‘Soon,’ she said, ‘very soon.’',
      'And she said, "We will reopen."',
    ])
      expect(quoteShape(paragraph)?.kind ?? null, paragraph).not.toBe('whole');
  });

  it('sees a quotation left open for the next paragraph', () => {
    expect(quoteShape('“We will reopen the port.')?.kind).toBe('open');
  });
});

describe('markQuoteParagraphs', () => {
  it('marks a quotation running over several paragraphs, opened in each and closed in the last', () => {
    const text = '“First we pay the crews.\n\n“Then we open the port.”\n\nShe left after that.';
    expect(markQuoteParagraphs(text, paragraphs(text)).map((block) => block.kind)).toEqual([
      'quote',
      'quote',
      'paragraph',
    ]);
  });

  it('leaves an open quotation that never closes as paragraphs', () => {
    const text = '“First we pay the crews.\n\nShe left after that.';
    expect(markQuoteParagraphs(text, paragraphs(text)).map((block) => block.kind)).toEqual([
      'paragraph',
      'paragraph',
    ]);
  });
});
