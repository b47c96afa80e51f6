import { describe, expect, it } from 'vitest';
import { readSourceLine } from '../../src/read/read-source-line.js';

describe('readSourceLine', () => {
  it('reads the outlet a source line names, trimmed', () => {
    expect(readSourceLine('Source:  harbourtimes.example')).toBe('harbourtimes.example');
    expect(readSourceLine('SOURCE: The Lakeside Herald ')).toBe('The Lakeside Herald');
  });

  it('rejects other lines', () => {
    expect(readSourceLine('Sources say the vote was close.')).toBeNull();
  });
});
