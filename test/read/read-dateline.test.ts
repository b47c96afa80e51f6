import { describe, expect, it } from 'vitest';
import { readDateline } from '../../src/read/read-dateline.js';

describe('readDateline', () => {
  it('reads an outlet and a day-month-year date on their own line', () => {
    expect(readDateline('Lakeside Herald, 14 March 2024')).toEqual({
      end: 30,
      restStart: null,
      place: 'Lakeside Herald',
      published: '2024-03-14',
      outlet: 'Lakeside Herald',
    });
  });

  it('reads an outlet and a month-day-year date, with a final period', () => {
    expect(readDateline('Lakeside Herald, March 14, 2024.')).toMatchObject({
      published: '2024-03-14',
      outlet: 'Lakeside Herald',
      restStart: null,
    });
  });

  it('reads an outlet written as a web address', () => {
    expect(readDateline('harbourtimes.example, 2 Feb 2024')).toMatchObject({
      published: '2024-02-02',
      outlet: 'harbourtimes.example',
    });
  });

  it('reads a wire dateline opening a paragraph: city, date, agency in parentheses, dash', () => {
    const value = 'OSTRAVIK, Jan 24, 2024 (Coastal Wire) — The port reopened on Wednesday.';
    const dateline = readDateline(value);
    expect(dateline).toMatchObject({ place: 'OSTRAVIK', published: '2024-01-24', outlet: 'Coastal Wire' });
    expect(value.slice(0, dateline?.end)).toBe('OSTRAVIK, Jan 24, 2024 (Coastal Wire) —');
    expect(value.slice(dateline?.restStart ?? 0)).toBe('The port reopened on Wednesday.');
  });

  it('reads an abbreviated month with a period and a hyphen as the dash', () => {
    const value = 'WASHINGTON, Jan. 24, 2024 (Reuters) - Lawmakers met late into the night.';
    const dateline = readDateline(value);
    expect(dateline).toMatchObject({ place: 'WASHINGTON', published: '2024-01-24', outlet: 'Reuters' });
    expect(value.slice(0, dateline?.end)).toBe('WASHINGTON, Jan. 24, 2024 (Reuters) -');
  });

  it('reads every month name, full and abbreviated, with or without a period', () => {
    expect(readDateline('Gazette, 1 Sept. 2023')?.published).toBe('2023-09-01');
    expect(readDateline('Gazette, 1 Sep 2023')?.published).toBe('2023-09-01');
    expect(readDateline('Gazette, December 31, 1999')?.published).toBe('1999-12-31');
    expect(readDateline('Gazette, May 5, 2020')?.published).toBe('2020-05-05');
  });

  it('reads a wire dateline without a year: an outlet but no published date', () => {
    expect(readDateline('NEW HAVEN, Nov. 19 (Press Service) — The vote was close.')).toMatchObject({
      place: 'NEW HAVEN',
      published: null,
      outlet: 'Press Service',
    });
  });

  it('reads a place and an agency without a date', () => {
    expect(readDateline('Porto (Iberia Wire) – Fishermen blocked the harbour.')).toMatchObject({
      place: 'Porto',
      published: null,
      outlet: 'Iberia Wire',
    });
  });

  it('reads a city in capitals before a dash, with a state abbreviation', () => {
    const value = 'SPRINGDALE, N.H. - The mayor spoke first.';
    expect(readDateline(value)).toMatchObject({ place: 'SPRINGDALE, N.H.', published: null, outlet: null });
  });

  it('rejects sentences, kickers and impossible dates', () => {
    expect(readDateline('The mayor — who spoke first — left early.')).toBeNull();
    expect(readDateline('By now, everyone knew.')).toBeNull();
    expect(readDateline('EXCLUSIVE – The mayor speaks.')).toBeNull();
    expect(readDateline('Gazette, 31 February 2024')).toBeNull();
    expect(readDateline('SPRINGDALE')).toBeNull();
    expect(readDateline('Jean-Paul Dumont said the port would reopen.')).toBeNull();
  });
});
