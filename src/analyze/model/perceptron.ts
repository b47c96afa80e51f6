import { FEATURE_BUCKETS, hashFeature } from './hash-feature.js';

/**
 * A greedy tagger, reading left to right or right to left, scored by a linear model over hashed features
 * (an averaged perceptron when trained). The previous tag is a feature of its own, so that I follows B.
 */
export interface LinearModel {
  readonly tags: number;
  /**
   * weights[bucket * tags + tag] times `scale`: floats as trained (scale 1), or the 16-bit integers of a
   * model file (its scale), kept so because half the memory is fewer cache misses.
   */
  readonly weights: Float32Array | Float64Array | Int16Array;
  readonly scale: number;
}

/**
 * A sequence's features: the same number of buckets for each of `count` tokens, in one flat array. A
 * tagger scores the first `scoredPerToken` of each token's buckets (all of them when absent): the cue
 * tagger's first pass scores its own and leaves room for those of the second pass, written after it.
 */
export interface FeatureSequence {
  readonly count: number;
  readonly buckets: Uint32Array;
  readonly scoredPerToken?: number;
}

/**
 * Several models' weights side by side, bucket by bucket: `weights[bucket * stride + columns[m] + tag]` is
 * model `m`'s weight (unscaled). Models that score the same buckets (the cue tagger's three passes share
 * their first 42 templates) read each bucket once for all of them: one cache line instead of one per model.
 */
export interface InterleavedWeights {
  readonly models: readonly LinearModel[];
  readonly weights: Int16Array | Float64Array;
  readonly stride: number;
  readonly columns: readonly number[];
}

/**
 * Each token's sums of a model's weights over the first `through` buckets of its row, as `sumInterleaved`
 * wrote them: `sums[position * stride + column + tag]`. A tagger given them starts from these sums and
 * adds the rest of the row, which is the very same sequence of additions as summing the row from the start.
 */
export interface PartialSums {
  readonly sums: Float64Array;
  readonly stride: number;
  readonly column: number;
  readonly through: number;
}

const PREVIOUS_TAG = Array.from({ length: 8 }, (_, tag) => hashFeature(`prev=${tag}`));

/**
 * Adds the weights (as training holds them, scale 1) of token `position`'s buckets and of the previous tag
 * into `scores`.
 */
function scoreToken(
  model: LinearModel,
  sequence: FeatureSequence,
  position: number,
  previous: number,
  scores: Float64Array,
): void {
  const { tags, weights } = model;
  const perToken = sequence.buckets.length / sequence.count;
  const from = position * perToken;
  sumTokenWeights(model, sequence.buckets, from, from + (sequence.scoredPerToken ?? perToken), scores);
  const base = PREVIOUS_TAG[previous]! * tags;
  for (let tag = 0; tag < tags; tag += 1) scores[tag]! += weights[base + tag]!;
}

function bestTag(
  scores: Float64Array,
  previous: number,
  allowed: (previous: number, tag: number) => boolean,
): number {
  let best = -1;
  for (let tag = 0; tag < scores.length; tag += 1)
    if (allowed(previous, tag) && (best === -1 || scores[tag]! > scores[best]!)) best = tag;
  return best;
}

/**
 * Each tag's sum of the weights of buckets `from` to `to`, times `scale`. The committed models' weights
 * are 16-bit integers, whose sum is exact: it is scaled once, not each weight (which made extraction about
 * 5% faster, and changed one attribution of PolNeAR's 924 train and dev texts, where two scores had
 * rounded differently). With `start`, the sums begin from `start[startAt + tag]` (see `PartialSums`).
 * The tag counts of the committed models (3 and 5) are summed in one pass with a
 * local per tag: the bucket is read once and its tags, which share a cache line, are read together. Any
 * other count takes a pass per tag.
 */
