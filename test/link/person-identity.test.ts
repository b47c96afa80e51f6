import { describe, expect, it } from 'vitest';
import { matchKey } from '../../src/link/match-key.js';
import { personIdentity } from '../../src/link/person-identity.js';

describe('personIdentity', () => {
  it('is one key for one full name, whatever its case, spacing or Unicode form', () => {
    expect(personIdentity({ name: 'Jens  Stoltenberg' })).toBe(personIdentity({ name: 'jens stoltenberg' }));
    expect(personIdentity({ name: 'Anaïs Roux' })).toBe(personIdentity({ name: 'Ana\u0069\u0308s Roux' }));
  });

  it('keeps people apart who share a name part', () => {
    expect(personIdentity({ name: 'Donald Trump' })).not.toBe(personIdentity({ name: 'Donald Trump Jr.' }));
    expect(personIdentity({ name: 'Hillary Clinton' })).not.toBe(personIdentity({ name: 'Bill Clinton' }));
  });
});

describe('matchKey', () => {
  it('folds case, white space and compatibility forms', () => {
    expect(matchKey('  The  Ministry\nSaid ')).toBe('the ministry said');
    expect(matchKey('ﬁnance')).toBe('finance');
  });
});
