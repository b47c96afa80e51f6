import { isAnalyzedSentence, type AnalysisContext } from '../context.js';
import type { TokenRange } from '../noun-phrases.js';
import { sentenceFeatures } from './cue-features.js';
import { cueTransitionAllowed, taggedTokens } from './cue-examples.js';
import { committedModel } from './model-file.js';
import { tagSequence, type LinearModel } from './perceptron.js';
import { reusableArray } from './reusable-array.js';

/** Bumped whenever cue-features.ts changes what it computes: a model trained on other features is refused. */
export const CUE_FEATURES_VERSION = 'cue-7';

export const CUE_MODEL_URL = new URL('../../../models/cue-tagger.bin.gz', import.meta.url);

/** The committed model, read once on first use. */
export const cueModel = committedModel(CUE_MODEL_URL, CUE_FEATURES_VERSION);

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

/** The cue spans the model finds in each analyzed sentence, as token ranges. */
export function tagCues(context: AnalysisContext, model: LinearModel = cueModel()): TaggedCues {
  const found: TaggedCue[] = [];
  const beginMargins = new Float64Array(context.tokens.length).fill(Number.NaN);
  context.sentences.forEach((sentence, sentenceIndex) => {
    if (!isAnalyzedSentence(context, sentence)) return;
    const indices = taggedTokens(context, sentence);
    if (indices.length === 0) return;
    const margins = marginArray(indices.length); // the tagger writes the first indices.length
    const tags = tagSequence(
      model,
      sentenceFeatures(context, indices, bucketArray),
      cueTransitionAllowed,
      margins,
    );
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
