import { describe, expect, it } from 'vitest';
import { markLead } from '../../src/read/mark-lead.js';
import type { Block } from '../../src/types.js';

describe('markLead', () => {
  it('marks the first paragraph as the lead', () => {
    const blocks: Block[] = [
      { kind: 'title', start: 0, end: 5 },
      { kind: 'paragraph', start: 6, end: 10 },
      { kind: 'paragraph', start: 11, end: 15 },
    ];
    expect(markLead('Title\nOne.\nTwo.', blocks).map((block) => block.kind)).toEqual([
      'title',
      'lead',
      'paragraph',
    ]);
  });

  it('splits a dateline off the lead, on one line, with exact offsets', () => {
    const text = 'VELL (Port News) — The port reopened.';
    const result = markLead(text, [{ kind: 'paragraph', start: 0, end: text.length }]);
    expect(result.map((block) => [block.kind, text.slice(block.start, block.end)])).toEqual([
      ['dateline', 'VELL (Port News) —'],
      ['lead', 'The port reopened.'],
    ]);
  });
});
