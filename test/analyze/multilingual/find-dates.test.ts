/** Dates in the five languages, against a publication day (src/analyze/multilingual/find-dates.ts). */
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/analyze/calendar.js';
import { dateIn, goesOn } from '../../../src/analyze/multilingual/find-dates.js';
import { rulesFor } from '../../../src/analyze/multilingual/languages.js';

// A Wednesday.
const published = dayNumber(2026, 3, 4);
const valueIn = (language: string, text: string) =>
  dateIn(text, { start: 0, end: text.length }, rulesFor(language)!, published)?.value ?? null;

describe('dateIn', () => {
  it('reads dates written out, with and without a year, in each language', () => {
    expect(valueIn('uk', 'сказав він 18 лютого')).toBe('2026-02-18');
    expect(valueIn('ru', 'заявил 3 декабря 2025 года')).toBe('2025-12-03');
    expect(valueIn('de', 'sagte sie am 3. März')).toBe('2026-03-03');
    expect(valueIn('fr', 'a-t-il déclaré le 28 décembre')).toBe('2025-12-28');
    expect(valueIn('es', 'dijo el 2 de marzo')).toBe('2026-03-02');
  });
  it('reads weekdays as the last such day up to publication, and today and yesterday', () => {
    expect(valueIn('uk', 'заявив у вівторок')).toBe('2026-03-03');
    // Published on a Wednesday: "on Wednesday" is that day, "last Wednesday" the week before.
    expect(valueIn('ru', 'сказал в среду')).toBe('2026-03-04');
    expect(valueIn('ru', 'сказал в прошлую среду')).toBe('2026-02-25');
    expect(valueIn('de', 'sagte am vergangenen Mittwoch')).toBe('2026-02-25');
    expect(valueIn('de', 'sagte am Dienstagabend')).toBe('2026-03-03');
    expect(valueIn('fr', 'a déclaré mercredi dernier')).toBe('2026-02-25');
    expect(valueIn('de', 'sagte er am Montag')).toBe('2026-03-02');
    expect(valueIn('fr', 'a déclaré vendredi')).toBe('2026-02-27');
    expect(valueIn('es', 'dijo ayer')).toBe('2026-03-03');
    expect(valueIn('uk', 'сказала сьогодні')).toBe('2026-03-04');
    expect(valueIn('de', 'sagte er')).toBeNull();
  });
});

describe('goesOn', () => {
  it('knows the cues that continue earlier words', () => {
    expect(goesOn('додала')).toBe(true);
    expect(goesOn('a-t-il ajouté')).toBe(true);
    expect(goesOn('añadió')).toBe(true);
    expect(goesOn('sagte')).toBe(false);
  });
});
