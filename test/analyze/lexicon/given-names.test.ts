import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  genderOfGivenName,
  isGivenName,
  isWorldGivenName,
  WORLD_GIVEN_NAMES_URL,
} from '../../../src/analyze/lexicon/given-names.js';

describe('given names', () => {
  it('know the names of birth registers beyond the English lists, with their gender', () => {
    expect(isWorldGivenName('ngozi')).toBe(true);
    expect(genderOfGivenName('ngozi')).toBe('female');
    expect(genderOfGivenName('chinedu')).toBe('male');
    // Listed for both sexes in one register: no gender.
    expect(isWorldGivenName('florent')).toBe(true);
    expect(genderOfGivenName('florent')).toBeNull();
    // The English lists come first.
    expect(isGivenName('anna')).toBe(true);
    expect(isWorldGivenName('anna')).toBe(false);
  });

  it('leave out the words, places and family names that registers list', () => {
    // WordNet's words, first words of its names of places, function words, family names written first.
    for (const word of ['justice', 'tesla', 'san', 'hong', 'the', 'tran', 'aung', 'liu'])
      expect(isWorldGivenName(word), word).toBe(false);
  });

  it('are what `npm run build-given-names` makes from the registers today', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'onrecord-')), 'given-names.txt.gz');
    execFileSync('npx', ['tsx', 'scripts/build-given-names.ts', '--out', out], { stdio: 'ignore' });
    const lines = (file: string | URL) => gunzipSync(readFileSync(file)).toString('utf8');
    expect(lines(out), 'run npm run build-given-names and commit models/').toBe(lines(WORLD_GIVEN_NAMES_URL));
  });
});
