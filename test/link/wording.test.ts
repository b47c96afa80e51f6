import { describe, expect, it } from 'vitest';
import { compareWordings, stemOf, wordsOf } from '../../src/link/wording.js';

const original = 'The levy is affordable for three months. It is not affordable for three years.';

describe('compareWordings', () => {
  it('finds the same words whatever the quotation marks, case and punctuation', () => {
    expect(wordsOf('“We won’t pay,” she said')).toEqual(['we', "won't", 'pay', 'she', 'said']);
    expect(
      compareWordings(
        original,
        '"the levy is affordable for three months; it is NOT affordable for three years"',
      ),
    ).toEqual({ match: 'verbatim', score: 1, altered: false });
  });

  it('takes a report that keeps only part of the words as truncated, not altered', () => {
    const truncated = compareWordings(original, 'The levy is affordable for three months');
    expect(truncated.match).toBe('truncated');
    expect(truncated.altered).toBe(false);
  });

  it('flags a dropped "not" and a changed number as altered', () => {
    const dropped = compareWordings(
      original,
      'The levy is affordable for three months. It is affordable for three years.',
    );
    expect(dropped).toMatchObject({ match: 'edited', altered: true });
    const number = compareWordings(
      'The port will cost 40 million crowns to dredge',
      'The port will cost 400 million crowns to dredge',
    );
    expect(number).toMatchObject({ match: 'edited', altered: true });
  });

  it('keeps a light re-wording as the same statement without flagging it', () => {
    expect(
      compareWordings(
        'We will keep our promise to the fishing towns',
        'We will keep our promise to all the fishing towns',
      ),
    ).toMatchObject({ match: 'edited', altered: false });
  });

  it('matches a paraphrase in indirect speech that shares the content words', () => {
    const paraphrase = compareWordings(original, 'the levy could be afforded for a season but not for years');
    expect(paraphrase.match).toBe('paraphrased');
    expect(paraphrase.altered).toBe(false);
  });

  it('does not match different statements on the same subject', () => {
    expect(
      compareWordings(original, 'The levy will be reviewed by the harbour board in spring').match,
    ).toBeNull();
    expect(compareWordings('We will not pay', 'They said nothing').match).toBeNull();
  });

  it('stems enough to meet inflected forms', () => {
    expect(stemOf('affordable')).toBe(stemOf('afforded'));
    expect(stemOf('years')).toBe('year');
  });
});

describe('paraphrases and names', () => {
  it('does not count shared names of people and places as shared content', () => {
    expect(
      compareWordings(
        'the Santorre route would leave Halvsund if the levy outlived the summer',
        'the Santorre route would stay in Halvsund for now',
      ).match,
    ).toBeNull();
  });
});
