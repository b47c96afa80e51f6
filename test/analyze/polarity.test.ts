import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/analyze/context.js';
import { findPolarity } from '../../src/analyze/find-polarity.js';
import { extract } from '../../src/extract.js';
import { readText } from '../../src/read/index.js';
import type { Polarity } from '../../src/types.js';

/** Cue, polarity and words of each attribution found in the text. */
function polarities(text: string): [string | null, Polarity, string][] {
  return extract(`Headline for the test\n\n${text}`).attributions.map((attribution) => [
    attribution.cue?.text ?? null,
    attribution.polarity,
    attribution.content.map((fragment) => fragment.text).join(' | '),
  ]);
}

/** The polarity of a verb cue spanning the given words of a one-sentence paragraph, read directly. */
function polarityOfCue(sentence: string, cueWords: string): Polarity {
  const context = buildContext(readText(`Headline for the test\n\n${sentence}`, { name: '-' }));
  const start = context.text.indexOf(cueWords);
  const end = start + cueWords.length;
  const first = context.tokens.findIndex((token) => token.start === start);
  const last = context.tokens.findIndex((token) => token.end === end);
  expect(first).toBeGreaterThanOrEqual(0);
  return findPolarity(context, {
    kind: 'verb',
    sentence: context.sentenceOfToken[first]!,
    range: { first, last },
    source: null,
    verb: null,
  });
}

// Original sentences written for these tests.
describe('polarity', () => {
  it('marks a denial as denied, never as the source asserting the content', () => {
    expect(polarities('Ana Ferro has denied that the contract was signed in secret.')).toEqual([
      ['has denied', 'denied', 'that the contract was signed in secret'],
    ]);
    // Whether "saying" joins the cue is the tagger's call; the denial is not.
    expect(polarities('The minister denied saying the ferry would be sold.')).toEqual([
      [expect.stringMatching(/^denied( saying)?$/), 'denied', 'the ferry would be sold'],
    ]);
    expect(polarities('Ana Ferro rejected claims that she had hidden the audit.')).toEqual([
      ['rejected claims', 'denied', 'that she had hidden the audit'],
    ]);
    expect(polarities('Harlan denies that he knew about the payments.')[0]?.[1]).toBe('denied');
    expect(polarities('The agency dismissed reports that its chief had resigned.')[0]?.[1]).toBe('denied');
  });

  it('marks a negation that governs the reporting verb as negated', () => {
    expect(polarities('Ana Ferro did not say whether the contract was signed.')).toEqual([
      ['did not say', 'negated', 'whether the contract was signed'],
    ]);
    expect(polarities('Okafor has never said that the plant was safe.')[0]?.[1]).toBe('negated');
    expect(polarities('Lindqvist has not said whether he will run again.')[0]?.[1]).toBe('negated');
    expect(polarities('The council has refused to say how much the audit cost.')[0]?.[1]).toBe('negated');
    expect(polarities('The ministry declined to say how many ships had been seized.')[0]?.[1]).toBe(
      'negated',
    );
    expect(polarities('The governor stopped short of saying the budget was lost.')[0]?.[1]).toBe('negated');
  });

  it('leaves a negation inside the content to the content', () => {
    expect(polarities('Ana Ferro said she did not know about the contract.')).toEqual([
      ['said', 'affirmed', 'she did not know about the contract'],
    ]);
    expect(polarities('"We will never sell the pier," Ana Ferro said.')).toEqual([
      ['said', 'affirmed', '"We will never sell the pier,"'],
    ]);
  });

  it('reads contracted negations, negated denials and refusals from the verb group', () => {
    expect(polarityOfCue("Senator Ruiz didn't say when the bill would pass.", 'say')).toBe('negated');
    expect(polarityOfCue('Senator Ruiz won’t confirm that the bill will pass.', 'confirm')).toBe('negated');
    expect(polarityOfCue('Kell did not deny that she had met the buyer.', 'deny')).toBe('negated');
    expect(polarityOfCue('The chief would not confirm that arrests had been made.', 'confirm')).toBe(
      'negated',
    );
    expect(polarityOfCue('Pell was not prepared to confirm the figure.', 'confirm')).toBe('negated');
    expect(polarityOfCue('Pell has yet to explain why the funds moved.', 'explain')).toBe('negated');
    expect(polarityOfCue('Pell left without saying where the funds went.', 'saying')).toBe('negated');
  });

  it('does not take a negation that does not govern the verb', () => {
    // "not only" takes the negation away; "yet" as a conjunction is no refusal.
    expect(polarityOfCue('Pell not only said the port was closed, she proved it.', 'said')).toBe('affirmed');
    expect(polarityOfCue('The port was closed, yet Pell said the ferry ran.', 'said')).toBe('affirmed');
    // A negation in the clause before the source's comma is not the verb's.
    expect(polarityOfCue('It was not the first warning, the mayor said.', 'said')).toBe('affirmed');
  });
});
