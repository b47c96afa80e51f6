import { describe, expect, it } from 'vitest';
import { readBody } from '../../src/read/read-body.js';
import { splitLines } from '../../src/read/split-lines.js';

function read(text: string): [string, string][] {
  return readBody(text, splitLines(text), 0).map((block) => [block.kind, text.slice(block.start, block.end)]);
}

describe('readBody', () => {
  it('reads a speaker card: a name, the name again, a role', () => {
    expect(read('Ana Kovac\n\nAna Kovac\n\nHarbour Master, Port of Vell\n\nShe spoke first.')).toEqual([
      ['speaker-card', 'Ana Kovac'],
      ['speaker-card', 'Ana Kovac'],
      ['speaker-card', 'Harbour Master, Port of Vell'],
      ['paragraph', 'She spoke first.'],
    ]);
  });

  it('reads a speaker card without a role line', () => {
    expect(read('Ana Kovac\nAna Kovac\n\nShe spoke first.').map(([kind]) => kind)).toEqual([
      'speaker-card',
      'speaker-card',
      'paragraph',
    ]);
  });

  it('does not take a name that is not repeated for a card', () => {
    expect(read('Ana Kovac\n\nShe spoke first.').map(([kind]) => kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('joins wrapped lines into one paragraph and keeps list items apart', () => {
    expect(read('The port will\nreopen soon.\n• Crews paid first\n  and in full\n• Then the port')).toEqual([
      ['paragraph', 'The port will\nreopen soon.'],
      ['takeaway', '• Crews paid first\n  and in full'],
      ['takeaway', '• Then the port'],
    ]);
  });

  it('keeps subheadings, labels, notes and dividers apart from paragraphs', () => {
    expect(read('– Crews first –\nFULL TEXT.\n[Editor’s note: updated.]\n* * *\nText.')).toEqual([
      ['subtitle', '– Crews first –'],
      ['header', 'FULL TEXT.'],
      ['header', '[Editor’s note: updated.]'],
      ['header', '* * *'],
      ['paragraph', 'Text.'],
    ]);
  });
});
