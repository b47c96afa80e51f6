import { decidePerson, type KnownPerson } from '../../link/link-person.js';
import { matchKey } from '../../link/match-key.js';
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

/** The locks linking these people needs (write-locks.ts): their family names, or identity keys. */
export const peopleLockKeys = (people: readonly PersonToLink[]): string[] =>
  people.map((person) => {
    const { name, identity } = named(person);
    return personLockKey(name?.family ?? null, identity);
  });

/**
 * Links the people of one article to the record's people, as src/store/sqlite/link-people.ts does
 * (src/link/link-person.ts decides; this reads the candidates and writes new people). Full names are linked
 * first, so that a family name alone can use the people already linked in the same article as evidence.
 * The caller holds the locks of `peopleLockKeys`, so no other writer creates these people meanwhile.
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
    const sameFamily = name.given.length === 0 ? await familyCandidates(sql, name.family, companions) : [];
    const decision = decidePerson(
      { name, roleWords: roleWords(person.roles.map((role) => role.text)), companions },
      same ? { id: same.id, name, roleWords: new Set(), companions: new Set() } : null,
      sameFamily,
    );
    const personId =
      decision.kind === 'known' ? decision.id : await create(sql, person.name, identity, name.family);
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

/**
 * The people of a family name alone, with the evidence the decision weighs: their role words, and which of
 * the article's people they have met (only that matters, not everyone they ever met).
 */
async function familyCandidates(
  sql: Sql,
  family: string,
  companions: ReadonlySet<number>,
): Promise<KnownPerson[]> {
  const found = await rows<{ id: number; name: string; words: string[]; met: number[] }>(
    sql,
    `SELECT p.id, p.name,
        array(SELECT word FROM person_role_words w WHERE w.person_id = p.id) AS words,
        array(SELECT other_id FROM person_pairs pp WHERE pp.person_id = p.id AND pp.other_id = ANY($2::int[]))
          AS met
      FROM people p WHERE p.family_key = $1 AND p.merged_into IS NULL ORDER BY p.id`,
    [family, [...companions]],
  );
  return found.flatMap(({ id, name, words, met }) => {
    const parsed = parsePersonName(name);
    return parsed ? [{ id, name: parsed, roleWords: new Set(words), companions: new Set(met) }] : [];
  });
}

async function create(sql: Sql, name: string, identity: string, family: string | null): Promise<number> {
  const created = await row<{ id: number }>(
    sql,
    'INSERT INTO people (name, name_key, identity_key, family_key) VALUES ($1, $2, $3, $4) RETURNING id',
    [name, matchKey(name), identity, family],
  );
  return created!.id;
}
