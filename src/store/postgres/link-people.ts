import { decidePerson, isWrittenAlone, type KnownPerson } from '../../link/link-person.js';
import { matchKey } from '../../link/match-key.js';
import { familyDistance, nameDistance } from '../../link/name-distance.js';
import { otherOrderKeys, sameNameOtherOrder } from '../../link/name-order.js';
import { parsePersonName, type PersonName } from '../../link/person-name.js';
import { personIdentity } from '../../link/person-identity.js';
import { roleWords } from '../../link/role-words.js';
import type { Person } from '../../types.js';
import { prepared, runPrepared } from './prepared.js';
import type { Sql } from './sql.js';
import { personLockKey, type KeyLock } from './write-locks.js';

/** The global person an article's person is, and why. */
export interface LinkedPerson {
  readonly personId: number;
  readonly reason: string;
}

type PersonToLink = Pick<Person, 'id' | 'name' | 'roles'>;

/** An article's person with its parsed name, the key it is stored under, and its role words. */
interface NamedPerson {
  readonly person: PersonToLink;
  readonly name: PersonName | null;
  readonly identity: string;
  readonly roleWords: ReadonlySet<string>;
}

/**
 * What linking an article's people needs, worked out before the write takes any lock: the people parsed, in
 * the order they are linked (full names first: they are evidence for the family names alone), and their
 * identity keys.
 */
export interface PeoplePlan {
  readonly order: readonly NamedPerson[];
  /**
   * The keys of their names' locks (write-locks.ts): their coarse family keys, or identity keys. A batch takes
   * them all alone before its first write; a single write takes them as peopleLocks says.
   */
  readonly lockKeys: readonly string[];
  readonly identities: readonly string[];
}

export function planPeople(people: readonly PersonToLink[]): PeoplePlan {
  const order = people.map((person): NamedPerson => {
    const name = parsePersonName(person.name);
    return {
      person,
      name,
      identity: name?.key ?? personIdentity(person),
      roleWords: roleWords(person.roles.map((role) => role.text)),
    };
  });
  order.sort(
    (a, b) =>
      Number(a.name !== null && isWrittenAlone(a.name)) - Number(b.name !== null && isWrittenAlone(b.name)),
  );
  return {
    order,
    lockKeys: order.flatMap(({ name, identity }) => [
      personLockKey(name?.familyKey ?? null, identity),
      ...otherOrderLocks(name),
    ]),
    identities: [...new Set(order.map(({ identity }) => identity))],
  };
}

/**
 * The person stored under an identity key, hand merges followed to the person that stands for them all, and
 * the lock that keeps that person as it is (its own family key's, write-locks.ts).
 */
export interface StoredRoot {
  readonly id: number;
  readonly lockKey: string;
}

/** Stored roots by identity key. */
export type Roots = ReadonlyMap<string, StoredRoot>;

/**
 * The stored roots of the identity keys $1 as one JSON array of [identity key, id, family key, identity key
 * of the root]: what write-document.ts reads before it takes the people's locks (peopleLocks), and
 * linkPeople again under them.
 */
export const ROOTS_SQL = (param: string): string => `(
  WITH RECURSIVE chain (identity_key, id, merged_into, family_key, own_identity, depth) AS (
    SELECT identity_key, id, merged_into, family_key, identity_key, 0 FROM people
      WHERE identity_key = ANY(${param}::text[])
    UNION ALL
    SELECT chain.identity_key, p.id, p.merged_into, p.family_key, p.identity_key, chain.depth + 1
      FROM people p JOIN chain ON p.id = chain.merged_into WHERE chain.depth < 1000
  )
  SELECT coalesce(json_agg(json_build_array(identity_key, id, family_key, own_identity)), '[]')
  FROM chain WHERE merged_into IS NULL)`;

