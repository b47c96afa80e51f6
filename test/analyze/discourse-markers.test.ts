import { describe, expect, it } from 'vitest';
import { readAttributions as found } from '../helpers/read-attributions.js';

// Original sentences written for these tests (src/analyze/discourse-markers.ts), through the whole extraction.
describe('discourse markers', () => {
  it('report nobody: the writer\'s "That said", "Having said that", "It goes without saying"', () => {
    expect(found('That said, the budget is tight.')).toEqual([]);
    expect(found('That being said, the council will vote on Monday.')).toEqual([]);
    expect(found('But that said, the plan is sound.')).toEqual([]);
    expect(found('Still, having said that, voters are not convinced.')).toEqual([]);
    expect(found('It goes without saying that the plan was rushed.')).toEqual([]);
  });

  it('leave the attributions beside them, and the same words where they report someone', () => {
    expect(found('(That said, she also noted that the plan was sound.)')).toEqual([
      ['she', 'also noted', null, 'that the plan was sound'],
    ]);
    // A relative clause: the message said it.
    expect(found('They received a message that said, "Sorry, the item is gone."').map((a) => a[3])).toEqual([
      '"Sorry, the item is gone."',
    ]);
    expect(found('Lena Brandt said that, in her view, the pier was safe.')[0]?.slice(0, 3)).toEqual([
      'Lena Brandt',
      'said',
      'Lena Brandt',
    ]);
  });

  it("report nobody in a source's request not to be named, and leave what the source said", () => {
    expect(
      found('A guard, who asked not to be named, said the gate had been open.').map((a) => [a[1], a[3]]),
    ).toEqual([['said', 'the gate had been open']]);
    expect(found('An official requested not to be identified.')).toEqual([]);
    // Asked to do something else is still reported.
    expect(found('The mayor asked residents to stay indoors.').map((a) => a[1])).toEqual(['asked']);
  });
});
