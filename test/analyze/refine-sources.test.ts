import { describe, expect, it } from 'vitest';
import type { AttributionCandidate } from '../../src/analyze/candidate.js';
import { buildContext, type AnalysisContext } from '../../src/analyze/context.js';
import {
  withAppositionBeforeCue,
  withInvertedApposition,
  withoutClauseBeforeSubject,
  withoutWordSource,
  withWholeFirstWord,
} from '../../src/analyze/refine-sources.js';
import { readText } from '../../src/read/index.js';
import { readAttributions as found } from '../helpers/read-attributions.js';

/**
 * The source a refinement makes of a candidate whose tagged source runs from the word `from` to the word
 * `to` (their first occurrences) before the cue "said" (or at `from` where there is none).
 */
function refinedSource(
  refine: (context: AnalysisContext, candidate: AttributionCandidate) => AttributionCandidate,
  text: string,
  from: string,
  to: string,
): string | null {
  const context = buildContext(readText(`Headline\n\n${text}`, { name: 't' }));
  const at = (word: string) => context.tokens.findIndex((token) => token.text === word);
  const cue = at('said') === -1 ? at(from) : at('said');
  const source = refine(context, {
    cue: {
      kind: 'verb',
      sentence: context.sentenceOfToken[cue]!,
      range: { first: cue, last: cue },
      source: null,
      verb: null,
    },
    source: { first: at(from), last: at(to) },
    content: [],
    confidence: 0.7,
    contentSide: 'right',
  }).source;
  return source && context.text.slice(context.tokens[source.first]!.start, context.tokens[source.last]!.end);
}

// Original sentences written for these tests: the refinements of a candidate's source after the taggers
// (src/analyze/refine-sources.ts), through the whole extraction or on a candidate made by hand.
describe('refine-sources', () => {
  it('takes every conjunct of a coordinated subject into the source, where the subject opens its clause', () => {
    const sourceOf = (text: string, cue: string) =>
      found(text).find((attribution) => attribution[1]?.endsWith(cue))?.[0];
    expect(
      sourceOf('Anna Holt, Tomas Rell and the harbour master have all criticized the levy.', 'criticized'),
    ).toBe('Anna Holt, Tomas Rell and the harbour master');
    expect(sourceOf('Voters, merchants and the ferry crews say the levy is too high.', 'say')).toBe(
      'Voters, merchants and the ferry crews',
    );
    // A sentence adverb before the comma is no conjunct.
    expect(sourceOf('Still, the ferry crews and their union oppose the plan.', 'oppose')).toBe(
      'the ferry crews and their union',
    );
    // Nor is a content before the cue, or a sentence adverb in -ly.
    expect(sourceOf('Prices will rise as demand grows, Smith and Jones said.', 'said')).toBe(
      'Smith and Jones',
    );
    expect(sourceOf('Ultimately, the ferry crews and their union oppose the plan.', 'oppose')).toBe(
      'the ferry crews and their union',
    );
    // The object of an earlier verb is no conjunct either.
    expect(
      sourceOf('The mayor visited the pier and the engineers warned that it might fail.', 'warned'),
    ).not.toMatch(/pier/u);
  });

  it('starts a source where its written word starts, not inside a number or a joined name', () => {
    // [sentence, the word the tagged source starts at, the source's last word, the source wanted]
    const cases: [string, string, string, string][] = [
      ['Only 367,491 people cast a ballot.', '491', 'people', '367,491 people'],
      ['About 58.9 percent voted against it.', '9', 'percent', '58.9 percent'],
      ["Bill O'Reilly said the levy was a scandal.", 'Reilly', 'Reilly', "O'Reilly"],
      ['A U.S.-born captain said it was safe.', 'born', 'captain', 'U.S.-born captain'],
      // A comma between words, or a mark after a space, joins nothing; nor does a dash after another.
      ['The vote was close--Smith said it was fair.', 'Smith', 'Smith', 'Smith'],
      ['The mayor, Anna Holt said it was safe.', 'Anna', 'Holt', 'Anna Holt'],
    ];
    for (const [text, from, to, wanted] of cases)
      expect(refinedSource(withWholeFirstWord, text, from, to)).toBe(wanted);
  });

  it('starts a tagged source after the opening word of the clause it is the subject of', () => {
    // [sentence, first word of the tagged source, its last word, the source wanted]
    const cases: [string, string, string, string][] = [
      [
        'The levy was a plan which Councillor Anna Holt said was unfair.',
        'which',
        'Holt',
        'Councillor Anna Holt',
      ],
      [
        'The crews cheered because the harbour engineers said the pier was safe.',
        'crews',
        'engineers',
        'the harbour engineers',
      ],
      [
        'Those are the kind of jobs that many economists said would vanish.',
        'kind',
        'economists',
        'many economists',
      ],
      // A determiner, and a relative clause inside an apposition, stay.
      ['Supporters of that plan said it was fair.', 'Supporters', 'plan', 'Supporters of that plan'],
      ['Groups such as the union said it was fair.', 'Groups', 'union', 'Groups such as the union'],
      ['That analysis said the plan would fail.', 'That', 'analysis', 'That analysis'],
      ['That engineer said the pier was unsafe.', 'That', 'engineer', 'That engineer'],
      ['Holt, who served as mayor, said the pier was unsafe.', 'Holt', 'mayor', 'Holt, who served as mayor'],
    ];
    for (const [text, from, to, wanted] of cases)
      expect(refinedSource(withoutClauseBeforeSubject, text, from, to)).toBe(wanted);
  });

  it('ends a source before the comma of a relative clause that holds a report of its own', () => {
    const [said] = found('"The levy is fair," said Anna Holt, who argued that the pier needed repairs.');
    expect(said?.slice(0, 2)).toEqual(['Anna Holt', 'said']);
    // A description with no cue in it stays in the source.
    expect(found('"The levy is fair," said Anna Holt, the mayor of Holm.')[0]?.[0]).toBe(
      'Anna Holt, the mayor of Holm',
    );
  });
});

