import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backwardTags, cueTransitionAllowed, forwardTags } from '../../../src/analyze/model/cue-examples.js';

// Valid B/I/O sequences: I only after B or I.
const cueTags = fc
  .array(fc.constantFrom(0, 1, 2), { maxLength: 30 })
  .map((tags) => tags.map((tag, k) => (tag === 2 && (k === 0 || tags[k - 1] === 0) ? 1 : tag)));

describe("the backward pass's tags", () => {
  it('mark a span by its last token, and read back as the same spans', () => {
    // "pointed out that": one span of two tokens, then none.
    expect(backwardTags([1, 2, 0])).toEqual([2, 1, 0]);
    // Two spans side by side stay two spans.
    expect(backwardTags([1, 1, 2])).toEqual([1, 2, 1]);
    fc.assert(
      fc.property(cueTags, (tags) => {
        const backward = backwardTags(tags);
        // Read right to left, the backward tags obey the same transitions as forward ones.
        for (let k = tags.length - 2; k >= 0; k -= 1)
          expect(cueTransitionAllowed(backward[k + 1]!, backward[k]!)).toBe(true);
        expect(forwardTags(backward)).toEqual(tags);
      }),
    );
  });
});
