import { describe, expect, it } from 'vitest';
import { cleanAuthorName, dedupeNames, splitAuthors } from '../../../../src/read/html/meta/split-authors.js';

describe('splitAuthors', () => {
  it('removes the "By" of bylines in each language', () => {
    expect(splitAuthors('By Jane Doe')).toEqual(['Jane Doe']);
    expect(splitAuthors('by Jane Doe')).toEqual(['Jane Doe']);
    expect(splitAuthors('Von Anna Beispiel')).toEqual(['Anna Beispiel']);
    expect(splitAuthors('Par Jeanne Exemple')).toEqual(['Jeanne Exemple']);
    expect(splitAuthors('Por Lucía Ejemplo')).toEqual(['Lucía Ejemplo']);
    expect(splitAuthors('Автор: Олена Приклад')).toEqual(['Олена Приклад']);
    expect(splitAuthors('Авторка: Олена Приклад')).toEqual(['Олена Приклад']);
    expect(splitAuthors('Written by Jane Doe')).toEqual(['Jane Doe']);
  });

  it('splits "A and B", "A, B and C", "A & B" and their equivalents', () => {
    expect(splitAuthors('By Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(splitAuthors('Jane Doe, John Roe and Max Sample')).toEqual(['Jane Doe', 'John Roe', 'Max Sample']);
    expect(splitAuthors('Jane Doe, John Roe, and Max Sample')).toEqual([
      'Jane Doe',
      'John Roe',
      'Max Sample',
    ]);
    expect(splitAuthors('Jane Doe & John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(splitAuthors('Von Anna Beispiel und Max Muster')).toEqual(['Anna Beispiel', 'Max Muster']);
    expect(splitAuthors('Par Jeanne Exemple et Paul Modèle')).toEqual(['Jeanne Exemple', 'Paul Modèle']);
    expect(splitAuthors('Олена Приклад і Петро Зразок')).toEqual(['Олена Приклад', 'Петро Зразок']);
    expect(splitAuthors('Олена Приклад та Петро Зразок')).toEqual(['Олена Приклад', 'Петро Зразок']);
    expect(splitAuthors('Анна Пример и Иван Образцов')).toEqual(['Анна Пример', 'Иван Образцов']);
    expect(splitAuthors('Jane Doe; John Roe')).toEqual(['Jane Doe', 'John Roe']);
  });

  it('keeps the names of a byline line and drops its date and labels', () => {
    expect(splitAuthors('By Jane Doe | Published March 12, 2024')).toEqual(['Jane Doe']);
    expect(splitAuthors('By Jane Doe • 5 min read')).toEqual(['Jane Doe']);
    expect(splitAuthors('Jane Doe — Updated 3 hours ago')).toEqual(['Jane Doe']);
  });

  it('drops roles, addresses and lower-case labels', () => {
    expect(splitAuthors('Jane Doe, Staff Writer')).toEqual(['Jane Doe']);
    expect(splitAuthors('Jane Doe, Senior Political Correspondent')).toEqual(['Jane Doe']);
    expect(splitAuthors('https://www.facebook.example/jane.doe')).toEqual([]);
    expect(splitAuthors('jane.doe@news.example')).toEqual([]);
    expect(splitAuthors('Jane Doe (jane@news.example)')).toEqual(['Jane Doe']);
    expect(splitAuthors('admin')).toEqual([]);
    expect(splitAuthors('By')).toEqual([]);
  });

  it('drops the outlet named beside a name on its own page, and keeps another organisation as a credit', () => {
    expect(splitAuthors('Jane Doe, Kyiv Ledger', { outlets: ['Kyiv Ledger'] })).toEqual(['Jane Doe']);
    expect(splitAuthors('Jane Doe and Northern Wire Agency', { outlets: ['Kyiv Ledger'] })).toEqual([
      'Jane Doe',
      'Northern Wire Agency',
    ]);
    // The outlet alone is kept: it is then the author.
    expect(splitAuthors('Kyiv Ledger', { outlets: ['Kyiv Ledger'] })).toEqual(['Kyiv Ledger']);
  });

  it('drops a one-word affiliation or place beside a full name, and keeps one alone', () => {
    expect(splitAuthors('By Jane Doe, Reuters')).toEqual(['Jane Doe']);
    expect(splitAuthors('Jane Doe/Reuters')).toEqual(['Jane Doe']);
    expect(splitAuthors('Олена Приклад, Київ')).toEqual(['Олена Приклад']);
    expect(splitAuthors('By Reuters')).toEqual(['Reuters']);
    expect(splitAuthors('AFP')).toEqual(['AFP']);
  });

  it('drops parentheses, other credits, degrees and unsigned-story credits', () => {
    expect(splitAuthors('Jane Doe (Kyiv Ledger)')).toEqual(['Jane Doe']);
    expect(splitAuthors('Reporting by Jane Doe; Editing by John Roe')).toEqual(['Jane Doe']);
    expect(splitAuthors('Words by Jane Doe | Photos by John Roe')).toEqual(['Jane Doe']);
    expect(splitAuthors('Jane Doe, Ph.D.')).toEqual(['Jane Doe']);
    expect(splitAuthors('Jane Doe Special to the Ledger')).toEqual(['Jane Doe']);
    expect(splitAuthors('From staff reports')).toEqual([]);
    expect(splitAuthors('Текст: Иван Образцов')).toEqual(['Иван Образцов']);
  });

  it('gives names set in capitals in ordinary case, and drops a wire credit after them', () => {
    expect(splitAuthors('By JANE DOE')).toEqual(['Jane Doe']);
    expect(splitAuthors('By RUTH EXAMPLE-SMITH Northwire')).toEqual(['Ruth Example-Smith']);
    expect(splitAuthors("By SEAN O'EXAMPLE and MARY ROE")).toEqual(["Sean O'Example", 'Mary Roe']);
    // One word in capitals is an acronym.
    expect(splitAuthors('AFP')).toEqual(['AFP']);
  });

  it('reads each line of a byline as a field', () => {
    expect(splitAuthors('By JANE DOE\nStaff Writer')).toEqual(['Jane Doe']);
    expect(splitAuthors('By Jane Doe and\nJohn Roe')).toEqual(['Jane Doe', 'John Roe']);
  });

  it('drops "the newsroom" credits in each language', () => {
    expect(splitAuthors('Von der Redaktion')).toEqual([]);
    expect(splitAuthors('Par la rédaction')).toEqual([]);
    expect(splitAuthors('By the Editors')).toEqual([]);
  });

  it('drops the place a correspondent writes from', () => {
    expect(splitAuthors('Jane Doe in Kyiv and John Roe in Warsaw')).toEqual(['Jane Doe', 'John Roe']);
  });

  it('lists each name once', () => {
    expect(splitAuthors('Jane Doe and JANE DOE, Jane Doe')).toEqual(['Jane Doe']);
    expect(dedupeNames(['Jane Doe', 'jane doe', 'John Roe'])).toEqual(['Jane Doe', 'John Roe']);
  });

  it('returns nothing for what is not text', () => {
    expect(splitAuthors(null)).toEqual([]);
    expect(splitAuthors(42)).toEqual([]);
    expect(splitAuthors({ name: 'Jane Doe' })).toEqual([]);
    expect(splitAuthors('   ')).toEqual([]);
  });
});

describe('cleanAuthorName', () => {
  it('keeps an organisation name whole', () => {
    expect(cleanAuthorName('Procter & Gamble Newsroom')).toBe('Procter & Gamble Newsroom');
    expect(cleanAuthorName('  Kyiv   Ledger ')).toBe('Kyiv Ledger');
  });

  it('caps a long name and refuses what is not a name', () => {
    expect(cleanAuthorName('https://news.example/about')).toBeNull();
    expect(cleanAuthorName('By')).toBeNull();
    expect(cleanAuthorName('A '.repeat(300))).toBeNull();
  });
});
