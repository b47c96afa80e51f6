/**
 * The locks that keep concurrent ingests from writing one person, statement or document twice.
 *
 * Several processes may write one PostgreSQL store at once. Linking decides from what is already stored
 * (is there a person of this name? an earlier report of these words?), and under READ COMMITTED a writer
 * does not see what another has written but not yet committed: both would create the same person or the
 * same statement. So a document's write takes transaction-level advisory locks, held until its commit, on
 * what its decisions read, in three steps (write-document.ts):
 *
 * 1. `doc:` its key and canonical URL, `text:` its content hash: the same document ingested twice at once is
 *    stored once (the second waits, then finds it unchanged or a duplicate); and `band:` its near-duplicate
 *    bands, which is all copy detection reads. Taken before anything is read; the article, its blocks,
 *    bytes and copy links are written under these alone.
 * 2. `family:` the coarse family keys of its people (`PersonName.familyKey`, stored as `people.family_key`;
 *    `identity:` the key of a name that does not parse): a person's linking reads only the people under its
 *    identity key and its family key, under which every spelling of a name is found. A person decided from
 *    its family's people (a new name, a family name alone) takes the lock alone; a full name already stored
 *    under its identity key, which reads nothing else, takes it shared, with its stored person's, so that
 *    writes naming the same known people do not wait on each other (link-people.ts). Merges, splits and
 *    deletes of people take their locks alone. The people and their evidence are written under these.
 * 3. `speaker:` the speakers whose earlier reports its statement linking reads (known only after linking):
 *    from here to the commit, a write waits for every other write quoting one of its speakers, and holds
 *    them for the statement lookup, the reports' write and the commit alone.
 *
 * Each step takes its keys sorted, and the steps come in that order (their key spaces are disjoint), so two
 * single-document writes never wait on each other in a cycle. A batch takes the first two steps' keys of
 * all its documents (alone) before writing the first; a cycle that remains (through hand merges, a batch's
 * speaker locks, a shared lock taken alone when a merge changed a person meanwhile) is broken by
 * PostgreSQL's deadlock detection, and the write is retried (write.ts).
 *
 * Locks are per database, so the key is hashed with the schema: stores in two schemas do not block each other.
 */
import { prepared, runPrepared } from './prepared.js';
import type { Sql } from './sql.js';

/** Waits for the advisory locks of `keys` (any order, repeats allowed), taking them in one fixed order. */
export async function lockKeys(sql: Sql, keys: Iterable<string>): Promise<void> {
  await lockModes(
    sql,
    [...keys].map((key) => ({ key, shared: false })),
  );
}

/** A lock to take: `shared` ones are held by any number of writers at once, but by none while one holds it alone. */
export interface KeyLock {
  readonly key: string;
  readonly shared: boolean;
}

/**
 * The locks of the keys in $1 ($2: whether each may be shared), each key once (alone when any of its
 * entries is), taken in one fixed order: the hashes are sorted first (OFFSET 0 keeps it a subquery), and the
 * locks taken in that order.
 */
const LOCK = prepared(`
  SELECT count(CASE WHEN ordered.shared THEN pg_advisory_xact_lock_shared(hash)::text
                    ELSE pg_advisory_xact_lock(hash)::text END) AS locked
  FROM (
    SELECT hash, bool_and(shared) AS shared FROM (
      SELECT hashtextextended(current_schema() || ' ' || key, 0) AS hash, shared
      FROM unnest($1::text[], $2::boolean[]) AS lock (key, shared)
    ) AS hashed GROUP BY hash ORDER BY hash OFFSET 0
  ) AS ordered`);

/** Waits for `locks` (any order, repeats allowed), taking them in one fixed order (LOCK). */
export async function lockModes(sql: Sql, locks: readonly KeyLock[]): Promise<void> {
  if (locks.length === 0) return;
  await runPrepared(sql, LOCK, [locks.map((lock) => lock.key), locks.map((lock) => lock.shared)]);
}

export const documentLockKeys = (key: string, hash: string, canonical: string | null): string[] => [
  `doc:${key}`,
  `text:${hash}`,
  ...(canonical === null ? [] : [`doc:${canonical}`]),
];

/** The lock of a person's coarse family key, or of its identity key when the name does not parse. */
export const personLockKey = (familyKey: string | null, identityKey: string): string =>
  familyKey === null ? `identity:${identityKey}` : `family:${familyKey}`;

export const bandLockKey = (band: string): string => `band:${band}`;

/** `speaker` as link-statements.ts keys it (`p12`, `s:a senior official`). */
export const speakerLockKey = (speaker: string): string => `speaker:${speaker}`;