function sumTokenWeights(
  model: LinearModel,
  buckets: Uint32Array,
  from: number,
  to: number,
  scores: Float64Array,
  start: Float64Array | null = null,
  startAt = 0,
): void {
  const { tags, weights, scale } = model;
  if (tags === 3) {
    let s0 = start === null ? 0 : start[startAt]!;
    let s1 = start === null ? 0 : start[startAt + 1]!;
    let s2 = start === null ? 0 : start[startAt + 2]!;
    for (let index = from; index < to; index += 1) {
      const base = buckets[index]! * 3;
      s0 += weights[base]!;
      s1 += weights[base + 1]!;
      s2 += weights[base + 2]!;
    }
    scores[0] = s0 * scale;
    scores[1] = s1 * scale;
    scores[2] = s2 * scale;
  } else if (tags === 5) {
    let s0 = start === null ? 0 : start[startAt]!;
    let s1 = start === null ? 0 : start[startAt + 1]!;
    let s2 = start === null ? 0 : start[startAt + 2]!;
    let s3 = start === null ? 0 : start[startAt + 3]!;
    let s4 = start === null ? 0 : start[startAt + 4]!;
    for (let index = from; index < to; index += 1) {
      const base = buckets[index]! * 5;
      s0 += weights[base]!;
      s1 += weights[base + 1]!;
      s2 += weights[base + 2]!;
      s3 += weights[base + 3]!;
      s4 += weights[base + 4]!;
    }
    scores[0] = s0 * scale;
    scores[1] = s1 * scale;
    scores[2] = s2 * scale;
    scores[3] = s3 * scale;
    scores[4] = s4 * scale;
  } else
    for (let tag = 0; tag < tags; tag += 1) {
      let sum = start === null ? 0 : start[startAt + tag]!;
      for (let index = from; index < to; index += 1) sum += weights[buckets[index]! * tags + tag]!;
      scores[tag] = sum * scale;
    }
}

const transitionTables = new WeakMap<(previous: number, tag: number) => boolean, Uint8Array>();

/**
 * Which transitions `allowed` permits, as a table by previous tag and tag: computed once per rule and tag
 * count, not per sequence (the role tagger tags a window for every cue).
 */
function transitionTable(allowed: (previous: number, tag: number) => boolean, tagCount: number): Uint8Array {
  let table = transitionTables.get(allowed);
  if (table?.length !== tagCount * tagCount) {
    table = new Uint8Array(tagCount * tagCount);
    for (let previous = 0; previous < tagCount; previous += 1)
      for (let tag = 0; tag < tagCount; tag += 1)
        table[previous * tagCount + tag] = allowed(previous, tag) ? 1 : 0;
    transitionTables.set(allowed, table);
  }
  return table;
}

/**
 * The order a tagger reads a sequence in: left to right, or right to left (the cue tagger's backward
 * pass), where the previous tag is the next token's and a span's B is its last token.
 */
export type ReadingOrder = 'forward' | 'backward';

/**
 * Tags a sequence greedily, read in `reading` order; `allowed(previous, tag)` forbids impossible
 * transitions (I after O). Tags and margins are returned by token position whatever the order. The hot
 * loop of extraction, bound by cache misses on the weights. Every tag is scored, those the previous tag
 * forbids included: one pass over a token's buckets for all tags costs less than skipping some. With
 * `partial`, each token's sums over its row's first buckets are already made (see `sumInterleaved`).
 */
export function tagSequence(
  model: LinearModel,
  sequence: FeatureSequence,
  allowed: (previous: number, tag: number) => boolean,
  margins?: Float64Array,
  reading: ReadingOrder = 'forward',
  partial: PartialSums | null = null,
): number[] {
  const { tags: tagCount, weights, scale } = model;
  const { buckets, count } = sequence;
  const perToken = count === 0 ? 0 : buckets.length / count;
  const scored = sequence.scoredPerToken ?? perToken;
  const through = partial === null ? 0 : partial.through;
  const scores = new Float64Array(tagCount);
  const permitted = transitionTable(allowed, tagCount);
  const result = new Array<number>(count);
  const step = reading === 'forward' ? 1 : -1;
  let previous = 0;
  for (let read = 0, position = step === 1 ? 0 : count - 1; read < count; read += 1, position += step) {
    const offset = position * perToken;
    if (partial === null) sumTokenWeights(model, buckets, offset, offset + scored, scores);
    else
      sumTokenWeights(
        model,
        buckets,
        offset + through,
        offset + scored,
        scores,
        partial.sums,
        position * partial.stride + partial.column,
      );
    const base = PREVIOUS_TAG[previous]! * tagCount;
    for (let tag = 0; tag < tagCount; tag += 1) scores[tag]! += weights[base + tag]! * scale;
    let best = -1;
    for (let tag = 0; tag < tagCount; tag += 1)
      if (permitted[previous * tagCount + tag] === 1 && (best === -1 || scores[tag]! > scores[best]!))
        best = tag;
    // How far the second tag's score (B) is above the first's (O): the tagger's confidence that a span
    // begins here, negative where it doubts it.
    if (margins) margins[position] = scores[1]! - scores[0]!;
    result[position] = best;
    previous = best;
  }
  return result;
}

