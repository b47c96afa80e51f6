import { describedReason, describedRoleWords } from '../../link/described-role.js';
import type { Attribution, Person, PersonRef } from '../../types.js';
import type { LinkedPerson } from './link-people.js';
import { rows, type Sql } from './sql.js';

/** An attribution whose unnamed description is a person the record knows, as it is to be written. */
export interface DescribedSpeaker {
  readonly attribution: Attribution;
  readonly personId: number;
}

/**
 * The one current person whose role words include all of `$1` (there are `$2`), hand merges followed
 * to the person that stands for them; two rows or more mean the role does not single anyone out.
 */
const HOLDERS = `
  WITH RECURSIVE holders AS (
    SELECT person_id AS id FROM person_role_words WHERE word = ANY($1::text[])
      GROUP BY person_id HAVING count(*) = $2
  ), chain (id, merged_into, depth) AS (
    SELECT p.id, p.merged_into, 0 FROM people p JOIN holders h ON h.id = p.id
    UNION ALL
    SELECT p.id, p.merged_into, chain.depth + 1 FROM people p JOIN chain ON p.id = chain.merged_into
      WHERE chain.depth < 1000
  )
  SELECT DISTINCT chain.id, p.name FROM chain JOIN people p ON p.id = chain.id
    WHERE chain.merged_into IS NULL LIMIT 2`;

/**
 * "The city's transit commissioner said", where the article names no one: the one person the record
 * knows by that role from other articles, linked to the article under the description it gives (one
 * local speaker per such person and article), as the SQLite store does (src/store/sqlite/write-document.ts).
 * Keyed by attribution id; attributions with a speaker, or whose description singles out no one, are not.
 */
export async function describedSpeakers(
  sql: Sql,
  articleId: number,
  attributions: readonly Attribution[],
  people: readonly Person[],
  linked: ReadonlyMap<string, LinkedPerson>,
): Promise<Map<string, DescribedSpeaker>> {
  const found = new Map<string, DescribedSpeaker>();
  // A described person the article also names keeps the article's own speaker for them.
  const speakers = new Map<number, PersonRef>(
    people.map((person) => [linked.get(person.id)!.personId, { id: person.id, name: person.name }]),
  );
  for (const attribution of attributions) {
    if (attribution.speaker || !attribution.source) continue;
    const words = describedRoleWords(attribution.source.text);
    if (words === null) continue;
    const holders = await rows<{ id: number; name: string }>(sql, HOLDERS, [[...words], words.size]);
    if (holders.length !== 1) continue;
    const holder = holders[0]!;
    let speaker = speakers.get(holder.id);
    if (!speaker) {
      speaker = { id: `described-${holder.id}`, name: holder.name };
      speakers.set(holder.id, speaker);
      await sql.query(
        'INSERT INTO article_people (article_id, local_id, person_id, name, reason) VALUES ($1, $2, $3, $4, $5)',
        [articleId, speaker.id, holder.id, attribution.source.text, describedReason(words, holder.name)],
      );
    }
    found.set(attribution.id, { attribution: { ...attribution, speaker }, personId: holder.id });
  }
  return found;
}
