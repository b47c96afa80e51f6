import type Database from 'better-sqlite3';
import { prepareCurrentPerson } from './link-people.js';

/** The one current person whose role words include all of `words`, or null where none or several do. */
export type RoleHolder = (
  words: ReadonlySet<string>,
) => { readonly id: number; readonly name: string } | null;

/**
 * The person an unnamed description stands for across articles (src/link/described-role.ts says which
 * descriptions are matched, and on which words): the one person of the record whose roles hold every one
 * of its role words, hand merges followed. Several such people, or none, leave the description unnamed.
 */
export function prepareRoleHolder(db: Database.Database): RoleHolder {
  const holders = db
    .prepare<[string, number], number>(
      `SELECT person_id FROM person_role_words WHERE word IN (SELECT value FROM json_each(?))
        GROUP BY person_id HAVING count(*) = ?`,
    )
    .pluck();
  const nameOf = db.prepare<[number], string>('SELECT name FROM people WHERE id = ?').pluck();
  const current = prepareCurrentPerson(db);
  return (words) => {
    const found = new Set(holders.all(JSON.stringify([...words]), words.size).map(current));
    if (found.size !== 1) return null;
    const id = [...found][0]!;
    return { id, name: nameOf.get(id)! };
  };
}