export function parseRoots(json: unknown): Roots {
  const entries = (typeof json === 'string' ? JSON.parse(json) : json) as [
    string,
    number,
    string | null,
    string,
  ][];
  return new Map(
    entries.map(([identity, id, familyKey, ownIdentity]) => [
      identity,
      { id, lockKey: personLockKey(familyKey, ownIdentity) },
    ]),
  );
}

/**
 * Whether a person is linked on its identity key alone: a full name, or a name that does not parse, stored
 * already (`roots`). Its decision reads nothing but that person, which stays as it is while its lock is
 * held, even shared: writers that link it this way do not wait on each other. Any other person (a new
 * name, a family name alone) is decided from the people of its family key, created maybe: its lock is
 * taken alone, so that no other writer creates those people, adds to their evidence, merges or deletes them
 * meanwhile.
 */
const byIdentityAlone = ({ name, identity }: NamedPerson, roots: Roots): StoredRoot | undefined =>
  name === null || name.given.length > 0 ? roots.get(identity) : undefined;

/**
 * The locks linking an article's people needs, given the stored roots of their identity keys read before
 * (write-locks.ts): shared, for a person linked on its identity key alone (its name's key and its root's,
 * which a merge or a delete of that person takes alone), else alone (its name's key).
 */
export function peopleLocks(plan: PeoplePlan, roots: Roots): KeyLock[] {
  return plan.order.flatMap((named): KeyLock[] => {
    const own = personLockKey(named.name?.familyKey ?? null, named.identity);
    const root = byIdentityAlone(named, roots);
    return root
      ? [
          { key: own, shared: true },
          { key: root.lockKey, shared: true },
        ]
      : [{ key: own, shared: false }, ...otherOrderLocks(named.name).map((key) => ({ key, shared: false }))];
  });
}

/** The locks of the family keys a name's other order is kept under (name-order.ts), which its linking reads. */
const otherOrderLocks = (name: PersonName | null): string[] =>
  name === null ? [] : otherOrderKeys(name).map((key) => personLockKey(key, ''));

/** What the record holds for an article's people, read in one query under their locks. */
interface Candidates {
  readonly roots: Roots;
  /** The people of each family key read not merged into another, by id. */
  readonly byFamily: ReadonlyMap<string, readonly StoredPerson[]>;
}

interface StoredPerson {
  readonly id: number;
  readonly name: string;
  /** Read for the family keys of family names alone only. */
  readonly words: readonly string[];
  /** Which of the people read here it has been mentioned with. */
  readonly met: readonly number[];
}

/**
 * The stored roots of the identity keys $1 (ROOTS_SQL), and the people of the family keys $2 not merged
 * into another, each with its evidence when a family name alone ($3: their family keys) may be compared
 * with it: its role words, and which of the people read here it has met (the article's people a family name
 * alone is weighed with are among them, or are new). One round trip, where linking person by person took
 * two or three a person.
 */
const CANDIDATES = prepared(`
  WITH RECURSIVE chain (identity_key, id, merged_into, depth) AS (
    SELECT identity_key, id, merged_into, 0 FROM people WHERE identity_key = ANY($1::text[])
    UNION ALL
    SELECT chain.identity_key, p.id, p.merged_into, chain.depth + 1 FROM people p JOIN chain ON p.id = chain.merged_into
      WHERE chain.depth < 1000
  ), roots AS (
    SELECT identity_key, id FROM chain WHERE merged_into IS NULL
  ), family AS (
    SELECT id, name, family_key FROM people WHERE family_key = ANY($2::text[]) AND merged_into IS NULL
  ), fetched AS (
    SELECT id FROM roots UNION SELECT id FROM family
  )
  SELECT 0 AS kind, roots.identity_key AS key, roots.id, NULL AS name, p.family_key AS "familyKey",
      p.identity_key AS "ownIdentity", NULL::text[] AS words, NULL::int[] AS met
    FROM roots JOIN people p ON p.id = roots.id
  UNION ALL
  SELECT 1, f.family_key, f.id, f.name, NULL, NULL,
      CASE WHEN f.family_key = ANY($3::text[])
        THEN array(SELECT word FROM person_role_words w WHERE w.person_id = f.id) END,
      CASE WHEN f.family_key = ANY($3::text[])
        THEN array(SELECT other_id FROM person_pairs pp WHERE pp.person_id = f.id
          AND pp.other_id IN (SELECT id FROM fetched)) END
    FROM family f
  ORDER BY kind, key, id`);

