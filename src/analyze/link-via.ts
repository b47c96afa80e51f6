import type { Span } from '../types.js';
import type { AnalysisContext } from './context.js';
import { nextWord } from './context.js';
import { CONTINUATION_OPENERS } from './lexicon/function-words.js';

export interface ViaInput {
  readonly cueStart: number;
  readonly sentence: number;
  readonly content: readonly Span[];
  readonly speakerKey: string | null;
  /** Offsets where the attribution's speaker is mentioned by name or resolved reference. */
  readonly mentionsOf: (speakerKey: string) => readonly number[];
}

/**
 * Which attribution carries each one. An attribution whose cue lies inside another's content is reported
 * within it (Biden's words inside Stoltenberg's admission). An attribution whose sentence continues the
 * previous one's account ("And he said ...") and whose speaker appears in that account's content is
 * reported through that account too.
 */
export function linkVia(context: AnalysisContext, attributions: readonly ViaInput[]): (number | null)[] {
  return attributions.map((attribution, index) => {
    let carrier: number | null = null;
    let carrierSize = Infinity;
    for (const [otherIndex, other] of attributions.entries()) {
      if (otherIndex === index) continue;
      for (const fragment of other.content) {
        const size = fragment.end - fragment.start;
        const inside = attribution.cueStart >= fragment.start && attribution.cueStart < fragment.end;
        if (inside && size < carrierSize) {
          carrier = otherIndex;
          carrierSize = size;
        }
      }
    }
    if (carrier !== null) return carrier;
    return continuedAccount(context, attributions, index);
  });
}

function continuedAccount(
  context: AnalysisContext,
  attributions: readonly ViaInput[],
  index: number,
): number | null {
  const attribution = attributions[index]!;
  if (attribution.speakerKey === null) return null;
  const sentence = context.sentences[attribution.sentence]!;
  const opener =
    context.tokens[
      context.tokens[sentence.firstToken]!.kind === 'word'
        ? sentence.firstToken
        : nextWord(context.tokens, sentence.firstToken)
    ];
  if (!opener || !CONTINUATION_OPENERS.has(opener.lower)) return null;
  const mentions = attribution.mentionsOf(attribution.speakerKey);
  for (let otherIndex = attributions.length - 1; otherIndex >= 0; otherIndex -= 1) {
    const other = attributions[otherIndex]!;
    if (
      other.sentence !== attribution.sentence - 1 ||
      other.speakerKey === attribution.speakerKey ||
      other.speakerKey === null
    )
      continue;
    const mentioned = mentions.some((offset) =>
      other.content.some((fragment) => offset >= fragment.start && offset < fragment.end),
    );
    if (mentioned) return otherIndex;
  }
  return null;
}
