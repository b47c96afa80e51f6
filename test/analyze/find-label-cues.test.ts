import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

/** The colon-cued attributions of an article's headline: source and content. */
function headline(title: string): [string | null, string][] {
  const text = `${title}\n\nThe harbour board met on Monday to discuss the pier.`;
  return extract(text)
    .attributions.filter((attribution) => attribution.cue?.text === ':')
    .map((attribution) => [
      attribution.source?.text ?? null,
      attribution.content.map((fragment) => fragment.text).join(' | '),
    ]);
}

// Original headlines written for these tests.
describe('headline speaker labels', () => {
  it('attributes the rest of a headline to the name before its colon', () => {
    expect(headline('Lena Brandt: The Pier Will Reopen in May.')).toEqual([
      ['Lena Brandt', 'The Pier Will Reopen in May'],
    ]);
    expect(headline('Harbour board report: ferry costs doubled since 2019')).toEqual([
      ['Harbour board report', 'ferry costs doubled since 2019'],
    ]);
  });

  it("leaves the newsroom's own labels and phrases that are no name", () => {
    expect(headline('Breaking: The Pier Will Reopen in May.')).toEqual([]);
    expect(headline('The Latest: ferry costs doubled since 2019')).toEqual([]);
    expect(headline('Storm Over Brennhof: The Pier Will Reopen in May.')).toEqual([]);
    expect(headline('Brandt to the board: the pier will reopen')).toEqual([]);
    expect(headline('Analysis: The Pier Will Reopen in May.')).toEqual([]);
  });

  it('reads several words in capitals as a kicker, and one as a speaker', () => {
    expect(headline('FERRY FARES: Board doubles the summer price')).toEqual([]);
    // "Levy" is also a given name: no exception for names in capitals.
    expect(headline('LEVY CUT: Minister blinks after dock deadline')).toEqual([]);
    expect(headline('U.S. SENATE: Vote on ferry subsidy delayed again')).toEqual([]);
    expect(headline('BRANDT: The pier will reopen in May')).toEqual([
      ['BRANDT', 'The pier will reopen in May'],
    ]);
  });

  it('leaves a headline whose verb of saying is the cue to that verb', () => {
    const text =
      'Brandt Says: The Pier Is Safe For Now\n\nThe harbour board met on Monday to discuss the pier.';
    const cues = extract(text).attributions.map((attribution) => attribution.cue?.text);
    expect(cues.filter((cue) => cue?.endsWith(':'))).toEqual(['Says:']);
  });
});
