/**
 * One person across scripts and spellings, on the multilingual corpus's people (samples/multilingual/
 * people.json, read at run time): every two full names of one person link, in both directions (each taken
 * as the known person's name and the other as found), and no full names of two people link, in either.
 */
import { describe, expect, it } from 'vitest';
import { decidePerson, type KnownPerson } from '../../src/link/link-person.js';
import { parsePersonName } from '../../src/link/person-name.js';
import { fullNameForms, pairwiseScore, readCorpusPeople } from '../helpers/multilingual-people.js';

/** Whether a person found as `found` joins a person known as `known`, as the store asks it. */
function joins(known: string, found: string): boolean {
  const knownName = parsePersonName(known)!;
  const foundName = parsePersonName(found)!;
  const person: KnownPerson = { id: 1, name: knownName, roleWords: new Set(), companions: new Set() };
  const decision = decidePerson(
    { name: foundName, roleWords: new Set(), companions: new Set() },
    knownName.key === foundName.key ? person : null,
    knownName.familyKey === foundName.familyKey ? [person] : [],
  );
  return decision.kind === 'known';
}

describe('people across scripts (samples/multilingual/people.json)', () => {
  const forms = fullNameForms(readCorpusPeople());

  it('reads the full names of every person', () => {
    expect(forms.length).toBeGreaterThan(40);
    expect(forms.map(({ form }) => form)).toEqual(
      expect.arrayContaining(['Остап Вербицкий', 'Ostap Werbyzkyj', 'Еліз Маршан', 'Olena Kravets']),
    );
  });

  it('links every two full names of one person and none of two people: pairwise P >= 0.98, R >= 0.90', () => {
    const score = pairwiseScore(forms, (a, b) => joins(a.form, b.form) && joins(b.form, a.form));
    const either = pairwiseScore(forms, (a, b) => joins(a.form, b.form) || joins(b.form, a.form));
    console.log(
      `people across scripts: ${forms.length} full names, pairwise P ${either.precision.toFixed(3)} ` +
        `R ${score.recall.toFixed(3)}; missed: ${score.missed.join('; ') || 'none'}`,
    );
    expect(either.wrong).toEqual([]);
    expect(either.precision).toBeGreaterThanOrEqual(0.98);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });
});
