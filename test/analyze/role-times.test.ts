import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

/** Every role found, as `name: role (time at)`, for a body published on 2025-03-14. */
function roles(body: string): string[] {
  return extract(`2025-03-14 Harbour board meets\n\n${body}`).people.flatMap((person) =>
    person.roles.map((role) => `${person.name}: ${role.text} (${role.time}${role.at ? ` ${role.at}` : ''})`),
  );
}

// Original sentences written for these tests.
describe('roleTime', () => {
  it('reads former roles, and current ones by default', () => {
    expect(
      roles('Former mayor Anna Holt said the council had lied. Mayor Lena Brandt said it had not.'),
    ).toEqual(['Anna Holt: Former mayor (former)', 'Lena Brandt: Mayor (current)']);
    expect(roles('Ex-minister Paul Kern said the pier was unsafe.')).toEqual([
      'Paul Kern: minister (former)',
    ]);
  });

  it('dates a role held "at the time" by the statement it belongs to', () => {
    expect(
      roles(
        'Lena Brandt recalled a tense meeting with the board in June 2019.\n\nAs Tomas Reyes, who was the port director at the time, said, the cranes were failing.',
      ),
    ).toEqual(['Tomas Reyes: port director (then 2019-06)']);
  });

  it('dates "then" roles by the said-at of their statement, and leaves an undated one without a date', () => {
    expect(
      roles(
        'In 2019, the board met Lena Brandt. Anna Holt, the then finance minister, said the budget was tight.',
      ),
    ).toEqual(['Anna Holt: then finance minister (then 2019)']);
    expect(roles('Then-governor Mark Ellis said the pier was safe.')).toEqual([
      'Mark Ellis: governor (then)',
    ]);
  });
});
