import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpaceCode, splitLines } from '../../src/read/split-lines.js';

describe('splitLines', () => {
  it('returns the trimmed non-blank lines, grouped by blank lines', () => {
    const text = '  One \nTwo\n\n\t\nThree\r\nFour\rFive\u2028Six';
    const lines = splitLines(text).map((line) => [text.slice(line.start, line.end), line.group, line.indent]);
    expect(lines).toEqual([
      ['One', 0, 2],
      ['Two', 0, 0],
      ['Three', 1, 0],
      ['Four', 1, 0],
      ['Five', 1, 0],
      ['Six', 1, 0],
    ]);
  });

  it('treats a byte-order mark and control characters as white space', () => {
    const text = '\uFEFFTitle\n\u0007\u0000\nBody';
    expect(splitLines(text)).toEqual([
      { start: 1, end: 6, group: 0, indent: 1 },
      { start: 10, end: 14, group: 1, indent: 0 },
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines('\n \r\n\t')).toEqual([]);
  });

  it('returns spans in order, in bounds, that hold no line break and no outer white space', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\r', '\t', '\uFEFF', '\u2029') }),
        (text) => {
          let previous = 0;
          for (const line of splitLines(text)) {
            expect(line.start).toBeGreaterThanOrEqual(previous);
            expect(line.end).toBeGreaterThan(line.start);
            expect(line.end).toBeLessThanOrEqual(text.length);
            const value = text.slice(line.start, line.end);
            expect(value).not.toMatch(/[\n\r\u2028\u2029]/u);
            expect(isSpaceCode(value.charCodeAt(0))).toBe(false);
            expect(isSpaceCode(value.charCodeAt(value.length - 1))).toBe(false);
            previous = line.end;
          }
        },
      ),
    );
  });
});
