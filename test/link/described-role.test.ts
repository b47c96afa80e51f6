import { describe, expect, it } from 'vitest';
import { describedRoleWords } from '../../src/link/described-role.js';

const words = (source: string): string[] | null => {
  const found = describedRoleWords(source);
  return found === null ? null : [...found].sort();
};

describe('describedRoleWords', () => {
  it('reads the role words of a definite description with or without a possessor', () => {
    expect(words("The city's transit commissioner")).toEqual(['commissioner', 'transit']);
    expect(words('the transit commissioner, whose office licenses the network,')).toEqual([
      'commissioner',
      'transit',
    ]);
    expect(words("Corvina's chief financial officer")).toEqual(['financial', 'officer']);
    expect(words("Port Marrick's harbour master")).toBeNull(); // "master" heads no role the lexicon knows
    expect(words("the dockworkers' union leader")).toEqual(['leader', 'union']);
  });

  it('refuses names, indefinite and plural descriptions, other holders, and one role word alone', () => {
    expect(words('Transit Commissioner Rajiv Menon')).toBeNull();
    expect(words('the transit commissioner Rajiv Menon')).toBeNull();
    expect(words('a transit commissioner')).toBeNull();
    expect(words('the transit commissioners')).toBeNull();
    expect(words('the deputy transit commissioner')).toBeNull();
    expect(words('the former finance minister')).toBeNull();
    expect(words('the mayor')).toBeNull();
    expect(words("the city's mayor")).toBeNull();
    expect(words('she')).toBeNull();
  });
});
