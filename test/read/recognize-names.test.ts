import { describe, expect, it } from 'vitest';
import { isPersonName, isRoleLine } from '../../src/read/recognize-names.js';

describe('isPersonName', () => {
  it('accepts two to four capitalised words, initials and particles', () => {
    for (const name of [
      'Ana Kovac',
      'J. R. Holt',
      'Ana de la Cruz',
      'Olha Kovalenko-Shevchuk',
      'Lars van Dijk',
    ])
      expect(isPersonName(name), name).toBe(true);
  });

  it('rejects single words, sentences and long lines', () => {
    for (const line of ['Kovac', 'She left.', 'The port reopens', 'Ana Kovac, Harbour Master', 'A B C D E'])
      expect(isPersonName(line), line).toBe(false);
  });
});

describe('isRoleLine', () => {
  it('accepts short capitalised roles', () => {
    expect(isRoleLine('NATO Deputy Envoy')).toBe(true);
    expect(isRoleLine('Minister of Finance')).toBe(true);
    expect(isRoleLine("Director, Saint Anne's Clinic")).toBe(true);
  });

  it('rejects sentences', () => {
    expect(isRoleLine('She spoke first.')).toBe(false);
    expect(isRoleLine('The port will reopen')).toBe(false);
  });
});
