/**
 * A person's roles over time: the same role named in many articles is one line, dated from the first to the
 * last article that names it (the role's own date when the text gives one), oldest first.
 */
import type { PersonDetail, StoredRole } from '../../../store/index.js';
import type { RoleTime } from '../../../types.js';

export interface RoleSpell {
  readonly text: string;
  readonly time: RoleTime;
  readonly from: string | null;
  readonly to: string | null;
  /** The articles naming it, in order of date (undated last). */
  readonly articleIds: readonly number[];
}

/** When each article of the person's statements was published, from what the page already has. */
function publicationDates(person: PersonDetail): Map<number, string | null> {
  const dates = new Map<number, string | null>();
  for (const statement of person.statements)
    for (const report of statement.reports)
      dates.set(report.article.id, report.article.published?.slice(0, 10) ?? null);
  return dates;
}

const roleKey = (role: StoredRole): string => `${role.time}\u0000${role.text.toLowerCase()}`;

export function roleHistory(person: PersonDetail): RoleSpell[] {
  const dates = publicationDates(person);
  const groups = new Map<
    string,
    { text: string; time: RoleTime; dated: { id: number; date: string | null }[] }
  >();
  for (const role of person.roles) {
    const group = groups.get(roleKey(role)) ?? { text: role.text, time: role.time, dated: [] };
    group.dated.push({ id: role.article.id, date: role.at ?? dates.get(role.article.id) ?? null });
    groups.set(roleKey(role), group);
  }
  const spells = [...groups.values()].map((group) => {
    const dated = [...group.dated].sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff'));
    const known = dated.map((entry) => entry.date).filter((date): date is string => date !== null);
    return {
      text: group.text,
      time: group.time,
      from: known[0] ?? null,
      to: known[known.length - 1] ?? null,
      articleIds: [...new Set(dated.map((entry) => entry.id))],
    };
  });
  return spells.sort(
    (a, b) => (a.from ?? '\uffff').localeCompare(b.from ?? '\uffff') || a.text.localeCompare(b.text),
  );
}
