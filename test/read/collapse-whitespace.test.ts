import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../src/read/collapse-whitespace.js';

describe('collapseWhitespace', () => {
  it('turns runs of white space into one space and trims', () => {
    expect(collapseWhitespace(' Port \n to\u00a0 reopen\t')).toBe('Port to reopen');
  });

  it('returns a tidy value as it is', () => {
    const value = 'Port to reopen';
    expect(collapseWhitespace(value)).toBe(value);
  });
});
