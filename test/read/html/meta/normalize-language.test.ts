import { describe, expect, it } from 'vitest';
import { normalizeLanguage } from '../../../../src/read/html/meta/normalize-language.js';

describe('normalizeLanguage', () => {
  it('gives the primary subtag in lower case', () => {
    expect(normalizeLanguage('uk-UA')).toBe('uk');
    expect(normalizeLanguage('en_GB')).toBe('en');
    expect(normalizeLanguage('RU')).toBe('ru');
    expect(normalizeLanguage(' de ')).toBe('de');
    expect(normalizeLanguage('zh-Hant-TW')).toBe('zh');
  });

  it('takes the first of a list, as content-language may give', () => {
    expect(normalizeLanguage('de, en')).toBe('de');
  });

  it('maps three-letter codes, English names and withdrawn tags', () => {
    expect(normalizeLanguage('ukr')).toBe('uk');
    expect(normalizeLanguage('Ukrainian')).toBe('uk');
    expect(normalizeLanguage('iw')).toBe('he');
    expect(normalizeLanguage('fil')).toBe('fil');
  });

  it('gives null when no language is named', () => {
    for (const value of [
      'und',
      'mul',
      'zxx',
      'x-default',
      '',
      '  ',
      '12',
      'en-',
      'a',
      'english language',
      null,
      7,
    ]) {
      const expected = value === 'en-' || value === 'english language' ? 'en' : null;
      expect(normalizeLanguage(value), String(value)).toBe(expected);
    }
  });
});
