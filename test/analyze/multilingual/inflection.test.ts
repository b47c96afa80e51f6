/** Names in their case forms (src/analyze/multilingual/inflection.ts). */
import { describe, expect, it } from 'vitest';
import {
  familyNominatives,
  givenNameForms,
  sameFamilyName,
} from '../../../src/analyze/multilingual/inflection.js';

describe('familyNominatives', () => {
  it('guesses the nominative of Ukrainian and Russian family names in oblique cases', () => {
    expect(familyNominatives('Гнатюка')).toContain('гнатюк');
    expect(familyNominatives('Лисенкові')).toContain('лисенко');
    expect(familyNominatives('Стрільця')).toContain('стрілець');
    expect(familyNominatives('Ковальського')).toContain('ковальський');
    expect(familyNominatives('Петровой')).toContain('петрова');
    expect(familyNominatives('Соколову')).toContain('соколов');
  });
  it('takes a German genitive -s off', () => {
    expect(familyNominatives('Hnatjuks')).toContain('hnatjuk');
  });
});

describe('sameFamilyName', () => {
  it('joins the case forms of one name and keeps different names apart', () => {
    expect(sameFamilyName('Ковальський', 'Ковальському')).toBe(true);
    expect(sameFamilyName('Стрілець', 'Стрільцем')).toBe(true);
    expect(sameFamilyName('Петрова', 'Петровій')).toBe(true);
    expect(sameFamilyName('Ковальський', 'Коваленко')).toBe(false);
    expect(sameFamilyName('Петров', 'Петренко')).toBe(false);
  });
});

describe('givenNameForms', () => {
  it('lists the case forms of given names of each ending', () => {
    expect(givenNameForms('тарас')).toEqual(expect.arrayContaining(['тараса', 'тарасові', 'тарасом']));
    expect(givenNameForms('ірина')).toEqual(expect.arrayContaining(['ірини', 'ірину', 'іриною']));
    expect(givenNameForms('андрій')).toEqual(expect.arrayContaining(['андрія', 'андрієм']));
  });
});
