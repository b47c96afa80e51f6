import { describe, expect, it } from 'vitest';
import {
  isBracketedNote,
  isDashHeading,
  isDivider,
  isSectionLabel,
} from '../../src/read/recognize-furniture.js';

describe('furniture lines', () => {
  it('recognizes section labels', () => {
    expect(isSectionLabel('ABSTRACT.')).toBe(true);
    expect(isSectionLabel('FULL TEXT.')).toBe(true);
    expect(isSectionLabel('UPDATE:')).toBe(true);
    expect(isSectionLabel('Abstract.')).toBe(false);
    expect(isSectionLabel('I')).toBe(false);
  });

  it('recognizes editorial notes, dividers and dash subheadings', () => {
    expect(isBracketedNote('[This story has been updated.]')).toBe(true);
    expect(isBracketedNote('[Update] The port reopened.')).toBe(false);
    expect(isDivider('* * *')).toBe(true);
    expect(isDivider('Text.')).toBe(false);
    expect(isDashHeading('– Crews first –.')).toBe(true);
    expect(isDashHeading('– Crews first')).toBe(false);
  });
});