describe('withoutWordSource', () => {
  it('drops a source that is an article, a preposition or a sentence adverb alone', () => {
    expect(
      refinedSource(
        withoutWordSource,
        'Meanwhile the pier closed, the mayor said.',
        'Meanwhile',
        'Meanwhile',
      ),
    ).toBeNull();
    expect(
      refinedSource(withoutWordSource, 'The pier is safe, from what Brandt said.', 'from', 'from'),
    ).toBeNull();
    expect(
      refinedSource(withoutWordSource, 'The anxiety about the pier said nothing new.', 'The', 'The'),
    ).toBeNull();
  });

  it('keeps a pronoun, a relative word, a name that is also a word, and a labelled answer', () => {
    expect(refinedSource(withoutWordSource, 'Brandt, who said the pier was safe, left.', 'who', 'who')).toBe(
      'who',
    );
    expect(refinedSource(withoutWordSource, 'That said more than enough.', 'That', 'That')).toBe('That');
    expect(refinedSource(withoutWordSource, 'The plan is sound, Al From said.', 'From', 'From')).toBe('From');
    expect(refinedSource(withoutWordSource, 'A: It is a mistake, I said.', 'A', 'A')).toBe('A');
  });
});

describe('withInvertedApposition', () => {
  it('takes an apposition that runs to the end of the sentence into the source after an inverted cue', () => {
    expect(
      refinedSource(
        withInvertedApposition,
        'The pier is safe, said Tom Rell, the lawyer for the harbor board.',
        'Tom',
        'Rell',
      ),
    ).toBe('Tom Rell, the lawyer for the harbor board');
    expect(
      refinedSource(
        withInvertedApposition,
        '"The levy is fair," said Anna Holt, director of the Holm Civic Project at the University of Brennhof, Holm.',
        'Anna',
        'Holt',
      ),
    ).toBe('Anna Holt, director of the Holm Civic Project at the University of Brennhof, Holm');
  });

  it('leaves out an age, a relative clause, a participle and a place or medium after a comma', () => {
    for (const text of [
      'The pier is safe, said Anna Holt, 59, of Holm.',
      'The pier is safe, said Anna Holt, who fished there for years.',
      'The pier is safe, said Anna Holt, pointing at the harbor.',
      'The pier is safe, said Anna Holt, the lawyer, on the radio.',
      'The pier is safe, said Anna Holt, in a statement.',
      'The pier is safe, said Anna Holt, the engineer, "and it will stay so."',
      // A clause or an adverb after the comma is no apposition.
      'The pier is safe, said Anna Holt, but critics disagree.',
      'The pier is safe, said Anna Holt, too.',
      'The pier is safe, said Anna Holt, not Tom Rell.',
    ])
      expect(refinedSource(withInvertedApposition, text, 'Anna', 'Holt'), text).toBe('Anna Holt');
    // Not a source written before its cue, nor one after a cue that no comma or quotation precedes.
    expect(
      refinedSource(withInvertedApposition, 'Anna Holt, the lawyer for the board, said so.', 'Anna', 'Holt'),
    ).toBe('Anna Holt');
    expect(
      refinedSource(withInvertedApposition, 'Then said Anna Holt, the lawyer for the board.', 'Anna', 'Holt'),
    ).toBe('Anna Holt');
  });
});

describe('an inverted report with an apposition', () => {
  it('reads the sayer and its apposition as the source where the tagger took them for content', () => {
    for (const text of [
      'The harbor officials were pleased with the deal, said Mr. Rell, the lawyer for the board.',
      'Brennhof officials felt comfortable with the plan because they could press the lenders to pay the trust for the repairs, said Mr. Rell, the lawyer for the board.',
    ])
      // (The learned cue tagger may read "felt" as a cue of its own.)
      expect(
        found(text)
          .filter(([, cue]) => cue === 'said')
          .map(([source, cue, , content]) => [source, cue, content]),
        text,
      ).toEqual([['Mr. Rell, the lawyer for the board', 'said', text.slice(0, text.indexOf(', said'))]]);
    // A given name ("Grace") opening the sentence opens a clause, not a source before the comma.
    expect(
      found(
        'Grace Point residents felt safer because the council could press the builders to pay the trust for the repairs, said Tom Rell, the lawyer for the harbor board.',
      ).map(([source, cue, , content]) => [source, cue, content]),
    ).toEqual([
      [
        'Tom Rell, the lawyer for the harbor board',
        'said',
        'Grace Point residents felt safer because the council could press the builders to pay the trust for the repairs',
      ],
    ]);
  });
});

describe('withAppositionBeforeCue', () => {
  it("takes an apposition that opens on an article, and its closing comma, into a name's source", () => {
    expect(
      refinedSource(
        withAppositionBeforeCue,
        'Rachel Berg, a fisherman from Holm, Brennhof, said the pier was unsafe.',
        'Rachel',
        'Berg',
      ),
    ).toBe('Rachel Berg, a fisherman from Holm, Brennhof,');
  });

  it('leaves out a relative clause, a verb, another opening and anything after the cue', () => {
    for (const text of [
      'Rachel Berg, a fisherman who lives in Holm, said the pier was unsafe.',
      'Rachel Berg, a fisherman, then resigned and said the pier was unsafe.',
      'Rachel Berg, 59, of Holm, said the pier was unsafe.',
    ])
      expect(refinedSource(withAppositionBeforeCue, text, 'Rachel', 'Berg'), text).toBe('Rachel Berg');
  });
});
