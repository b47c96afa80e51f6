import { decidePerson, type KnownPerson } from '../../link/link-person.js';
import { matchKey } from '../../link/match-key.js';
import { familyDistance, nameDistance } from '../../link/name-distance.js';
import { parsePersonName, type PersonName } from '../../link/person-name.js';
import { personIdentity } from '../../link/person-identity.js';
import { roleWords } from '../../link/role-words.js';
import type { Person } from '../../types.js';
import { row, rows, type Sql } from './sql.js';
import { personLockKey } from './write-locks.js';

/** The global person an article's person is, and why. */
export interface LinkedPerson {
  readonly personId: number;
  readonly reason: string;
}

type PersonToLink = Pick<Person, 'id' | 'name' | 'roles'>;

/** An article's person with its parsed name and the key it is stored under. */
interface NamedPerson {
  readonly person: PersonToLink;
  readonly name: PersonName | null;
  readonly identity: string;
}

const named = (person: PersonToLink): NamedPerson => {
  const name = parsePersonName(person.name);
  return { person, name, identity: name?.key ?? personIdentity(person) };
};

/**
 * The locks linking these people needs (write-locks.ts): their coarse family keys (all the candidates a name
 * is compared with share it), or identity keys.
 */
export const peopleLockKeys = (people: readonly PersonToLink[]): string[] =>
  people.map((person) => {
    const { name, identity } = named(person);
    return personLockKey(name?.familyKey ?? null, identity);
  });

/**
 * Links the people of one article to the record's people, as src/store/sqlite/link-people.ts does
 * (src/link/link-person.ts decides; this reads the candidates and writes new people). Full names are linked
 * first, so that a family name alone can use the people already linked in the same article as evidence. A
 * full name not stored under its identity key, and a family name alone, are compared with the people of the
 * same coarse family key (`family_key`, from `PersonName.familyKey`): the same name in another script or
 * spelling is found among them. The caller holds the locks of `peopleLockKeys`, so no other writer creates
 * these people meanwhile.
 */
export async function linkPeople(
  sql: Sql,
  people: readonly PersonToLink[],
): Promise<Map<string, LinkedPerson>> {
  const linked = new Map<string, LinkedPerson>();
  const parsed = people.map(named);
  // Full names first: they are evidence for the family names alone.
  parsed.sort((a, b) => Number(a.name?.given.length === 0) - Number(b.name?.given.length === 0));
  for (const { person, name, identity } of parsed) {
    const same = await sameIdentity(sql, identity);
    if (!name) {
      linked.set(person.id, {
        personId: same ? same.id : await create(sql, person.name, identity, null),
        reason: same ? 'same name' : 'first seen',
      });
      continue;
    }
    const companions = new Set([...linked.values()].map((entry) => entry.personId));
    // A full name found under its identity key needs no other candidates.
    const sameFamily = same && name.given.length > 0 ? [] : await sameFamilyKey(sql, name, companions);
    const decision = decidePerson(
      { name, roleWords: roleWords(person.roles.map((role) => role.text)), companions },
      same ? sameNamed(same.id, name) : null,
      sameFamily,
    );
    const personId =
      decision.kind === 'known' ? decision.id : await create(sql, person.name, identity, name.familyKey);
    linked.set(person.id, { personId, reason: decision.reason });
  }
  return linked;
}

/** The person stored under an identity key, hand merges followed to the person that stands for them all. */
async function sameIdentity(sql: Sql, identity: string): Promise<{ id: number } | undefined> {
  return row<{ id: number }>(
    sql,
    `WITH RECURSIVE chain (id, merged_into, depth) AS (
        SELECT id, merged_into, 0 FROM people WHERE identity_key = $1
        UNION ALL
        SELECT p.id, p.merged_into, chain.depth + 1 FROM people p JOIN chain ON p.id = chain.merged_into
          WHERE chain.depth < 1000
      )
      SELECT id FROM chain WHERE merged_into IS NULL`,
    [identity],
  );
}

const sameNamed = (id: number, name: PersonName): KnownPerson => ({
  id,
  name,
  roleWords: new Set(),
  companions: new Set(),
});

/**
 * The people of the found name's coarse family key: for a full name, those whose names are near its
 * spelling (no evidence needed); for a family name alone, those whose family names are, with the evidence
 * the decision weighs (read only for them): their role words, and which of the article's people they have
 * met (only that matters, not everyone they ever met).
 */
async function sameFamilyKey(
  sql: Sql,
  found: PersonName,
  companions: ReadonlySet<number>,
): Promise<KnownPerson[]> {
  const sameKey = await rows<{ id: number; name: string }>(
    sql,
    'SELECT id, name FROM people WHERE family_key = $1 AND merged_into IS NULL ORDER BY id',
    [found.familyKey],
  );
  const near = sameKey.flatMap(({ id, name: text }) => {
    const other = parsePersonName(text);
    if (!other) return [];
    const distance = found.given.length > 0 ? nameDistance(found, other) : familyDistance(found, other);
    return distance === null ? [] : [{ id, name: other }];
  });
  if (found.given.length > 0) return near.map(({ id, name }) => sameNamed(id, name));
  if (near.length === 0) return [];
  const evidence = await rows<{ id: number; words: string[]; met: number[] }>(
    sql,
    `SELECT p.id,
        array(SELECT word FROM person_role_words w WHERE w.person_id = p.id) AS words,
        array(SELECT other_id FROM person_pairs pp WHERE pp.person_id = p.id AND pp.other_id = ANY($2::int[]))
          AS met
      FROM unnest($1::int[]) AS p(id)`,
    [near.map(({ id }) => id), [...companions]],
  );
  const byId = new Map(evidence.map((entry) => [entry.id, entry]));
  return near.map(({ id, name }) => ({
    id,
    name,
    roleWords: new Set(byId.get(id)?.words ?? []),
    companions: new Set(byId.get(id)?.met ?? []),
  }));
}

async function create(sql: Sql, name: string, identity: string, family: string | null): Promise<number> {
  const created = await row<{ id: number }>(
    sql,
    'INSERT INTO people (name, name_key, identity_key, family_key) VALUES ($1, $2, $3, $4) RETURNING id',
    [name, matchKey(name), identity, family],
  );
  return created!.id;
}
