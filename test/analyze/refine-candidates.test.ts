import { describe, expect, it } from 'vitest';
import { readAttributions as found } from '../helpers/read-attributions.js';

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

  it('leaves the one addressed after "to" out of a content that opens on "that"', () => {
    expect(found('Lin Wei wrote in a note to clients that rates would rise.')[0]?.[3]).toBe(
      'that rates would rise',
    );
    expect(found('Holt explained to the committee that the pier was unsafe.')[0]?.[3]).toBe(
      'that the pier was unsafe',
    );
  });

  it('ends a content in a relative clause set off by commas at the comma that closes it', () => {
    expect(
      found('The ferry, which officials said was too old, will be replaced next year.').map((a) => a[3]),
    ).toEqual(['which | was too old']);
    expect(found('The levy, which critics say hurts fishermen, passed in May.').map((a) => a[3])).toEqual([
      'which | hurts fishermen',
    ]);
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

  it('takes the relative pronoun before a source for the first fragment, unless a preposition governs which', () => {
    expect(found('The board issued a ruling, which the harbour master has vowed to ignore.')).toEqual([
      ['the harbour master', 'has vowed', null, 'which | to ignore'],
    ]);
    expect(
      found(
        'The ferry company published a report in which the harbour master says the pier is safe.',
      )[0]?.[3],
    ).toBe('the pier is safe');
    // The clause the relative clause hangs on is not content.
    // (The learned cue tagger may read "displaying" as a cue of its own.)
    expect(
      found(
        'The sailors were released, displaying what many analysts said was a sign of better relations.',
      ).filter(([, cue]) => cue === 'said'),
    ).toEqual([['many analysts', 'said', null, 'what | was a sign of better relations']]);
    // "What" is the object after a preposition as well; "that" is the subject where the words after the
    // cue open on a verb, and opens the content itself where they do not.
    expect(found('The town adapted to what the mayor said is growing demand for moorings.')).toEqual([
      ['the mayor', 'said', null, 'what | is growing demand for moorings'],
    ]);
    expect(
      found('The board set March 15, a date that several harbor officials said went unnoticed.'),
    ).toEqual([['several harbor officials', 'said', null, 'that | went unnoticed']]);
    expect(found('Rell said that the mayor had lied.')[0]?.[3]).toBe('that the mayor had lied');
    // A plural noun after the cue is the subject of its own clause: "that" is another cue's.
    expect(
      found('Holt warned that analysts said cuts would follow.').find(([, cue]) => cue === 'said')?.[3],
    ).toBe('cuts would follow');
  });

  it('takes a relative pronoun that is the subject of a passive cue for the first fragment', () => {
    expect(found('The final is between Holm and Brennhof, which is expected to draw a large crowd.')).toEqual(
      [[null, 'is expected', null, 'which | to draw a large crowd']],
    );
    expect(found('The harbor board, which is seen as close to the mayor, met on Friday.')[0]).toEqual([
      null,
      'is seen as',
      null,
      'which | close to the mayor',
    ]);
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
    // (How much of the subject the source takes is the tagger's: "members" or the whole phrase.)
    expect(found('The harbour board members are worried about the storm.')[0]?.[0]).toMatch(/members$/u);
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

  it('keeps the noun before "that" in the content after a cue that ends on a preposition', () => {
    expect(found('The mayor responded to the rumour that the pier would close.')).toEqual([
      ['The mayor', 'responded to', null, 'the rumour that the pier would close'],
    ]);
  });

  it('takes the clause before a closing reporting clause whose cue only a date follows', () => {
    expect(found('Sea levels are rising fast, a report by the harbour network said on Wednesday.')).toEqual([
      ['a report by the harbour network', 'said', null, 'Sea levels are rising fast'],
    ]);
    expect(found('At least 40 homes were flooded, a report said early on Wednesday.')).toEqual([
      ['a report', 'said', null, 'At least 40 homes were flooded'],
    ]);
    // A date alone is nothing said.
    expect(found('The mayor said on Monday.')).toEqual([]);
    expect(found('Holm said in March.')).toEqual([]);
  });
});
