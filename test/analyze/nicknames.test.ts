import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/analyze/context.js';
import { givenNameBeforeNickname } from '../../src/analyze/nicknames.js';
import { readText } from '../../src/read/index.js';
import { readAttributions } from '../helpers/read-attributions.js';

/** The word `givenNameBeforeNickname` finds before the family name `family` in `text`, or null. */
function givenBefore(text: string, family: string): string | null {
  const context = buildContext(readText(`Headline\n\n${text}`, { name: 't' }));
  const at = context.tokens.findIndex((token) => token.text === family);
  const given = givenNameBeforeNickname(context.tokens, at, 0);
  return given === -1 ? null : context.tokens[given]!.text;
}

// Original sentences written for these tests.
describe('givenNameBeforeNickname', () => {
  it('finds the given name before a nickname of one to three words, in straight or curly marks', () => {
    expect(givenBefore('Delegate Marcia "Cia" Price spoke first.', 'Price')).toBe('Marcia');
    expect(givenBefore('The boxer Declan “Big Dec” Fahy spoke first.', 'Fahy')).toBe('Declan');
    expect(givenBefore('Tomasz "Mr No-Pay" Wroblewski spoke first.', 'Wroblewski')).toBe('Tomasz');
  });

  it('finds none where the quoted words are no nickname', () => {
    expect(givenBefore('Fans of the "Blue" Army spoke first.', 'Army')).toBeNull();
    expect(givenBefore('She called it "a disgrace" Price said.', 'Price')).toBeNull();
    expect(givenBefore('Marcia Price spoke first.', 'Price')).toBeNull();
  });
});

describe('sources holding a nickname', () => {
  it('keep the whole name, nickname and all, before the cue', () => {
    expect(
      readAttributions('Delegate Marcia "Cia" Price shouted at the chair that the vote was wrong.'),
    ).toEqual([['Delegate Marcia "Cia" Price', 'shouted', 'Marcia Price', 'that the vote was wrong']]);
    expect(readAttributions('The boxer Declan “Big Dec” Fahy told reporters he would fight again.')).toEqual([
      ['The boxer Declan “Big Dec” Fahy', 'told', 'Declan Fahy', 'he would fight again'],
    ]);
  });
});
