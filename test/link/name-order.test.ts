import { describe, expect, it } from 'vitest';
import { familyFirstReading, otherOrderKeys, sameNameOtherOrder } from '../../src/link/name-order.js';
import { parsePersonName, type PersonName } from '../../src/link/person-name.js';

const name = (text: string): PersonName => parsePersonName(text)!;
const same = (a: string, b: string): boolean => sameNameOtherOrder(name(a), name(b));

describe('names written family name first', () => {
  it('reads a name family name first only when its first word opens names so', () => {
    expect(familyFirstReading(name('Nguyễn Văn Hùng'))).toMatchObject({
      family: 'nguyễn',
      given: ['văn', 'hùng'],
    });
    expect(familyFirstReading(name('Park Ji-won'))).toMatchObject({ family: 'park', given: ['ji-won'] });
    expect(familyFirstReading(name('Thomas James'))).toBeNull();
    expect(familyFirstReading(name('Nguyen'))).toBeNull();
    expect(familyFirstReading(name('Kim Dae-jung Jr.'))).toBeNull();
  });

  it('joins the two orders, accents and a dropped middle name aside', () => {
    expect(same('Hung Nguyen', 'Nguyễn Văn Hùng')).toBe(true);
    expect(same('Nguyễn Văn Hùng', 'Hung Nguyen')).toBe(true);
    expect(same('Ji-won Park', 'Park Ji-won')).toBe(true);
    expect(same('Van Hung Nguyen', 'Nguyen Van Hung')).toBe(true);
    expect(same('Wang Yi', 'Yi Wang')).toBe(true);
  });

  it('keeps other given names, initials and ordinary names apart', () => {
    expect(same('Minh Nguyen', 'Nguyễn Văn Hùng')).toBe(false);
    expect(same('H. Nguyen', 'Nguyễn Văn Hùng')).toBe(false);
    expect(same('Thomas James', 'James Thomas')).toBe(false);
    expect(same('Park Ji-won', 'Park Min-jun')).toBe(false);
    expect(same('Hung Nguyen', 'Hung Nguyen Jr.')).toBe(false);
  });

  it('gives the family keys under which the other order is kept', () => {
    // "Hung Nguyen" is kept under Nguyen's key, "Nguyễn Văn Hùng" under Hùng's: each looks up the other's.
    expect(otherOrderKeys(name('Nguyễn Văn Hùng'))).toEqual([name('Hung Nguyen').familyKey]);
    expect(otherOrderKeys(name('Hung Nguyen'))).toEqual([name('Nguyễn Văn Hùng').familyKey]);
    expect(otherOrderKeys(name('Thomas James'))).toEqual([]);
  });
});
