import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

/** Cue and medium (kind and words) of each attribution found in the text; spans checked against it. */
function media(text: string): [string | null, string | null, string | null][] {
  const input = `Headline for the test\n\n${text}`;
  return extract(input).attributions.map((attribution) => {
    const { medium } = attribution;
    if (medium) expect(input.slice(medium.start, medium.end)).toBe(medium.text);
    return [attribution.cue?.text ?? null, medium?.kind ?? null, medium?.text ?? null];
  });
}

const mediumOf = (text: string): [string | null, string | null] => {
  const [, kind, words] = media(text)[0] ?? [null, null, null];
  return [kind, words];
};

// Original sentences written for these tests.
describe('medium', () => {
  it('reads the medium a preposition gives the reporting verb', () => {
    // The medium is read whether or not the cue takes in the phrase ("said in a statement": in PolNeAR
    // train 77 cues take it, 59 stop before it).
    expect(mediumOf('"We did not sign anything," the treasurer said in a statement.')).toEqual([
      'statement',
      'a statement',
    ]);
    expect(
      mediumOf('In an interview with the Coast Ledger, Ferrand said the port was losing money.'),
    ).toEqual(['interview', 'an interview']);
    expect(
      mediumOf('In his memoirs, Aldous Penner acknowledged that the merger had been a mistake.'),
    ).toEqual(['memoir', 'his memoirs']);
    expect(mediumOf('During a speech in Leeds, the chancellor warned that taxes would rise.')).toEqual([
      'speech',
      'a speech',
    ]);
    expect(mediumOf('At a briefing on Tuesday, the spokeswoman said the ship had been found.')).toEqual([
      'briefing',
      'a briefing',
    ]);
    expect(mediumOf('"The pier is unsafe," Tomas Rell said in a letter to the council.')).toEqual([
      'letter',
      'a letter',
    ]);
  });

  it('reads the medium as the object of "told", and compounds as one medium', () => {
    expect(mediumOf('The premier told a press conference that the tunnel would open in May.')).toEqual([
      'press conference',
      'a press conference',
    ]);
    expect(mediumOf('The commissioner told a hearing that the records had been destroyed.')).toEqual([
      'hearing',
      'a hearing',
    ]);
    expect(mediumOf('The minister told state television that the harbour would be dredged.')).toEqual([
      'broadcast',
      'state television',
    ]);
  });

  it('reads posts and platforms, the post itself before its platform', () => {
    expect(mediumOf('Brandt wrote in a post on X that the strike was over.')).toEqual(['post', 'a post']);
    expect(mediumOf('In a post on X, Ana Ferro said the ferry would return in June.')).toEqual([
      'post',
      'a post',
    ]);
    expect(mediumOf('Ilse Varga wrote on Telegram that the border crossing would reopen.')).toEqual([
      'post',
      'Telegram',
    ]);
  });

  it('reads a medium that is the source, and "in it" pointing back to one', () => {
    expect(mediumOf('A statement from the port authority said the cranes had been repaired.')).toEqual([
      'statement',
      'A statement',
    ]);
    expect(mediumOf('According to a statement from the ministry, the ferry will return in June.')).toEqual([
      'statement',
      'a statement',
    ]);
    expect(
      media('Hollis has published a book, "Salt Roads." In it, she recalls how the mine closed.'),
    ).toEqual([['recalls', 'book', 'a book']]);
  });

  it('gives no medium where none is stated or the noun names something else', () => {
    expect(mediumOf('Ana Ferro said she did not know about the contract.')).toEqual([null, null]);
    expect(mediumOf('Rosa Imhof told the debate audience that she would cut fares.')).toEqual([null, null]);
    expect(mediumOf('During a book tour, Rosa Imhof said the library would close.')).toEqual([null, null]);
  });

  it('keeps a medium to the account it is stated for', () => {
    // The statement is Rell's; the mayor's words reported inside it were said on no stated medium.
    expect(media('In a statement, Tomas Rell said the mayor told him: "The pier is unsafe."')).toEqual([
      ['said', 'statement', 'a statement'],
      ['told', null, null],
    ]);
  });
});
