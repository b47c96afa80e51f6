import { isAnalyzedSentence, type AnalysisContext } from '../context.js';
import type { TokenRange } from '../noun-phrases.js';
import { addFirstPass, sentenceFeatures, type SentenceFeatures } from './cue-features.js';
import { cueTransitionAllowed, forwardTags, taggedTokens } from './cue-examples.js';
import { committedModel } from './model-file.js';
import {
  interleaveWeights,
  sumInterleaved,
  tagSequence,
  type InterleavedWeights,
  type LinearModel,
  type PartialSums,
} from './perceptron.js';
import { reusableArray } from './reusable-array.js';

/** Bumped whenever cue-features.ts changes what it computes: a model trained on other features is refused. */
export const CUE_FEATURES_VERSION = 'cue-7';
/** The backward first pass reads the same features in the other order: its own version, so neither is read as the other. */
export const BACKWARD_FEATURES_VERSION = `${CUE_FEATURES_VERSION}-backward-1`;
/** The same, for the stacked pass's templates. */
export const STACKED_FEATURES_VERSION = `${CUE_FEATURES_VERSION}-stacked-2`;

export const CUE_MODEL_URL = new URL('../../../models/cue-tagger.bin.gz', import.meta.url);
export const BACKWARD_MODEL_URL = new URL('../../../models/cue-backward.bin.gz', import.meta.url);
export const STACKED_MODEL_URL = new URL('../../../models/cue-stacked.bin.gz', import.meta.url);

/**
 * The committed models, each read once on first use: the first pass, left to right; the backward first
 * pass, right to left; and the second pass, which reads both.
 */
export const cueModel = committedModel(CUE_MODEL_URL, CUE_FEATURES_VERSION);
export const backwardCueModel = committedModel(BACKWARD_MODEL_URL, BACKWARD_FEATURES_VERSION);
export const stackedCueModel = committedModel(STACKED_MODEL_URL, STACKED_FEATURES_VERSION);

/** What the second pass needs besides the forward first pass: the backward first pass, and its own model. */
export interface StackedModels {
  readonly backward: LinearModel;
  readonly second: LinearModel;
}

export const committedStackedModels = (): StackedModels => ({
  backward: backwardCueModel(),
  second: stackedCueModel(),
});

/** A cue span the tagger found, with its confidence (the B tag's score above O's at the span's start). */
export interface TaggedCue {
  readonly sentence: number;
  readonly range: TokenRange;
  readonly margin: number;
}

/** What the tagger read in an article: its cue spans, and for every token how sure it is that a cue begins there. */
export interface TaggedCues {
  readonly cues: readonly TaggedCue[];
  /** Score of B minus score of O, per token index (NaN outside analyzed sentences). */
  readonly beginMargins: Float64Array;
}

/** The sentences' buckets and margins, read as soon as they are computed. */
const bucketArray = reusableArray((length) => new Uint32Array(length));
const marginArray = reusableArray((length) => new Float64Array(length));
/** The backward pass's margins, read by `addFirstPass` as soon as they are written. */
const backwardMarginArray = reusableArray((length) => new Float64Array(length));
/** The three passes' weight sums over each token's first-pass buckets (see `sumInterleaved`). */
const sumArray = reusableArray((length) => new Float64Array(length));

/**
 * The three passes' weights side by side (forward, backward, second), made once for each set of models:
 * the passes share their first-pass templates, so each of those buckets is read once for all three.
 */
const interleavedPasses = new WeakMap<LinearModel, InterleavedWeights>();

function interleavedWeightsOf(forward: LinearModel, stacked: StackedModels): InterleavedWeights {
  const made = interleavedPasses.get(forward);
  if (made?.models[1] === stacked.backward && made.models[2] === stacked.second) return made;
  const interleaved = interleaveWeights([forward, stacked.backward, stacked.second]);
  interleavedPasses.set(forward, interleaved);
  return interleaved;
}

/**
 * The second pass's features of a sentence's tokens (`indices`): the first pass (`forward`) tags the
 * sentence left to right, writing its begin margins into `margins`, the backward pass tags it right to
 * left, and both passes' tags and margins are added to the same rows. With `shared`, the two first passes
 * start from the sums it holds (columns 0 and 1) over the first-pass buckets of each row.
 */
