import { describe, expect, it } from 'vitest';
import { formatDate, readDate } from '../../src/read/read-date.js';

describe('readDate', () => {
  it('reads the date forms of datelines and headers', () => {
    expect(readDate('2024-01-26')).toEqual({ year: 2024, month: 1, day: 26 });
    expect(readDate('26 January 2024')).toEqual({ year: 2024, month: 1, day: 26 });
    expect(readDate('January 26, 2024')).toEqual({ year: 2024, month: 1, day: 26 });
    expect(readDate('Jan. 26, 2024')).toEqual({ year: 2024, month: 1, day: 26 });
    expect(readDate('Friday, Jan 26, 2024')).toEqual({ year: 2024, month: 1, day: 26 });
    expect(readDate('Nov. 19')).toEqual({ year: null, month: 11, day: 19 });
  });

  it('rejects what is not a whole date', () => {
    expect(readDate('Jan 32, 2024')).toBeNull();
    expect(readDate('29 February 2023')).toBeNull();
    expect(readDate('Smarch 3, 2024')).toBeNull();
    expect(readDate('January 26, 2024 at noon')).toBeNull();
  });

  it('accepts a leap day', () => {
    expect(readDate('29 February 2024')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('formats a date with a year only', () => {
    expect(formatDate({ year: 2024, month: 3, day: 5 })).toBe('2024-03-05');
    expect(formatDate({ year: null, month: 3, day: 5 })).toBeNull();
  });
});
