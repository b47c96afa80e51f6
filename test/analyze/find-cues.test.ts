import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/analyze/context.js';
import { findCues } from '../../src/analyze/find-cues.js';
import { readText } from '../../src/read/index.js';

/** The words of each cue the lexicon finds in `body` (the tagger is not asked). */
function lexiconCues(body: string): string[] {
  const context = buildContext(readText(`Headline\n\n${body}`, { name: 't' }));
  return findCues(context).map((cue) =>
    context.text.slice(context.tokens[cue.range.first]!.start, context.tokens[cue.range.last]!.end),
  );
}

// Original sentences written for these tests.
describe('findCues: verbs of the manner of speaking', () => {
  it('are cues beside quoted words, before the sayer or after the verb, in any inflection', () => {
    expect(lexiconCues('"Get off the pier," she yells while running along the quay.')).toEqual(['yells']);
    expect(lexiconCues('"Get out," a woman in the crowd standing by the gate shouted.')).toEqual(['shouted']);
    expect(lexiconCues('Outside the hall, dockers chant "Save our harbour" for an hour.')).toEqual(['chant']);
    expect(lexiconCues('"Is it over?" he whispers.')).toEqual(['whispers']);
    expect(lexiconCues('"We will not be moved," the choir sang outside the depot.')).toEqual(['sang']);
    expect(lexiconCues('"This is a disgrace," the landlord fumed after the hearing.')).toEqual(['fumed']);
    expect(lexiconCues('"Not my job," he snapped.')).toEqual(['snapped']);
  });

  it('are no cues without quoted words, or with a sentence between them and the quotation', () => {
    expect(lexiconCues('Fans yelled at the referee after the match.')).toEqual([]);
    expect(lexiconCues('"The pier is closed." Outside, the dockers were still shouting.')).toEqual([]);
    expect(lexiconCues('The choir sang for an hour and the landlord fumed about the noise.')).toEqual([]);
  });
});
