import { describe, expect, it } from 'vitest';
import { isLetterOrDigit } from '../../src/analyze/letters.js';

describe('isLetterOrDigit', () => {
  it('agrees with \\p{L} and \\p{N} on every character of the Basic Multilingual Plane', () => {
    for (let code = 0; code < 0x10000; code += 1) {
      const char = String.fromCharCode(code);
      expect(isLetterOrDigit(char), `U+${code.toString(16)}`).toBe(/[\p{L}\p{N}]/u.test(char));
    }
  });

  it('reads a character beyond it, and nothing past either end', () => {
    expect(isLetterOrDigit('𝐀')).toBe(true);
    expect(isLetterOrDigit('😀')).toBe(false);
    expect(isLetterOrDigit(undefined)).toBe(false);
  });
});
