import { describe, expect, it } from 'vitest';
import { normalizeDate, pickDate } from '../../../../src/read/html/meta/normalize-date.js';

describe('normalizeDate: machine forms', () => {
  it('keeps the offset the page gives and writes it ±HH:MM', () => {
    expect(normalizeDate('2024-03-12T10:00:00+02:00')).toBe('2024-03-12T10:00:00+02:00');
    expect(normalizeDate('2024-03-12T10:00:00+0200')).toBe('2024-03-12T10:00:00+02:00');
    expect(normalizeDate('2024-03-12T10:00+02')).toBe('2024-03-12T10:00:00+02:00');
    expect(normalizeDate('2024-03-12T22:30:00-05:00')).toBe('2024-03-12T22:30:00-05:00');
    expect(normalizeDate('2024-03-12 10:00:00 +0530')).toBe('2024-03-12T10:00:00+05:30');
  });

  it('keeps Z as Z and writes UTC and GMT as Z; +00:00 stays as given', () => {
    expect(normalizeDate('2024-03-12T08:00:00Z')).toBe('2024-03-12T08:00:00Z');
    expect(normalizeDate('2024-03-12T08:00:00 UTC')).toBe('2024-03-12T08:00:00Z');
    expect(normalizeDate('2024-03-12T08:00:00+00:00')).toBe('2024-03-12T08:00:00+00:00');
  });

  it('keeps fractions of a second as written and does not convert between zones', () => {
    expect(normalizeDate('2024-03-12T10:00:00.123456+02:00')).toBe('2024-03-12T10:00:00.123456+02:00');
    expect(normalizeDate('2024-03-12T10:00:00.000Z')).toBe('2024-03-12T10:00:00.000Z');
    expect(normalizeDate('2024-03-12T10:00:00,5Z')).toBe('2024-03-12T10:00:00.5Z');
  });

  it('gives a date alone where only a date is given, and a local time where no offset is', () => {
    expect(normalizeDate('2024-03-12')).toBe('2024-03-12');
    expect(normalizeDate('20240312')).toBe('2024-03-12');
    expect(normalizeDate('2024-03-12T10:00:00')).toBe('2024-03-12T10:00:00');
  });

  it('reads the basic ISO form and Unix times', () => {
    expect(normalizeDate('20240312T100000Z')).toBe('2024-03-12T10:00:00Z');
    expect(normalizeDate('1710237600')).toBe('2024-03-12T10:00:00Z');
    expect(normalizeDate(1710237600000)).toBe('2024-03-12T10:00:00Z');
  });
});

