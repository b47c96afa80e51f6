import { describe, expect, it } from 'vitest';
import { decidePerson, type KnownPerson } from '../../src/link/link-person.js';
import { parsePersonName } from '../../src/link/person-name.js';
import { roleWords } from '../../src/link/role-words.js';

const name = (text: string) => parsePersonName(text)!;
const known = (id: number, text: string, roles: string[] = [], companions: number[] = []): KnownPerson => ({
  id,
  name: name(text),
  roleWords: roleWords(roles),
  companions: new Set(companions),
});
const found = (text: string, roles: string[] = [], companions: number[] = []) => ({
  name: name(text),
  roleWords: roleWords(roles),
  companions: new Set(companions),
});

describe('parsePersonName', () => {
  it('keeps given names, family name and suffix, without titles', () => {
    expect(name('Marten Vos Jr.')).toMatchObject({
      given: ['marten'],
      family: 'vos',
      suffix: 'jr',
      key: 'marten vos jr',
    });
    expect(name('Mayor Lena Okafor').key).toBe('lena okafor');
    expect(name('Okafor')).toMatchObject({ given: [], family: 'okafor' });
  });

  it('reads French "M." before a family name alone as Monsieur, not as an initial', () => {
    expect(name('M. Okafor')).toMatchObject({ given: [], family: 'okafor' });
    expect(name('M. J. Okafor')).toMatchObject({ given: ['m', 'j'], family: 'okafor' });
  });
});

describe('decidePerson', () => {
  const lena = known(1, 'Lena Okafor', ['mayor of Dunmore']);
  const ruth = known(2, 'Ruth Okafor', ['judge'], [7]);

  it('joins an equal full name and gives the reason', () => {
    expect(decidePerson(found('Lena Okafor'), lena, [lena, ruth])).toEqual({
      kind: 'known',
      id: 1,
      reason: 'same name "lena okafor"',
    });
  });

  it('never joins different given names or a suffix', () => {
    expect(decidePerson(found('Bill Okafor'), null, [lena, ruth]).kind).toBe('new');
    expect(decidePerson(found('Marten Vos Jr.'), null, [known(3, 'Marten Vos')]).kind).toBe('new');
  });

  it('joins a family name alone only on evidence that singles one person out', () => {
    expect(decidePerson(found('Okafor', ['Mayor']), null, [lena, ruth])).toMatchObject({
      kind: 'known',
      id: 1,
    });
    expect(decidePerson(found('Okafor', [], [7]), null, [lena, ruth])).toMatchObject({
      kind: 'known',
      id: 2,
    });
    const undecided = decidePerson(found('Okafor'), null, [lena, ruth]);
    expect(undecided.kind).toBe('new');
    expect(undecided.reason).toContain('no evidence decides');
  });

  it('joins a family name alone to the only bearer known, unless their roles disagree', () => {
    expect(decidePerson(found('Okafor'), null, [lena])).toMatchObject({ kind: 'known', id: 1 });
    expect(decidePerson(found('Okafor', ['bishop']), null, [lena]).kind).toBe('new');
  });

  it('reads two family names written alone as a family name alone, joined to whose name ends on both', () => {
    const ines = known(4, 'Inés Carvajal Ortega', ['minister for emergency management']);
    const pilar = known(5, 'Pilar Ortega', ['judge']);
    expect(decidePerson(found('Carvajal Ortega', ['minister']), null, [ines, pilar])).toEqual({
      kind: 'known',
      id: 4,
      reason: '"carvajal ortega" is inés carvajal ortega: same role (minister)',
    });
    expect(decidePerson(found('Carvajal Ortega'), null, [ines, pilar])).toMatchObject({
      kind: 'known',
      id: 4,
    });
    // Two bearers and nothing to choose: a person of its own; and a given name first is a full name.
    const ana = known(6, 'Ana Carvajal Ortega', ['architect']);
    expect(decidePerson(found('Carvajal Ortega'), null, [ines, ana]).kind).toBe('new');
    expect(decidePerson(found('Lena Ortega'), null, [ines, pilar]).kind).toBe('new');
  });
});

describe('decidePerson across scripts and spellings', () => {
  const ostap = known(1, 'Ostap Verbytskyi', ['energy minister']);
  const maksym = known(2, 'Maksym Kravets', ['chairman'], [9]);
  const olena = known(3, 'Olena Kravets', ['teacher']);

  it('joins a full name written in another script or spelling, and says so', () => {
    expect(decidePerson(found('Остап Вербицкий'), null, [ostap])).toEqual({
      kind: 'known',
      id: 1,
      reason: '"остап вербицкий" is ostap verbytskyi spelled otherwise',
    });
    expect(decidePerson(found('Ostap Werbyzkyj'), null, [ostap])).toMatchObject({ kind: 'known', id: 1 });
  });

  it('keeps namesakes apart, and leaves a name equally near two people to a person of its own', () => {
    expect(decidePerson(found('Олена Кравець'), null, [maksym]).kind).toBe('new');
    expect(decidePerson(found('Олена Кравець'), null, [maksym, olena])).toMatchObject({ id: 3 });
    const undecided = decidePerson(found('Ihor Svetlov'), null, [
      known(4, 'Ihor Svitlov'),
      known(5, 'Ihor Svotlov'),
    ]);
    expect(undecided).toMatchObject({ kind: 'new' });
    expect(undecided.reason).toContain('no spelling decides');
  });

  it('joins a family name alone in another script on the same evidence as in one', () => {
    expect(decidePerson(found('Вербицький'), null, [ostap])).toMatchObject({ kind: 'known', id: 1 });
    expect(decidePerson(found('Кравець'), null, [maksym, olena]).kind).toBe('new');
    expect(decidePerson(found('Кравець', [], [9]), null, [maksym, olena])).toMatchObject({ id: 2 });
  });
});
