import type { Span } from '../../types.js';
import { firstTokenAt, isAnalyzedSentence, type AnalysisContext } from '../context.js';
import type { TokenRange } from '../noun-phrases.js';
import { taggedTokens } from './cue-examples.js';
import { roleFeatures, type RoleTag } from './role-features.js';
import type { FeatureSequence } from './perceptron.js';

export interface GoldRelation {
  readonly cue: Span;
  readonly source: Span | null;
  readonly content: readonly Span[];
}

/** The cue's sentence and its tokens as the role tagger reads them. */
export function roleWindow(
  context: AnalysisContext,
  cue: TokenRange,
): { sentence: number; indices: number[] } | null {
  const sentence = context.sentenceOfToken[cue.first]!;
  const span = context.sentences[sentence];
  if (!span || !isAnalyzedSentence(context, span)) return null;
  const indices = taggedTokens(context, span);
  return indices.length === 0 ? null : { sentence, indices };
}

/** One training sequence per gold relation with a cue: its sentence, tagged with the gold source and content. */
export function roleExamples(
  context: AnalysisContext,
  relations: readonly GoldRelation[],
): { features: FeatureSequence; tags: RoleTag[] }[] {
  const { tokens } = context;
  const examples: { features: FeatureSequence; tags: RoleTag[] }[] = [];
  for (const relation of relations) {
    const first = firstTokenAt(tokens, relation.cue.start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < relation.cue.end) last += 1;
    if (first >= tokens.length) continue;
    const cue = { first, last };
    const window = roleWindow(context, cue);
    if (!window) continue;
    const inside = (span: Span, index: number): boolean =>
      span.start < tokens[index]!.end && tokens[index]!.start < span.end;
    let previous: RoleTag = 0;
    const tags = window.indices.map((index): RoleTag => {
      let tag: RoleTag = 0;
      if (relation.source && inside(relation.source, index)) tag = previous === 1 || previous === 2 ? 2 : 1;
      else if (relation.content.some((span) => inside(span, index)))
        tag = previous === 3 || previous === 4 ? 4 : 3;
      previous = tag;
      return tag;
    });
    examples.push({ features: roleFeatures(context, window.indices, cue), tags });
  }
  return examples;
}