describe('normalizeDate: written-out dates', () => {
  it('reads English dates with times and zones', () => {
    expect(normalizeDate('March 12, 2024')).toBe('2024-03-12');
    expect(normalizeDate('Published: Tuesday, 12 March 2024')).toBe('2024-03-12');
    expect(normalizeDate('Mar. 12, 2024 10:05 a.m. EST')).toBe('2024-03-12T10:05:00-05:00');
    expect(normalizeDate('March 12, 2024 at 3 p.m.')).toBe('2024-03-12T15:00:00');
    expect(normalizeDate('12 Mar 2024, 12:30 pm')).toBe('2024-03-12T12:30:00');
    expect(normalizeDate('12 Mar 2024, 12:30 am')).toBe('2024-03-12T00:30:00');
  });

  it('reads the RFC 2822 form of feeds and HTTP headers', () => {
    expect(normalizeDate('Tue, 12 Mar 2024 10:00:00 +0200')).toBe('2024-03-12T10:00:00+02:00');
    expect(normalizeDate('Tue, 12 Mar 2024 08:00:00 GMT')).toBe('2024-03-12T08:00:00Z');
  });

  it('reads Ukrainian and Russian dates, time before or after', () => {
    expect(normalizeDate('12 березня 2024')).toBe('2024-03-12');
    expect(normalizeDate('10:00, 12 березня 2024')).toBe('2024-03-12T10:00:00');
    expect(normalizeDate('Опубліковано 1 вересня 2023 р. о 18:45')).toBe('2023-09-01T18:45:00');
    expect(normalizeDate('12 марта 2024 г., 10:00 МСК')).toBe('2024-03-12T10:00:00+03:00');
    expect(normalizeDate('5 Декабря 2023')).toBe('2023-12-05');
  });

  it('reads German, French and Spanish dates', () => {
    expect(normalizeDate('12. März 2024, 10:30 Uhr')).toBe('2024-03-12T10:30:00');
    expect(normalizeDate('12. März 2024 um 10.30 Uhr')).toBe('2024-03-12T10:30:00');
    expect(normalizeDate('1er mars 2024 à 10h30')).toBe('2024-03-01T10:30:00');
    expect(normalizeDate('Publié le 12 août 2024')).toBe('2024-08-12');
    expect(normalizeDate('12 de marzo de 2024')).toBe('2024-03-12');
    expect(normalizeDate('3 de diciembre de 2023, 21:15 CET')).toBe('2023-12-03T21:15:00+01:00');
  });

  it('reads numeric dates only where the order is certain', () => {
    expect(normalizeDate('12.03.2024')).toBe('2024-03-12');
    expect(normalizeDate('12.03.2024 10:00')).toBe('2024-03-12T10:00:00');
    expect(normalizeDate('2024/03/12')).toBe('2024-03-12');
    expect(normalizeDate('25/03/2024')).toBe('2024-03-25');
    expect(normalizeDate('03/25/2024')).toBe('2024-03-25');
    // March 4 in the United States, 3 April elsewhere: nothing on the page says which.
    expect(normalizeDate('03/04/2024')).toBeNull();
  });
});

describe('normalizeDate: what is not a date', () => {
  it('gives null for relative times in every language', () => {
    for (const relative of [
      '3 days ago',
      'Updated 2 hours ago',
      'vor 2 Stunden',
      'il y a 3 heures',
      'hace 5 minutos',
      '2 години тому',
      '3 часа назад',
      'yesterday',
      'Today, 10:00',
      'сьогодні о 10:00',
    ]) {
      expect(normalizeDate(relative), relative).toBeNull();
    }
  });

  it('gives null for impossible and placeholder dates', () => {
    for (const invalid of [
      '2024-02-30',
      '2023-02-29',
      '2024-13-01',
      '2024-03-12T25:00:00Z',
      '2024-03-12T10:61:00Z',
      '0001-01-01T00:00:00',
      '1970-01-01T00:00:00Z',
      '0',
      'March 32, 2024',
      '12 March',
      'TBD',
      '',
      '   ',
    ]) {
      expect(normalizeDate(invalid), invalid).toBeNull();
    }
    expect(normalizeDate(null)).toBeNull();
    expect(normalizeDate({ '@value': '2024-03-12' })).toBeNull();
  });

  it('keeps the day of a timestamp whose offset is impossible, since the time cannot be placed', () => {
    expect(normalizeDate('2024-03-12T10:00:00+25:00')).toBe('2024-03-12');
  });

  it('accepts a leap day', () => {
    expect(normalizeDate('2024-02-29')).toBe('2024-02-29');
  });
});

describe('pickDate', () => {
  it('takes the first valid date in order of trust', () => {
    expect(pickDate(['3 days ago', 'not a date', '2024-03-12T10:00:00Z', '2024-01-01'])).toBe(
      '2024-03-12T10:00:00Z',
    );
    expect(pickDate([])).toBeNull();
  });

  it('takes a later source that gives the time of the same day', () => {
    expect(pickDate(['2024-03-12', '2024-03-12T10:00:00+02:00'])).toBe('2024-03-12T10:00:00+02:00');
    expect(pickDate(['2024-03-12', '2024-03-11T10:00:00+02:00'])).toBe('2024-03-12');
  });
});
