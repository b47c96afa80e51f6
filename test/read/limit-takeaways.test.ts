import { describe, expect, it } from 'vitest';
import { limitTakeaways } from '../../src/read/limit-takeaways.js';
import type { Block, BlockKind } from '../../src/types.js';

function kinds(...list: BlockKind[]): Block[] {
  return list.map((kind, index) => ({ kind, start: index, end: index + 1 }));
}

describe('limitTakeaways', () => {
  it('keeps list items above the story or under its lead, and turns later ones into paragraphs', () => {
    const result = limitTakeaways('', kinds('takeaway', 'lead', 'takeaway', 'paragraph', 'takeaway'));
    expect(result.map((block) => block.kind)).toEqual([
      'takeaway',
      'lead',
      'takeaway',
      'paragraph',
      'paragraph',
    ]);
  });
});