/**
 * The weights of `models` side by side (see `InterleavedWeights`): 16-bit integers when every model's are
 * (the committed ones), 64-bit floats otherwise, which hold 32-bit training weights exactly.
 */
export function interleaveWeights(models: readonly LinearModel[]): InterleavedWeights {
  const columns: number[] = [];
  let stride = 0;
  for (const model of models) {
    columns.push(stride);
    stride += model.tags;
  }
  const buckets = models.length === 0 ? 0 : models[0]!.weights.length / models[0]!.tags;
  if (models.some((model) => model.weights.length !== buckets * model.tags))
    throw new Error('interleaveWeights needs models over the same number of buckets');
  const weights = models.every((model) => model.weights instanceof Int16Array)
    ? new Int16Array(buckets * stride)
    : new Float64Array(buckets * stride);
  models.forEach((model, m) => {
    const { tags } = model;
    for (let bucket = 0; bucket < buckets; bucket += 1)
      for (let tag = 0; tag < tags; tag += 1)
        weights[bucket * stride + columns[m]! + tag] = model.weights[bucket * tags + tag]!;
  });
  return { models, weights, stride, columns };
}

/**
 * For each token of `sequence`, every interleaved model's unscaled weight sums over the first `through`
 * buckets of its row, into `sums[position * stride + column + tag]`, added in bucket order from 0 as
 * `tagSequence` adds them. Nine columns (the cue tagger's three passes of three tags) are summed with a
 * local each; any other stride, column by column.
 */
export function sumInterleaved(
  interleaved: InterleavedWeights,
  sequence: FeatureSequence,
  through: number,
  sums: Float64Array,
): void {
  const { weights, stride } = interleaved;
  const { buckets, count } = sequence;
  const perToken = count === 0 ? 0 : buckets.length / count;
  for (let position = 0; position < count; position += 1) {
    const from = position * perToken;
    const to = from + through;
    const out = position * stride;
    if (stride === 9) {
      let a0 = 0;
      let a1 = 0;
      let a2 = 0;
      let b0 = 0;
      let b1 = 0;
      let b2 = 0;
      let c0 = 0;
      let c1 = 0;
      let c2 = 0;
      for (let index = from; index < to; index += 1) {
        const base = buckets[index]! * 9;
        a0 += weights[base]!;
        a1 += weights[base + 1]!;
        a2 += weights[base + 2]!;
        b0 += weights[base + 3]!;
        b1 += weights[base + 4]!;
        b2 += weights[base + 5]!;
        c0 += weights[base + 6]!;
        c1 += weights[base + 7]!;
        c2 += weights[base + 8]!;
      }
      sums[out] = a0;
      sums[out + 1] = a1;
      sums[out + 2] = a2;
      sums[out + 3] = b0;
      sums[out + 4] = b1;
      sums[out + 5] = b2;
      sums[out + 6] = c0;
      sums[out + 7] = c1;
      sums[out + 8] = c2;
    } else
      for (let column = 0; column < stride; column += 1) {
        let sum = 0;
        for (let index = from; index < to; index += 1) sum += weights[buckets[index]! * stride + column]!;
        sums[out + column] = sum;
      }
  }
}

/**
 * Trains several averaged perceptrons, each seeing the examples in its own order (reshuffled every
 * epoch), and averages their weights into one model: a perceptron depends on the order it reads, and the
 * average of several orders is steadier than any one (on PolNeAR dev, five members moved cue, source and
 * content exact F1 by about half a point each over one member in file order). Deterministic: the orders
 * come from fixed seeds. The result costs no more to apply than one member.
 */
