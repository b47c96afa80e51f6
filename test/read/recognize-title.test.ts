import { describe, expect, it } from 'vitest';
import { isSubtitleLine, isTitleLine } from '../../src/read/recognize-title.js';

describe('isTitleLine', () => {
  it('accepts a short line without sentence punctuation, or ending in ? or !', () => {
    expect(isTitleLine('Port to reopen in spring', null, 0)).toBe(true);
    expect(isTitleLine('Will the port reopen?', null, 0)).toBe(true);
  });

  it('accepts a headline ending in a period above a longer paragraph, as archives write them', () => {
    expect(isTitleLine('Port to reopen in spring.', null, 200)).toBe(true);
    expect(isTitleLine('Port To Reopen. Crews Paid First.', null, 200)).toBe(true);
  });

  it('rejects sentences, long lines and wrapped paragraphs', () => {
    expect(isTitleLine('Port to reopen in spring.', null, 10)).toBe(false);
    expect(isTitleLine('The port will reopen. The crews are paid first.', null, 200)).toBe(false);
    expect(isTitleLine('Port to reopen in spring', 'and summer, the board said.', 200)).toBe(false);
    expect(isTitleLine('Port to reopen,', null, 200)).toBe(false);
    expect(isTitleLine('x'.repeat(201), null, 500)).toBe(false);
  });

  it('accepts a headline ending in a semicolon only with its subtitle under it', () => {
    expect(isTitleLine('Port to reopen;', 'Crews will be paid first.', 100)).toBe(true);
    expect(isTitleLine('Port to reopen;', null, 100)).toBe(false);
  });
});

describe('isSubtitleLine', () => {
  it('accepts a short line that is not a sentence and not the headline', () => {
    expect(isSubtitleLine('Crews to be paid first', 'Port to reopen')).toBe(true);
    expect(isSubtitleLine('Port to reopen', 'Port to reopen')).toBe(false);
    expect(isSubtitleLine('Crews will be paid first.', 'Port to reopen')).toBe(false);
  });
});
