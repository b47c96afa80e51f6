import type Database from 'better-sqlite3';
import { decidePerson, isWrittenAlone, type KnownPerson } from '../../link/link-person.js';
import { matchKey } from '../../link/match-key.js';
import { familyDistance, nameDistance } from '../../link/name-distance.js';
import { otherOrderKeys, sameNameOtherOrder } from '../../link/name-order.js';
import { parsePersonName, type PersonName } from '../../link/person-name.js';
import { personIdentity } from '../../link/person-identity.js';
import { roleWords } from '../../link/role-words.js';
import type { Person } from '../../types.js';

/** The global person an article's person is, and why. */
export interface LinkedPerson {
  readonly personId: number;
  readonly reason: string;
}

export type LinkPeople = (
  people: readonly Pick<Person, 'id' | 'name' | 'roles'>[],
) => Map<string, LinkedPerson>;

/**
 * Links the people of one article to the record's people (src/link/link-person.ts decides; this reads the
 * candidates and writes new people). Full names are linked first, so that a family name alone can use the
 * people already linked in the same article as evidence. A full name not stored under its identity key, and a
 * family name alone, are compared with the people of the same coarse family key (`family_key`, from
 * `PersonName.familyKey`): the same name in another script or spelling is found among them, and in the
 * other order under the keys `otherOrderKeys` gives.
 */
/** Follows hand merges from a person to the person that stands for them all. */
export function prepareCurrentPerson(db: Database.Database): (id: number) => number {
  const mergedInto = db
    .prepare<[number], number | null>('SELECT merged_into FROM people WHERE id = ?')
    .pluck();
  return (id) => {
    let person = id;
    for (
      let next = mergedInto.get(person);
      next !== null && next !== undefined;
      next = mergedInto.get(person)
    )
      person = next;
    return person;
  };
}

export function prepareLinkPeople(db: Database.Database): LinkPeople {
  const byIdentity = db.prepare<[string], { id: number; mergedInto: number | null }>(
    'SELECT id, merged_into AS mergedInto FROM people WHERE identity_key = ?',
  );
  const current = prepareCurrentPerson(db);
  const byFamily = db.prepare<[string], { id: number; name: string }>(
    'SELECT id, name FROM people WHERE family_key = ? AND merged_into IS NULL ORDER BY id',
  );
  const roleWordsOf = db
    .prepare<[number], string>('SELECT word FROM person_role_words WHERE person_id = ?')
    .pluck();
  const metWith = db
    .prepare<[number, number], number>('SELECT 1 FROM person_pairs WHERE person_id = ? AND other_id = ?')
    .pluck();
  const insertPerson = db.prepare<[string, string, string, string | null]>(
    'INSERT INTO people (name, name_key, identity_key, family_key) VALUES (?, ?, ?, ?)',
  );

  /** A candidate for a family name alone, with the evidence the decision weighs. */
  const candidate = (id: number, name: PersonName, companions: ReadonlySet<number>): KnownPerson => ({
    id,
    name,
    roleWords: new Set(roleWordsOf.all(id)),
    // Only whether it met the article's people matters, not everyone it ever met.
    companions: new Set([...companions].filter((other) => metWith.get(id, other) !== undefined)),
  });
  const sameNamed = (id: number, name: PersonName): KnownPerson => ({
    id,
    name,
    roleWords: new Set(),
    companions: new Set(),
  });
  /**
   * The people of the found name's coarse family key: for a full name, those whose names are near its
   * spelling (no evidence needed); for a family name alone, those whose family names are, with their
   * evidence (read only for them).
   */
  const sameFamilyKey = (found: PersonName, companions: ReadonlySet<number>): KnownPerson[] => [
    ...byFamily.all(found.familyKey).flatMap(({ id, name: text }) => {
      const other = parsePersonName(text);
      if (!other) return [];
      if (!isWrittenAlone(found)) return nameDistance(found, other) === null ? [] : [sameNamed(id, other)];
      return familyDistance(found, other) === null ? [] : [candidate(id, other, companions)];
    }),
    // The same name written in the other order, kept under another family key (name-order.ts).
    ...otherOrderKeys(found).flatMap((key) =>
      byFamily.all(key).flatMap(({ id, name: text }) => {
        const other = parsePersonName(text);
        return other && sameNameOtherOrder(found, other) ? [sameNamed(id, other)] : [];
      }),
    ),
  ];

  return (people) => {
    const linked = new Map<string, LinkedPerson>();
    const parsed = people.map((person) => ({ person, name: parsePersonName(person.name) }));
    // Full names first: they are evidence for the family names alone.
    parsed.sort(
      (a, b) =>
        Number(a.name !== null && isWrittenAlone(a.name)) - Number(b.name !== null && isWrittenAlone(b.name)),
    );
    for (const { person, name } of parsed) {
      const identity = name?.key ?? personIdentity(person);
      const same = byIdentity.get(identity);
      if (!name) {
        linked.set(person.id, {
          personId: same ? current(same.id) : create(person.name, identity, null),
          reason: same ? 'same name' : 'first seen',
        });
        continue;
      }
      const companions = new Set([...linked.values()].map((entry) => entry.personId));
      // A full name found under its identity key needs no other candidates.
      const sameFamily = same && name.given.length > 0 ? [] : sameFamilyKey(name, companions);
      const decision = decidePerson(
        { name, roleWords: roleWords(person.roles.map((role) => role.text)), companions },
        same ? sameNamed(current(same.id), name) : null,
        sameFamily,
      );
      const personId =
        decision.kind === 'known' ? decision.id : create(person.name, identity, name.familyKey);
      linked.set(person.id, { personId, reason: decision.reason });
    }
    return linked;
  };

  function create(name: string, identity: string, family: string | null): number {
    return Number(insertPerson.run(name, matchKey(name), identity, family).lastInsertRowid);
  }
}
