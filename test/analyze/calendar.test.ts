import { describe, expect, it } from 'vitest';
import { formatDay, formatInterval, parseDay, weekdayOf } from '../../src/analyze/calendar.js';

describe('calendar', () => {
  it('reads a publication date or timestamp as a day, and knows its weekday', () => {
    const day = parseDay('2025-11-09T08:30:00Z')!;
    expect(formatDay(day)).toEqual({ value: '2025-11-09', precision: 'day' });
    expect(weekdayOf(day)).toBe(6); // a Sunday
    expect(parseDay('2025-02-30')).toBeNull();
    expect(parseDay(null)).toBeNull();
  });

  it('writes a stretch of days at the finest precision that holds it', () => {
    const day = parseDay('2025-03-10')!;
    expect(formatInterval(day, day)).toEqual({ value: '2025-03-10', precision: 'day' });
    expect(formatInterval(day, day + 6)).toEqual({ value: '2025-03', precision: 'month' });
    expect(formatInterval(day - 14, day)).toEqual({ value: '2025', precision: 'year' });
    expect(formatInterval(parseDay('2024-12-30')!, parseDay('2025-01-05')!)).toBeNull();
  });
});
