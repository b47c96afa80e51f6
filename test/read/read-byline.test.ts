import { describe, expect, it } from 'vitest';
import { readByline } from '../../src/read/read-byline.js';

describe('readByline', () => {
  it('reads one author or several', () => {
    expect(readByline('By Mara Lind')).toEqual(['Mara Lind']);
    expect(readByline('By Mara Lind and Tomas Berg')).toEqual(['Mara Lind', 'Tomas Berg']);
    expect(readByline('By Mara Lind, Tomas Berg and Ana de la Cruz')).toEqual([
      'Mara Lind',
      'Tomas Berg',
      'Ana de la Cruz',
    ]);
    expect(readByline('BY J. R. Holt & Kim Sato.')).toEqual(['J. R. Holt', 'Kim Sato']);
  });

  it('rejects sentences that open with "By"', () => {
    expect(readByline('By now, the council had voted.')).toBeNull();
    expect(readByline('By winning the vote, Lind kept her seat.')).toBeNull();
    expect(readByline('By 2030 the line will be electric')).toBeNull();
  });
});
