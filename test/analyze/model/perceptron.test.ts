import { describe, expect, it } from 'vitest';
import { cueTransitionAllowed } from '../../../src/analyze/model/cue-examples.js';
import { FEATURE_BUCKETS, hashFeature } from '../../../src/analyze/model/hash-feature.js';
import { tagSequence } from '../../../src/analyze/model/perceptron.js';

describe('tagSequence', () => {
  it("reads right to left in backward order, the previous tag being the next token's", () => {
    // Two tokens: the first leans to O, the second is surely B; after a B, B is favoured strongly.
    const weights = new Float64Array(FEATURE_BUCKETS * 3);
    const [first, second] = [11, 12];
    weights[first * 3 + 0] = 1;
    weights[second * 3 + 1] = 5;
    weights[hashFeature('prev=1') * 3 + 1] = 3;
    const model = { tags: 3, weights, scale: 1 };
    const sequence = { count: 2, buckets: Uint32Array.from([first, second]) };
    // Left to right, the first token is read before the B and stays O.
    expect(tagSequence(model, sequence, cueTransitionAllowed)).toEqual([0, 1]);
    // Right to left, the B is read first, and the first token follows it.
    const margins = new Float64Array(2);
    expect(tagSequence(model, sequence, cueTransitionAllowed, margins, 'backward')).toEqual([1, 1]);
    // Margins stay by position: B over O for each token as read.
    expect([...margins]).toEqual([2, 5]);
  });
});