export function trainAveragedPerceptrons(
  examples: readonly { features: FeatureSequence; tags: readonly number[] }[],
  tagCount: number,
  epochs: number,
  allowed: (previous: number, tag: number) => boolean,
  members: number,
  reading: ReadingOrder = 'forward',
): LinearModel {
  const sum = new Float64Array(FEATURE_BUCKETS * tagCount);
  for (let member = 0; member < members; member += 1) {
    const seed = MEMBER_SEEDS + member * 7919;
    const { weights } = trainPerceptron(examples, tagCount, epochs, allowed, seed, reading);
    for (let index = 0; index < sum.length; index += 1) sum[index]! += weights[index]!;
  }
  return { tags: tagCount, weights: Float32Array.from(sum, (total) => total / members), scale: 1 };
}

const MEMBER_SEEDS = 1000;

/**
 * Trains an averaged perceptron that reads each sequence in `reading` order (its tags given by token
 * position, as that order reads them). With a seed, the examples are read in a new pseudo-random order
 * each epoch (a linear congruential generator, so the same seed gives the same model); without one, in
 * the order given.
 */
export function trainPerceptron(
  examples: readonly { features: FeatureSequence; tags: readonly number[] }[],
  tagCount: number,
  epochs: number,
  allowed: (previous: number, tag: number) => boolean,
  seed: number | null = null,
  reading: ReadingOrder = 'forward',
): LinearModel {
  const size = FEATURE_BUCKETS * tagCount;
  // The weights are sums of +1 and -1, integers that a 32-bit float holds exactly up to 2^24 (the
  // committed models' largest is under 100): half the memory of 64-bit ones for the same sums, and fewer
  // cache misses in scoring, which is most of training's time.
  const weights = new Float32Array(size);
  const totals = new Float64Array(size);
  const stamps = new Float64Array(size);
  const training: LinearModel = { tags: tagCount, weights, scale: 1 };
  let clock = 1;
  const update = (bucket: number, tag: number, delta: number): void => {
    const index = bucket * tagCount + tag;
    totals[index]! += (clock - stamps[index]!) * weights[index]!;
    stamps[index] = clock;
    weights[index]! += delta;
  };
  const scores = new Float64Array(tagCount);
  const order = examples.map((_, index) => index);
  let state = seed ?? 0;
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    if (seed !== null)
      for (let index = order.length - 1; index > 0; index -= 1) {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        // The low bits of a power-of-two generator are weakly random, which is enough to give each member
        // its own order. Reading the high bits instead was tried: other models, within the spread of other
        // seeds on dev (source exact F1 0.678 against 0.683), but three of the tests' sentences read
        // differently, so the committed models keep this generator.
        const other = state % (index + 1);
        [order[index], order[other]] = [order[other]!, order[index]!];
      }
    for (const example of order) {
      const { features, tags } = examples[example]!;
      const perToken = features.buckets.length / features.count;
      let previous = 0;
      const step = reading === 'forward' ? 1 : -1;
      for (
        let read = 0, position = step === 1 ? 0 : features.count - 1;
        read < features.count;
        read += 1, position += step
      ) {
        scoreToken(training, features, position, previous, scores);
        const guess = bestTag(scores, previous, allowed);
        const truth = tags[position]!;
        if (guess !== truth) {
          const end = position * perToken + (features.scoredPerToken ?? perToken);
          for (let index = position * perToken; index < end; index += 1) {
            update(features.buckets[index]!, truth, 1);
            update(features.buckets[index]!, guess, -1);
          }
          update(PREVIOUS_TAG[previous]!, truth, 1);
          update(PREVIOUS_TAG[previous]!, guess, -1);
        }
        clock += 1;
        // Training follows the true history, so that one mistake does not derail the rest.
        previous = truth;
      }
    }
  }
  const averaged = new Float32Array(size);
  for (let index = 0; index < size; index += 1)
    averaged[index] = (totals[index]! + (clock - stamps[index]!) * weights[index]!) / clock;
  return { tags: tagCount, weights: averaged, scale: 1 };
}
