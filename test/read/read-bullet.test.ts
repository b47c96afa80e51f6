import { describe, expect, it } from 'vitest';
import { bulletContentStart } from '../../src/read/read-bullet.js';

describe('bulletContentStart', () => {
  it('finds the content after each bullet style', () => {
    for (const line of ['• Fares rise', '- Fares rise', '* Fares rise', '– Fares rise', '•   Fares rise'])
      expect(line.slice(bulletContentStart(line) ?? 0)).toBe('Fares rise');
  });

  it('rejects numbers, dividers, broken lines and dialogue dashes', () => {
    expect(bulletContentStart('-5 degrees at night')).toBeNull();
    expect(bulletContentStart('* * *')).toBeNull();
    expect(bulletContentStart('- exchange during the hearing')).toBeNull();
    expect(bulletContentStart('— Я прийду завтра.')).toBeNull();
  });
});
