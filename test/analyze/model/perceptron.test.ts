import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cueTransitionAllowed } from '../../../src/analyze/model/cue-examples.js';
import { FEATURE_BUCKETS, hashFeature } from '../../../src/analyze/model/hash-feature.js';
import {
  interleaveWeights,
  sumInterleaved,
  tagSequence,
  trainPerceptron,
  type LinearModel,
} from '../../../src/analyze/model/perceptron.js';

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

describe('interleaveWeights and sumInterleaved', () => {
  // Models over a few buckets: 16-bit ones as model files hold them, or fractional floats as training
  // makes them (whose sums round, so the order of additions matters).
  const BUCKETS = 64;
  const weightsOf = (sixteenBit: boolean, values: readonly number[]) =>
    sixteenBit ? Int16Array.from(values, Math.round) : Float32Array.from(values);
  const model = (tags: number, sixteenBit: boolean) =>
    fc
      .tuple(
        fc.array(fc.double({ min: -300, max: 300, noNaN: true }), {
          minLength: BUCKETS * tags,
          maxLength: BUCKETS * tags,
        }),
        fc.double({ min: 0.001, max: 2, noNaN: true }),
      )
      .map(([values, scale]): LinearModel => ({ tags, weights: weightsOf(sixteenBit, values), scale }));

  it('tag every pass exactly as summing each row from its start does, whatever part of the row is shared', () => {
    const setup = fc
      .record({
        sixteenBit: fc.boolean(),
        tags: fc.constantFrom(3, 5),
        perToken: fc.integer({ min: 1, max: 8 }),
        count: fc.integer({ min: 0, max: 6 }),
        models: fc.integer({ min: 1, max: 3 }),
      })
      .chain((shape) =>
        fc.record({
          shape: fc.constant(shape),
          models: fc.array(model(shape.tags, shape.sixteenBit), {
            minLength: shape.models,
            maxLength: shape.models,
          }),
          buckets: fc.array(fc.integer({ min: 0, max: BUCKETS - 1 }), {
            minLength: shape.count * shape.perToken,
            maxLength: shape.count * shape.perToken,
          }),
          through: fc.integer({ min: 0, max: shape.perToken }),
          backward: fc.boolean(),
        }),
      );
    fc.assert(
      fc.property(setup, ({ shape, models, buckets, through, backward }) => {
        // The previous tag's bucket lies beyond the few buckets drawn: give every model room for it.
        const sized = models.map((one) => {
          const weights = new (one.weights.constructor as Float32ArrayConstructor)(
            FEATURE_BUCKETS * one.tags,
          );
          weights.set(one.weights);
          return { ...one, weights };
        });
        const sequence = { count: shape.count, buckets: Uint32Array.from(buckets) };
        const interleaved = interleaveWeights(sized);
        const sums = new Float64Array(shape.count * interleaved.stride);
        sumInterleaved(interleaved, sequence, through, sums);
        const reading = backward ? 'backward' : 'forward';
        sized.forEach((one, m) => {
          const plainMargins = new Float64Array(shape.count);
          const sharedMargins = new Float64Array(shape.count);
          const plain = tagSequence(one, sequence, cueTransitionAllowed, plainMargins, reading);
          const shared = tagSequence(one, sequence, cueTransitionAllowed, sharedMargins, reading, {
            sums,
            stride: interleaved.stride,
            column: interleaved.columns[m]!,
            through,
          });
          expect(shared).toEqual(plain);
          expect([...sharedMargins]).toEqual([...plainMargins]);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('keep 16-bit weights in 16 bits, and refuse models over different numbers of buckets', () => {
    const sixteen = { tags: 3, weights: new Int16Array(30), scale: 1 };
    expect(interleaveWeights([sixteen, sixteen]).weights).toBeInstanceOf(Int16Array);
    expect(
      interleaveWeights([sixteen, { ...sixteen, weights: new Float32Array(30) }]).weights,
    ).toBeInstanceOf(Float64Array);
    expect(() => interleaveWeights([sixteen, { tags: 3, weights: new Int16Array(33), scale: 1 }])).toThrow(
      /same number of buckets/,
    );
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
