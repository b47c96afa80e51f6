/**
 * The locks that keep concurrent ingests from writing one person, statement or document twice.
 *
 * Several processes may write one PostgreSQL store at once. Linking decides from what is already stored
 * (is there a person of this name? an earlier report of these words?), and under READ COMMITTED a writer
 * does not see what another has written but not yet committed: both would create the same person or the
 * same statement. So a document's write takes transaction-level advisory locks, held until its commit, on
 * what its decisions read:
 *
 * - `doc:` its key and canonical URL, `text:` its content hash: the same document ingested twice at once is
 *   stored once (the second waits, then finds it unchanged or a duplicate);
 * - `family:` the coarse family keys of its people (`PersonName.familyKey`, stored as `people.family_key`;
 *   `identity:` the key of a name that does not parse): a person's linking reads only the people under its
 *   identity key and its family key, under which every spelling of a name is found; and `band:` its
 *   near-duplicate bands, which is all copy detection reads;
 * - `speaker:` the speakers whose earlier reports its statement linking reads (known only after linking).
 *
 * Each step takes its keys sorted, and the steps come in that order (their key spaces are disjoint), so two
 * single-document writes never wait on each other in a cycle. A batch takes the first two steps' keys of
 * all its documents before writing the first; a cycle that remains (through hand merges, a batch's speaker
 * locks) is broken by PostgreSQL's deadlock detection, and the write is retried (write.ts).
 *
 * Locks are per database, so the key is hashed with the schema: stores in two schemas do not block each other.
 */
import type { Sql } from './sql.js';

/** Waits for the advisory locks of `keys` (any order, repeats allowed), taking them in one fixed order. */
export async function lockKeys(sql: Sql, keys: Iterable<string>): Promise<void> {
  const distinct = [...new Set(keys)];
  if (distinct.length === 0) return;
  // The subquery sorts the hashes first (OFFSET 0 keeps it a subquery); the locks are taken in that order.
  await sql.query(
    `SELECT count(pg_advisory_xact_lock(hash)) FROM (
        SELECT DISTINCT hashtextextended(current_schema() || ' ' || key, 0) AS hash
        FROM unnest($1::text[]) AS key ORDER BY hash OFFSET 0
      ) AS ordered`,
    [distinct],
  );
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
