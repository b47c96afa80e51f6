import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/analyze/context.js';
import { findCues } from '../../src/analyze/find-cues.js';
import { mergeModelCues } from '../../src/analyze/merge-model-cues.js';
import { readText } from '../../src/read/index.js';

/**
 * The cue span merged for the lexicon's `verb` when the tagger's span runs from the word starting with
 * `spanStart` to `spanEnd` (a span a retrained model once produced, given here as the tagger's answer).
 */
function mergedSpan(sentence: string, verb: string, spanStart: string, spanEnd = verb): string {
  const context = buildContext(readText(`Headline\n\n${sentence}`, { name: 't' }));
  const lexicon = findCues(context);
  const known = lexicon.find((cue) => context.tokens[cue.range.first]!.text === verb)!;
  const first = context.tokens.findIndex((token) => token.text.startsWith(spanStart));
  const last = context.tokens.findIndex((token) => token.text === spanEnd);
  const tagged = {
    cues: [{ sentence: known.sentence, range: { first, last }, margin: 40 }],
    beginMargins: new Float64Array(context.tokens.length).fill(40),
  };
  const [merged] = mergeModelCues(context, lexicon, tagged);
  return context.text.slice(
    context.tokens[merged!.range.first]!.start,
    context.tokens[merged!.range.last]!.end,
  );
}

// Original sentences written for these tests.
describe('mergeModelCues', () => {
  it('leaves the words of a name out of a tagged span that reaches back over it', () => {
    expect(
      mergedSpan('Trade Minister Mira Strand said on Friday that the talks would resume.', 'said', 'Strand'),
    ).toBe('said');
  });

  it('leaves the head of a role subject out of a tagged span ("the chief financial officer denied")', () => {
    expect(
      mergedSpan('The chief financial officer denied that the plant had cut corners.', 'denied', 'officer'),
    ).toBe('denied');
  });

  it('leaves a clause before a comma out of a tagged span ("a message posted Friday, Brandt said")', () => {
    expect(
      mergedSpan('In a message posted Friday, Brandt said the talks would resume.', 'said', 'posted'),
    ).toBe('said');
  });

  it('keeps the words of a contraction in front of the verb ("haven’t confirmed")', () => {
    expect(mergedSpan('Officials haven’t confirmed that the pier will close.', 'confirmed', 'haven')).toBe(
      'haven’t confirmed',
    );
  });

  it('keeps a tagged span that starts with the verb ("has said", "said in a statement")', () => {
    expect(
      mergedSpan('Mira Strand said in a statement that the talks would resume.', 'said', 'said', 'statement'),
    ).toBe('said in a statement');
  });

  describe('a lexicon verb the tagger doubts', () => {
    /** The lexicon's verbs kept when the tagger found no cue and doubted each by `doubt`. */
    function keptVerbs(sentence: string, doubt: number): string[] {
      const context = buildContext(readText(`Headline\n\n${sentence}`, { name: 't' }));
      const tagged = { cues: [], beginMargins: new Float64Array(context.tokens.length).fill(doubt) };
      return mergeModelCues(context, findCues(context), tagged).map(
        (cue) => context.tokens[cue.range.first]!.text,
      );
    }

    it('stands where its comma or colon opens a quotation ("..., the mother of three replied, “...”")', () => {
      const sentence =
        'She said the plan left out fathers, and when pressed on why, the mother of three replied, “It is meant to help the mother who gave birth.”';
      expect(keptVerbs(sentence, -30)).toContain('replied');
      expect(
        keptVerbs('Asked about the pier, the harbour master said: “It will reopen in May.”', -30),
      ).toEqual(['said']);
    });

    it('falls where no quotation opens after it, or where it lies inside one', () => {
      expect(
        keptVerbs('When pressed on the cost, the mayor replied that the budget would hold.', -30),
      ).toEqual([]);
      expect(keptVerbs('“The mayor replied, ‘no’, and left,” the clerk recalled.', -30)).not.toContain(
        'replied',
      );
    });
  });
});
