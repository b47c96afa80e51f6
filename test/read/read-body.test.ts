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

  it('reads one paragraph per line where a line is longer than anyone wraps text', () => {
    const first =
      'The harbor board met on Friday to weigh the cost of the pier, which has been closed since the storm, and heard from the engineers who surveyed it in May and from the fishermen who use it.';
    const second = '“It will not stand another winter,” said Tom Rell, the engineer who led the survey.';
    const third = 'The board will vote in June.';
    expect(read(`${first}\n${second}\n${third}`)).toEqual([
      ['paragraph', first],
      ['paragraph', second],
      ['paragraph', third],
    ]);
    // Hard-wrapped text, every line but a paragraph's last under the width, stays one paragraph a group.
    const wrapped =
      'The harbor board met on Friday to weigh the cost of the pier,\nwhich has been closed since the storm.';
    expect(read(`${wrapped}\n\n${third}`)).toEqual([
      ['paragraph', wrapped],
      ['paragraph', third],
    ]);
    // A long web address inside wrapped text says nothing; a bullet keeps its indented continuation.
    const address = `https://example.org/${'harbor-board-minutes/'.repeat(9)}june`;
    expect(read(`The minutes are at\n${address}\nand the board will vote in June.`)).toEqual([
      ['paragraph', `The minutes are at\n${address}\nand the board will vote in June.`],
    ]);
    // Nor does one where no space follows anywhere after it in the text.
    expect(read(`The minutes are at\n${address}\nhttps://example.org/agenda`)).toEqual([
      ['paragraph', `The minutes are at\n${address}\nhttps://example.org/agenda`],
    ]);
    expect(read(`${first}\n• Crews paid first\n  and in full`)).toEqual([
      ['paragraph', first],
      ['takeaway', '• Crews paid first\n  and in full'],
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
