/**
 * The people of the multilingual corpus (samples/multilingual/people.json), read at run time: each person's
 * written forms, and of them the full names, the forms with a given name that carry no title (a titled form,
 * "Energieminister Ostap Werbyzkyj" or "la maire Halyna Dovzhenko", is a shorter listed form with a title
 * before it, which extraction takes off; a form with a word in lower case has one).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePersonName } from '../../src/link/person-name.js';

export interface CorpusPerson {
  readonly key: string;
  readonly forms: readonly string[];
}

export interface WrittenForm {
  readonly person: string;
  readonly form: string;
}

const file = fileURLToPath(new URL('../../samples/multilingual/people.json', import.meta.url));

export function readCorpusPeople(): CorpusPerson[] {
  const people = JSON.parse(readFileSync(file, 'utf8')) as Record<
    string,
    { name: string; aliases: string[] }
  >;
  return Object.entries(people).map(([key, { name, aliases }]) => ({
    key,
    forms: [...new Set([name, ...aliases])],
  }));
}

/** Every person's full names, the forms pairwise linking is measured on. */
export function fullNameForms(people: readonly CorpusPerson[]): WrittenForm[] {
  return people.flatMap(({ key, forms }) => {
    const longer = forms.filter((form) => form.includes(' '));
    return forms
      .filter(
        (form) =>
          form.split(' ').every((word) => /^\p{Lu}/u.test(word)) &&
          !longer.some((other) => other !== form && form.endsWith(` ${other}`)) &&
          (parsePersonName(form)?.given.length ?? 0) > 0,
      )
      .map((form) => ({ person: key, form }));
  });
}

/** Pairwise precision and recall of "linked" over every pair of forms, against "one person". */
export function pairwiseScore(
  forms: readonly WrittenForm[],
  linked: (a: WrittenForm, b: WrittenForm) => boolean,
): { precision: number; recall: number; missed: string[]; wrong: string[] } {
  let truePairs = 0;
  let predicted = 0;
  let gold = 0;
  const missed: string[] = [];
  const wrong: string[] = [];
  forms.forEach((a, i) => {
    forms.slice(i + 1).forEach((b) => {
      const same = a.person === b.person;
      const link = linked(a, b);
      gold += Number(same);
      predicted += Number(link);
      truePairs += Number(same && link);
      if (same && !link) missed.push(`${a.form} ~ ${b.form}`);
      if (!same && link) wrong.push(`${a.form} ~ ${b.form}`);
    });
  });
  return { precision: predicted === 0 ? 1 : truePairs / predicted, recall: truePairs / gold, missed, wrong };
}
