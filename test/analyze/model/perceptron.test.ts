import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cueTransitionAllowed } from '../../../src/analyze/model/cue-examples.js';
import { FEATURE_BUCKETS, hashFeature } from '../../../src/analyze/model/hash-feature.js';
import { tagSequence, trainPerceptron } from '../../../src/analyze/model/perceptron.js';

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

describe('trainPerceptron', () => {
  it('learns in backward order what forward order learns from the sequences reversed', () => {
    // Small sequences over a few buckets, tags valid as read right to left.
    const sequence = fc
      .array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 })), {
        minLength: 1,
        maxLength: 8,
      })
      .chain((rows) =>
        fc.tuple(
          fc.constant(rows),
          fc.array(fc.constantFrom(0, 1, 2), { minLength: rows.length, maxLength: rows.length }),
        ),
      );
    fc.assert(
      fc.property(fc.array(sequence, { minLength: 1, maxLength: 6 }), (raw) => {
        const examples = raw.map(([rows, tags]) => ({
          features: { count: rows.length, buckets: Uint32Array.from(rows.flat()) },
          // Read right to left, I may only follow (stand before) B or I.
          tags: tags.map((tag, k) => (tag === 2 && (k === tags.length - 1 || tags[k + 1] === 0) ? 1 : tag)),
        }));
        const reversed = examples.map(({ features, tags }) => ({
          features: {
            count: features.count,
            buckets: Uint32Array.from(
              Array.from({ length: features.count }, (_, k) => [
                ...features.buckets.subarray(2 * (features.count - 1 - k), 2 * (features.count - k)),
              ]).flat(),
            ),
          },
          tags: [...tags].reverse(),
        }));
        const backward = trainPerceptron(examples, 3, 2, cueTransitionAllowed, 7, 'backward');
        const forward = trainPerceptron(reversed, 3, 2, cueTransitionAllowed, 7, 'forward');
        expect(Buffer.from(backward.weights.buffer).equals(Buffer.from(forward.weights.buffer))).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});
