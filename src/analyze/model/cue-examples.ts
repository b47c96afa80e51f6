import type { Span } from '../../types.js';
import { isAnalyzedSentence, type AnalysisContext } from '../context.js';
import type { Sentence } from '../segment-sentences.js';
import { sentenceFeatures, type CueTag, type SentenceFeatures } from './cue-features.js';

/** The tokens the cue tagger reads in a sentence: every token but white space. */
export function taggedTokens(context: AnalysisContext, sentence: Sentence): number[] {
  const indices: number[] = [];
  for (let index = sentence.firstToken; index < sentence.lastToken; index += 1)
    if (context.tokens[index]!.kind !== 'space') indices.push(index);
  return indices;
}

/** I may only follow B or I. */
export const cueTransitionAllowed = (previous: number, tag: number): boolean => tag !== 2 || previous !== 0;

/**
 * Forward tags by position as the backward pass reads them, right to left: a span's B is its last token,
 * and I continues it to the left.
 */
export function backwardTags(tags: readonly number[]): CueTag[] {
  return tags.map((tag, k) => (tag === 0 ? 0 : tags[k + 1] === 2 ? 2 : 1));
}

/** The backward pass's tags by position (see `backwardTags`) as forward ones. */
export function forwardTags(backward: readonly number[]): CueTag[] {
  return backward.map((tag, k) => (tag === 0 ? 0 : k > 0 && backward[k - 1] === 2 ? 2 : 1));
}

/**
 * Training sequences from an article and its gold cue spans: one per analyzed sentence, with the first
 * pass's features, or those `featuresOf` gives (the second pass's).
 */
export function cueExamples(
  context: AnalysisContext,
  cues: readonly Span[],
  featuresOf: (indices: readonly number[]) => SentenceFeatures = (indices) =>
    sentenceFeatures(context, indices),
): { features: SentenceFeatures; tags: CueTag[] }[] {
  const examples: { features: SentenceFeatures; tags: CueTag[] }[] = [];
  for (const sentence of context.sentences) {
    if (!isAnalyzedSentence(context, sentence)) continue;
    const indices = taggedTokens(context, sentence);
    if (indices.length === 0) continue;
    let previousCue: Span | null = null;
    const tags = indices.map((index): CueTag => {
      const token = context.tokens[index]!;
      const cue = cues.find((span) => span.start < token.end && token.start < span.end) ?? null;
      const tag: CueTag = cue === null ? 0 : cue === previousCue ? 2 : 1;
      previousCue = cue;
      return tag;
    });
    examples.push({ features: featuresOf(indices), tags });
  }
  return examples;
}