async function readCandidates(
  sql: Sql,
  plan: PeoplePlan,
  decided: readonly NamedPerson[],
): Promise<Candidates> {
  const distinct = (values: (string | null | undefined)[]): string[] =>
    [...new Set(values)].filter((value): value is string => typeof value === 'string');
  const { rows } = await runPrepared<{
    kind: number;
    key: string;
    id: number;
    name: string | null;
    familyKey: string | null;
    ownIdentity: string | null;
    words: string[] | null;
    met: number[] | null;
  }>(sql, CANDIDATES, [
    plan.identities,
    distinct(decided.flatMap(({ name }) => (name === null ? [] : [name.familyKey, ...otherOrderKeys(name)]))),
    distinct(decided.map(({ name }) => (name !== null && isWrittenAlone(name) ? name.familyKey : null))),
  ]);
  const roots = new Map<string, StoredRoot>();
  const byFamily = new Map<string, StoredPerson[]>();
  for (const { kind, key, id, name, familyKey, ownIdentity, words, met } of rows) {
    if (kind === 0) {
      roots.set(key, { id, lockKey: personLockKey(familyKey, ownIdentity!) });
      continue;
    }
    const family = byFamily.get(key) ?? [];
    family.push({ id, name: name!, words: words ?? [], met: met ?? [] });
    byFamily.set(key, family);
  }
  return { roots, byFamily };
}

/** A person linking decided to create: written by the caller, in this order. */
export interface NewPerson {
  readonly name: string;
  readonly nameKey: string;
  readonly identity: string;
  readonly family: string | null;
}

/**
 * The people an article's people are. `ref` is a stored person's id, or, below zero, the new person
 * `created[-ref - 1]`, whose id is known once the caller has written it.
 */
export interface PeopleDecision {
  readonly links: ReadonlyMap<string, { readonly ref: number; readonly reason: string }>;
  readonly created: readonly NewPerson[];
}

/**
 * Links the people of one article to the record's people, as src/store/sqlite/link-people.ts does
 * (src/link/link-person.ts decides; this reads the candidates, in one query, and leaves the new people to
 * write). Full names are linked first, so that a family name alone can use the people already linked in the
 * same article as evidence. A full name not stored under its identity key, and a family name alone, are
 * compared with the people of the same coarse family key (`family_key`, from `PersonName.familyKey`): the
 * same name in another script or spelling is found among them.
 *
 * The people are decided one after the other as SQLite does, each seeing those created before it in the
 * same article (as people of their identity and family keys, with no evidence yet: evidence is written with
 * the article). The caller holds `peopleLocks(plan, locked)`. A person those locks share is linked on its
 * identity key alone, and must still be stored as it was when they were chosen: when one is not (a hand
 * merge or a delete came between), the roots as they are now are returned instead of a decision, for the
 * caller to take the locks they need and link again.
 */