export function stackedFeatures(
  forward: LinearModel,
  backward: LinearModel,
  context: AnalysisContext,
  indices: readonly number[],
  margins: Float64Array,
  bucketArray?: (length: number) => Uint32Array,
  shared?: (features: SentenceFeatures, pass: number) => PartialSums,
): SentenceFeatures {
  const features = sentenceFeatures(context, indices, bucketArray, true);
  const tags = tagSequence(
    forward,
    features,
    cueTransitionAllowed,
    margins,
    'forward',
    shared?.(features, 0),
  );
  const backwardMargins = backwardMarginArray(indices.length);
  const backwardRead = tagSequence(
    backward,
    features,
    cueTransitionAllowed,
    backwardMargins,
    'backward',
    shared?.(features, 1),
  );
  return addFirstPass(context, indices, features, {
    tags,
    margins,
    backward: { tags: forwardTags(backwardRead), margins: backwardMargins },
  });
}

/**
 * The cue tags of a sentence's tokens (`indices`) and, in `margins`, each token's begin margin: from the
 * first pass alone, or, with the stacked models, from the second pass after both first passes.
 */
function tagSentence(
  forward: LinearModel,
  stacked: StackedModels | null,
  context: AnalysisContext,
  indices: readonly number[],
  margins: Float64Array,
): number[] {
  if (stacked === null)
    return tagSequence(
      forward,
      sentenceFeatures(context, indices, bucketArray),
      cueTransitionAllowed,
      margins,
    );
  // The three passes' sums over each token's first-pass buckets are made once, when the first pass asks
  // for them: the second pass starts from its own and adds only its own templates.
  const interleaved = interleavedWeightsOf(forward, stacked);
  let made: { sums: Float64Array; through: number } | null = null;
  const shared = (features: SentenceFeatures, pass: number): PartialSums => {
    if (made === null) {
      made = { sums: sumArray(features.count * interleaved.stride), through: features.scoredPerToken };
      sumInterleaved(interleaved, features, made.through, made.sums);
    }
    return { ...made, stride: interleaved.stride, column: interleaved.columns[pass]! };
  };
  const features = stackedFeatures(forward, stacked.backward, context, indices, margins, bucketArray, shared);
  return tagSequence(stacked.second, features, cueTransitionAllowed, margins, 'forward', shared(features, 2));
}

/**
 * The cue spans the taggers find in each analyzed sentence, as token ranges. Two passes: first, two
 * taggers read the sentence, one left to right and one right to left; then a second pass reads it again
 * knowing the tags of both, on both sides of each word (stacking). On PolNeAR dev the second pass with the
 * forward first pass alone (session 9) moved cue exact F1 from 0.696 to 0.701 (0.694 and 0.697 when
 * trained from other seeds), source from 0.713 to 0.718 and content token overlap from 0.832 to 0.841;
 * with the backward first pass (session 10), cue is 0.708 (0.705 and 0.707 from other seeds), source
 * 0.724 and content exact 0.567. With `stacked` null, the forward first pass alone.
 */
export function tagCues(
  context: AnalysisContext,
  forward: LinearModel = cueModel(),
  stacked: StackedModels | null = committedStackedModels(),
): TaggedCues {
  const found: TaggedCue[] = [];
  const beginMargins = new Float64Array(context.tokens.length).fill(Number.NaN);
  context.sentences.forEach((sentence, sentenceIndex) => {
    if (!isAnalyzedSentence(context, sentence)) return;
    const indices = taggedTokens(context, sentence);
    if (indices.length === 0) return;
    const margins = marginArray(indices.length); // the tagger writes the first indices.length
    const tags = tagSentence(forward, stacked, context, indices, margins);
    indices.forEach((index, position) => (beginMargins[index] = margins[position]!));
    tags.forEach((tag, position) => {
      if (tag === 1)
        found.push({
          sentence: sentenceIndex,
          range: { first: indices[position]!, last: indices[position]! },
          margin: margins[position]!,
        });
      else if (tag === 2 && found.length > 0) {
        const last = found.at(-1)!;
        found[found.length - 1] = { ...last, range: { first: last.range.first, last: indices[position]! } };
      }
    });
  });
  return { cues: found, beginMargins };
}
