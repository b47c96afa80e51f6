import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/analyze/context.js';
import { findCues } from '../../src/analyze/find-cues.js';
import { mergeModelCues } from '../../src/analyze/merge-model-cues.js';
import { readText } from '../../src/read/index.js';

// Original sentences written for these tests.
describe('mergeModelCues', () => {
  it('leaves the words of a name out of a tagged span that reaches back over it', () => {
    const text = 'Headline\n\nTrade Minister Mira Strand said on Friday that the talks would resume.';
    const context = buildContext(readText(text, { name: 't' }));
    const lexicon = findCues(context);
    const said = lexicon.find((cue) => context.tokens[cue.range.first]!.text === 'said')!;
    const strand = context.tokens.findIndex((token) => token.text === 'Strand');
    // The tagger's span, as a retrained model once read it: "Strand said".
    const tagged = {
      cues: [{ sentence: said.sentence, range: { first: strand, last: said.range.last }, margin: 40 }],
      beginMargins: new Float64Array(context.tokens.length).fill(40),
    };
    const [merged] = mergeModelCues(context, lexicon, tagged);
    expect(
      context.text.slice(context.tokens[merged!.range.first]!.start, context.tokens[merged!.range.last]!.end),
    ).toBe('said');
  });

  it('leaves a clause before a comma out of a tagged span ("a message posted Friday, Brandt said")', () => {
    const text = 'Headline\n\nIn a message posted Friday, Brandt said the talks would resume.';
    const context = buildContext(readText(text, { name: 't' }));
    const lexicon = findCues(context);
    const said = lexicon.find((cue) => context.tokens[cue.range.first]!.text === 'said')!;
    const posted = context.tokens.findIndex((token) => token.text === 'posted');
    const tagged = {
      cues: [{ sentence: said.sentence, range: { first: posted, last: said.range.last }, margin: 40 }],
      beginMargins: new Float64Array(context.tokens.length).fill(40),
    };
    const [merged] = mergeModelCues(context, lexicon, tagged);
    expect(
      context.text.slice(context.tokens[merged!.range.first]!.start, context.tokens[merged!.range.last]!.end),
    ).toBe('said');
  });

  it('keeps the words of a contraction in front of the verb ("haven’t confirmed")', () => {
    const text = 'Headline\n\nOfficials haven’t confirmed that the pier will close.';
    const context = buildContext(readText(text, { name: 't' }));
    const lexicon = findCues(context);
    const confirmed = lexicon.find((cue) => context.tokens[cue.range.first]!.text === 'confirmed')!;
    const haven = context.tokens.findIndex((token) => token.text.startsWith('haven'));
    const tagged = {
      cues: [
        { sentence: confirmed.sentence, range: { first: haven, last: confirmed.range.last }, margin: 40 },
      ],
      beginMargins: new Float64Array(context.tokens.length).fill(40),
    };
    const [merged] = mergeModelCues(context, lexicon, tagged);
    expect(
      context.text.slice(context.tokens[merged!.range.first]!.start, context.tokens[merged!.range.last]!.end),
    ).toBe('haven’t confirmed');
  });

  it('keeps a tagged span that starts with the verb ("has said", "said in a statement")', () => {
    const text = 'Headline\n\nMira Strand said in a statement that the talks would resume.';
    const context = buildContext(readText(text, { name: 't' }));
    const lexicon = findCues(context);
    const said = lexicon.find((cue) => context.tokens[cue.range.first]!.text === 'said')!;
    const statement = context.tokens.findIndex((token) => token.text === 'statement');
    const tagged = {
      cues: [{ sentence: said.sentence, range: { first: said.range.first, last: statement }, margin: 40 }],
      beginMargins: new Float64Array(context.tokens.length).fill(40),
    };
    const [merged] = mergeModelCues(context, lexicon, tagged);
    expect(
      context.text.slice(context.tokens[merged!.range.first]!.start, context.tokens[merged!.range.last]!.end),
    ).toBe('said in a statement');
  });
});