export async function linkPeople(
  sql: Sql,
  plan: PeoplePlan,
  locked: Roots,
): Promise<{ decision: PeopleDecision } | { roots: Roots }> {
  const decided = plan.order.filter((named) => byIdentityAlone(named, locked) === undefined);
  const stored = await readCandidates(sql, plan, decided);
  for (const named of plan.order) {
    const before = byIdentityAlone(named, locked);
    const now = stored.roots.get(named.identity);
    if (before && (before.id !== now?.id || before.lockKey !== now.lockKey)) return { roots: stored.roots };
  }
  const links = new Map<string, { ref: number; reason: string }>();
  const created: NewPerson[] = [];
  const createdByIdentity = new Map<string, number>();
  const createdByFamily = new Map<string, { id: number; name: string }[]>();
  const parsed = new Map<string, PersonName | null>();
  const parse = (text: string): PersonName | null => {
    if (!parsed.has(text)) parsed.set(text, parsePersonName(text));
    return parsed.get(text)!;
  };
  const create = (name: string, identity: string, family: string | null): number => {
    created.push({ name, nameKey: matchKey(name), identity, family });
    const ref = -created.length;
    createdByIdentity.set(identity, ref);
    if (family !== null)
      createdByFamily.set(family, [...(createdByFamily.get(family) ?? []), { id: ref, name }]);
    return ref;
  };

  /**
   * The people of the found name's coarse family key (stored ones by id, then those created before in this
   * article): for a full name, those whose names are near its spelling (no evidence needed); for a family
   * name alone, those whose family names are, with the evidence the decision weighs: their role words, and
   * which of the article's people they have met.
   */
  const peopleOfKey = (key: string): StoredPerson[] => [
    ...(stored.byFamily.get(key) ?? []),
    ...(createdByFamily.get(key) ?? []).map(({ id, name }) => ({ id, name, words: [], met: [] })),
  ];
  const sameFamilyKey = (found: PersonName, companions: ReadonlySet<number>): KnownPerson[] => {
    // The same name written in the other order, kept under another family key (name-order.ts).
    const otherOrder = otherOrderKeys(found).flatMap((key) =>
      peopleOfKey(key).flatMap(({ id, name: text }) => {
        const other = parse(text);
        return other && sameNameOtherOrder(found, other) ? [sameNamed(id, other)] : [];
      }),
    );
    return [...sameOrder(found, companions), ...otherOrder];
  };
  const sameOrder = (found: PersonName, companions: ReadonlySet<number>): KnownPerson[] =>
    peopleOfKey(found.familyKey).flatMap(({ id, name: text, words, met }) => {
      const other = parse(text);
      if (!other) return [];
      if (!isWrittenAlone(found)) return nameDistance(found, other) === null ? [] : [sameNamed(id, other)];
      if (familyDistance(found, other) === null) return [];
      return [
        {
          id,
          name: other,
          roleWords: new Set(words),
          companions: new Set(met.filter((m) => companions.has(m))),
        },
      ];
    });

  for (const { person, name, identity, roleWords: words } of plan.order) {
    const same = stored.roots.get(identity)?.id ?? createdByIdentity.get(identity);
    if (!name) {
      links.set(person.id, {
        ref: same ?? create(person.name, identity, null),
        reason: same !== undefined ? 'same name' : 'first seen',
      });
      continue;
    }
    const companions = new Set([...links.values()].map((entry) => entry.ref));
    // A full name found under its identity key needs no other candidates.
    const sameFamily = same !== undefined && name.given.length > 0 ? [] : sameFamilyKey(name, companions);
    const decision = decidePerson(
      { name, roleWords: words, companions },
      same !== undefined ? sameNamed(same, name) : null,
      sameFamily,
    );
    const ref = decision.kind === 'known' ? decision.id : create(person.name, identity, name.familyKey);
    links.set(person.id, { ref, reason: decision.reason });
  }
  return { decision: { links, created } };
}

const sameNamed = (id: number, name: PersonName): KnownPerson => ({
  id,
  name,
  roleWords: new Set(),
  companions: new Set(),
});

/** The article's people under their global ids, once the new people are written (`ids`, in their order). */
export function linkedPeople(decision: PeopleDecision, ids: readonly number[]): Map<string, LinkedPerson> {
  return new Map(
    [...decision.links].map(([local, { ref, reason }]) => [
      local,
      { personId: ref < 0 ? ids[-ref - 1]! : ref, reason },
    ]),
  );
}
