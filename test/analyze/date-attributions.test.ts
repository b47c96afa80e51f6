import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

/**
 * Each attribution's cue, speaker and said-at (`value text basis`, or its dating when there is none), for
 * a body published on Friday 2025-03-14 unless told otherwise.
 */
function dated(body: string, published: string | null = '2025-03-14'): [string, string, string][] {
  const header =
    published === null ? 'Harbour board meets over the pier' : `${published} Harbour board meets`;
  return extract(`${header}\n\n${body}`).attributions.map((attribution) => [
    attribution.cue?.text ?? '',
    attribution.speaker?.name ?? attribution.source?.text ?? '',
    attribution.saidAt
      ? `${attribution.saidAt.value} "${attribution.saidAt.text}" ${attribution.saidAt.basis}`
      : attribution.dating,
  ]);
}

// Original sentences written for these tests; each names the rule it exercises.
describe('dateAttributions', () => {
  it('dates a saying by the time in its reporting clause, before or after the cue', () => {
    expect(
      dated(
        'Lena Brandt said on Tuesday that the pier would reopen. On Monday, Tomas Reyes told reporters that the cranes were safe. Yesterday, Brandt said: "The shed is empty."',
      ),
    ).toEqual([
      ['said', 'Lena Brandt', '2025-03-11 "Tuesday" stated'],
      ['told', 'Tomas Reyes', '2025-03-10 "Monday" stated'],
      ['said:', 'Lena Brandt', '2025-03-13 "Yesterday" stated'],
    ]);
  });

  it('does not date a saying by a time inside what is said', () => {
    expect(dated('Lena Brandt said that in 2019 the cranes were already old.')).toEqual([
      ['said', 'Lena Brandt', 'publication'],
    ]);
    expect(dated('Lena Brandt said in 2019 that the cranes were already old.')).toEqual([
      ['said', 'Lena Brandt', '2019 "2019" stated'],
    ]);
  });

  it('dates present-tense reports by publication only, or not at all without a publication date', () => {
    expect(dated('Lena Brandt says the pier is safe. Tomas Reyes has said the cranes are old.')).toEqual([
      ['says', 'Lena Brandt', 'publication'],
      ['has said', 'Tomas Reyes', 'publication'],
    ]);
    expect(dated('Lena Brandt said on Tuesday that the pier was safe.', null)).toEqual([
      ['said', 'Lena Brandt', 'unknown'],
    ]);
  });

  it('carries the date to a continuation by the same speaker: "she added", a following quotation', () => {
    expect(
      dated(
        'Lena Brandt said on Tuesday that the pier would reopen. "We checked it twice," she added.\n\n"It is safe," Brandt said.',
      ),
    ).toEqual([
      ['said', 'Lena Brandt', '2025-03-11 "Tuesday" stated'],
      ['added', 'Lena Brandt', '2025-03-11 "Tuesday" carried'],
      ['said', 'Lena Brandt', '2025-03-11 "Tuesday" carried'],
    ]);
  });

  it('carries the date of an occasion to "the same news conference"', () => {
    expect(
      dated(
        'At a news conference on Monday, Lena Brandt said the pier would reopen. At the same news conference, the harbour master Tomas Reyes said the cranes were safe.',
      ),
    ).toEqual([
      ['said', 'Lena Brandt', '2025-03-10 "Monday" stated'],
      ['said', 'Tomas Reyes', '2025-03-10 "Monday" carried'],
    ]);
  });

  it('does not carry over a new occasion, another time, or two paragraphs', () => {
    expect(
      dated(
        'Lena Brandt said on Tuesday that the pier would reopen.\n\nIn an interview, she said the cranes were old.',
      ),
    ).toEqual([
      ['said', 'Lena Brandt', '2025-03-11 "Tuesday" stated'],
      ['said', 'Lena Brandt', 'publication'],
    ]);
    expect(
      dated(
        'Lena Brandt said on Tuesday that the pier would reopen. Brandt later added that the cranes were old.',
      ),
    ).toEqual([
      ['said', 'Lena Brandt', '2025-03-11 "Tuesday" stated'],
      ['added', 'Lena Brandt', 'publication'],
    ]);
    expect(
      dated(
        'Lena Brandt said on Tuesday that the pier would reopen.\n\nThe harbour has two cranes.\n\n"They are safe," Brandt said.',
      ),
    ).toEqual([
      ['said', 'Lena Brandt', '2025-03-11 "Tuesday" stated'],
      ['said', 'Lena Brandt', 'publication'],
    ]);
  });

  it('dates recounted speech and "at the time" by the occasion the article recounts', () => {
    const body = [
      'The former harbour master Tomas Reyes has written a memoir about a stormy meeting with Lena Brandt in October 2021.',
      'According to Reyes, Brandt stood on the quay in the rain. And she said, "Close the harbour tonight."',
      'As Anna Holt, who was the port director at the time, said, nobody wanted to close it.',
      'Reyes acknowledged that the closure came too late.',
    ].join('\n\n');
    expect(dated(body)).toEqual([
      ['According to', 'Tomas Reyes', 'publication'],
      ['said', 'Lena Brandt', '2021-10 "October 2021" carried'],
      ['said', 'Anna Holt', '2021-10 "October 2021" carried'],
      ['acknowledged', 'Tomas Reyes', 'publication'],
    ]);
  });
});
