import { describe, expect, it } from 'vitest';
import type { AttributionCandidate } from '../../src/analyze/candidate.js';
import { buildContext, type AnalysisContext } from '../../src/analyze/context.js';
import { withoutClauseBeforeSubject, withWholeFirstWord } from '../../src/analyze/refine-sources.js';
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

// Original sentences written for these tests: the refinements of attribution candidates after the
// taggers (src/analyze/refine-candidates.ts), each through the whole extraction.
describe('refine-candidates', () => {
  it('keeps any words before an interrupting reporting clause in the content, as PolNeAR marks it', () => {
    // A circumstance or a subordinate clause before it, and a new clause after it.
    expect(found('In May, Lena Brandt said, the pier will reopen.')[0]?.[3]).toBe(
      'In May | the pier will reopen',
    );
    expect(found('If the storms return, the harbour master argues, the pier will not survive.')[0]?.[3]).toBe(
      'If the storms return | the pier will not survive',
    );
    // A time after the cue stays in the reporting clause.
    expect(found('The truth, the harbour master said then, was that the pier had failed.')[0]?.[3]).toBe(
      'The truth | was that the pier had failed',
    );
    // A relative clause before it: the content starts at its pronoun, not at the sentence's subject.
    expect(
      found('The ferry stops at the old pier, which, Lena Brandt said, is safe for the summer.').map(
        (attribution) => attribution[3],
      ),
    ).toEqual(['which | is safe for the summer']);
  });

  it('leaves the words before the clause out where a quotation or a participle clause stands there', () => {
    // A quotation opening right after the reporting clause stands alone.
    expect(found('In a statement, Lena Brandt said, "The pier is safe."')[0]?.[3]).toBe(
      '"The pier is safe."',
    );
    // "Asked about it" tells of the asking, not of what was said.
    expect(
      found('Asked about the repairs, Lena Brandt said, the pier is safe.').find(
        (attribution) => attribution[1] === 'said',
      )?.[3],
    ).toBe('the pier is safe');
  });

  it('takes the subject of a passive or linking cue before an infinitive or "as" for content, with no source', () => {
    expect(found('All three harbour captains are expected to speak at the meeting on Friday.')).toEqual([
      [null, 'are expected', null, 'All three harbour captains | to speak at the meeting on Friday'],
    ]);
    expect(found('The ferry captain was described as tired and careless.')).toEqual([
      [null, 'was described', null, 'The ferry captain | as tired and careless'],
    ]);
  });

  it('starts a quotation before its reporting clause at its sentence, unless a dash or colon introduces it', () => {
    expect(found('In past seasons, "we could fill every ferry with tourists," Lena Brandt said.')).toEqual([
      ['Lena Brandt', 'said', 'Lena Brandt', 'In past seasons, "we could fill every ferry with tourists,"'],
    ]);
    expect(found('The harbour board met on Monday (“We will not give up,” Lena Brandt said).')[0]?.[3]).toBe(
      '“We will not give up,”',
    );
  });

  it('takes the relative pronoun before a source for the first fragment, unless a preposition governs it', () => {
    expect(found('The board issued a ruling, which the harbour master has vowed to ignore.')).toEqual([
      ['the harbour master', 'has vowed', null, 'which | to ignore'],
    ]);
    expect(
      found(
        'The ferry company published a report in which the harbour master says the pier is safe.',
      )[0]?.[3],
    ).toBe('the pier is safe');
    // The clause the relative clause hangs on is not content.
    expect(
      found('The sailors were released, displaying what many analysts said was a sign of better relations.'),
    ).toEqual([['many analysts', 'said', null, 'what | was a sign of better relations']]);
  });

  it('keeps the period of an abbreviation that ends a content, not that of a lone capital', () => {
    expect(found('Lena Brandt said the ferry will sail to the U.S.')[0]?.[3]).toBe(
      'the ferry will sail to the U.S.',
    );
    expect(found('Lena Brandt said the pier was built after World War I.')[0]?.[3]).toBe(
      'the pier was built after World War I',
    );
  });

  it('gives a plain passive no source, but a participle of feeling keeps its subject', () => {
    expect(found('The harbour master was asked, "Is the pier safe?"')).toEqual([
      [null, 'was asked', null, '"Is the pier safe?"'],
    ]);
    expect(found('The harbour board members are worried about the storm.')[0]?.[0]).toBe(
      'The harbour board members',
    );
  });

  it('ends a content before a reporting clause that closes its sentence', () => {
    expect(
      found('Lena Brandt said the pier closed because “nobody paid for the repairs,” she said.').find(
        ([source]) => source === 'Lena Brandt',
      )?.[3],
    ).toBe('the pier closed because “nobody paid for the repairs,”');
  });

  it("does not take a relative clause after a quotation's reporting clause for more content", () => {
    expect(
      found('"The pier is safe," the mayor told reporters at a meeting that was held on a boat.'),
    ).toEqual([['the mayor', 'told', null, '"The pier is safe,"']]);
  });

  it('keeps a relative pronoun alone for the source when a tagged source ends on it', () => {
    expect(
      found('A Texas voter who asked the mayor about the pier said she was worried.').find(
        ([, cue]) => cue === 'asked',
      )?.[0],
    ).toBe('who');
  });

  it('continues an unquoted content past its reporting clause with "until", "since" or "because"', () => {
    expect(
      found('The ferry ran every hour, Lena Brandt said, until the storm closed the pier.')[0]?.[3],
    ).toBe('The ferry ran every hour | until the storm closed the pier');
  });

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

  it('keeps the noun before "that" in the content after a cue that ends on a preposition', () => {
    expect(found('The mayor responded to the rumour that the pier would close.')).toEqual([
      ['The mayor', 'responded to', null, 'the rumour that the pier would close'],
    ]);
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
});
