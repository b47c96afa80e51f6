import { describe, expect, it } from 'vitest';
import { markDuplicates } from '../../src/read/mark-duplicates.js';
import type { Block, BlockKind } from '../../src/types.js';

/** Blocks of the given kinds over the lines of `text`. */
function blocks(text: string, kinds: readonly BlockKind[]): Block[] {
  let start = 0;
  return text.split('\n').map((line, index) => {
    const block = { kind: kinds[index] ?? 'paragraph', start, end: start + line.length };
    start += line.length + 1;
    return block;
  });
}

describe('markDuplicates', () => {
  it('marks a repeated subtitle and a repeated long paragraph, keeping the first occurrence', () => {
    const text = [
      'Port to reopen',
      'Crews to be paid first',
      'The harbour board met on Monday to decide.',
      'Crews to be paid first',
      'The harbour board met on Monday to decide.',
    ].join('\n');
    const kinds = markDuplicates(text, blocks(text, ['title', 'subtitle'])).map((block) => block.kind);
    expect(kinds).toEqual(['title', 'subtitle', 'paragraph', 'duplicate', 'duplicate']);
  });

  it('treats the title of a dated header as seen', () => {
    const text = 'date 2024-03-12 Port to reopen\nPort to reopen\nText.\nPort to reopen';
    const kinds = markDuplicates(text, blocks(text, ['header', 'title'])).map((block) => block.kind);
    expect(kinds).toEqual(['header', 'title', 'paragraph', 'duplicate']);
  });

  it('keeps short repeated paragraphs, which are more likely said twice', () => {
    const text = 'Yes.\nNo.\nYes.';
    expect(markDuplicates(text, blocks(text, [])).map((block) => block.kind)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });
});
