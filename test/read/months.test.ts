import { describe, expect, it } from 'vitest';
import { MONTH_NAMES, monthNumber } from '../../src/read/months.js';

describe('monthNumber', () => {
  it('knows twelve months, full and abbreviated, in any case, with or without a period', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(monthNumber('January')).toBe(1);
    expect(monthNumber('SEPT.')).toBe(9);
    expect(monthNumber('dec')).toBe(12);
    expect(monthNumber('Mayday')).toBeNull();
  });
});
