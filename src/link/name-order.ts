import { SURNAMES_WRITTEN_FIRST } from '../analyze/lexicon/given-names.js';
import { familyKeyOf, nameSkeleton } from './name-skeleton.js';
import { personName, type PersonName } from './person-name.js';

/**
 * One person's name in the two orders news writes it: family name first, as in Vietnamese, Chinese and
 * Korean ("Nguyễn Văn Hùng", "Park Ji-won"), and family name last, as English copy often turns it ("Hung
 * Nguyen", "Ji-won Park"), dropping a middle name on the way. Parsed the usual way, the two have different
 * family names ("hùng" and "nguyen"), so the record kept them apart. A name is read family name first only
 * when its first word is a family name that opens names so (`SURNAMES_WRITTEN_FIRST`): "James Thomas" and
 * "Thomas James" stay two people.
 */

/** Letters without their accents, đ as d: "nguyễn" is "nguyen". */
const withoutAccents = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/gu, 'd');

const opensFamilyFirst = (word: string): boolean => SURNAMES_WRITTEN_FIRST.has(withoutAccents(word));

/**
 * The name read with its first word as the family name ("Nguyễn Văn Hùng": family "nguyễn", given "văn
 * hùng"), when that word is a family name written first; null otherwise, and for a name with a suffix.
 */
export function familyFirstReading(name: PersonName): PersonName | null {
  if (name.given.length === 0 || name.suffix !== null || !opensFamilyFirst(name.given[0]!)) return null;
  return personName([...name.given.slice(1), name.family], name.given[0]!, null);
}

/**
 * The coarse family keys (`PersonName.familyKey`) under which the record keeps the name's other order: for
 * "Nguyễn Văn Hùng", that of "nguyễn" (where "Hung Nguyen" is kept); for "Hung Nguyen", whose family name
 * opens names written family name first, that of "hung" (where "Nguyễn Văn Hùng" is kept, by its last word).
 */
export function otherOrderKeys(name: PersonName): string[] {
  const keys = new Set<string>();
  const reading = familyFirstReading(name);
  if (reading) keys.add(reading.familyKey);
  if (name.given.length > 0 && name.suffix === null && opensFamilyFirst(name.family))
    keys.add(familyKeyOf(nameSkeleton(name.given.at(-1)!)));
  keys.delete(name.familyKey);
  return [...keys];
}

/**
 * Whether two names are one written in the two orders: the family-first one's family name sounds as the
 * other's does, and the other's given names as the last of its given names ("Hung Nguyen" of "Nguyễn Văn
 * Hùng", "Ji-won Park" of "Park Ji-won"). Compared by their skeletons (name-skeleton.ts), so accents and
 * spelling conventions do not matter; initials are not enough.
 */
export function sameNameOtherOrder(a: PersonName, b: PersonName): boolean {
  return inOtherOrder(a, b) || inOtherOrder(b, a);
}

function inOtherOrder(familyFirst: PersonName, familyLast: PersonName): boolean {
  const reading = familyFirstReading(familyFirst);
  if (!reading || familyLast.given.length === 0 || familyLast.suffix !== null) return false;
  const given = reading.skeleton.given;
  const other = familyLast.skeleton.given;
  if (other.length > given.length || reading.skeleton.family !== familyLast.skeleton.family) return false;
  const tail = given.slice(given.length - other.length);
  return other.every((word, index) => familyLast.given[index]!.length > 1 && word === tail[index]);
}
