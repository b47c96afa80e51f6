/**
 * Speaker-source accuracy (EVAL.md) for one document. Each gold direct or mixed quote with a source is
 * scored; it is matched when the predicted relation (of any type) that covers most of its content covers
 * at least half of the content's tokens, and correct when that relation's source overlaps the gold source
 * by at least one character. Counting the unmatched quotes too gives the match rate and the end-to-end
 * figure, so a system cannot look good by matching few quotes.
 */
import type { Span } from '../types.js';
import { findBestCover } from './find-best-cover.js';
import type { SpeakerCounts, TokenRelation } from './types.js';

export function scoreSpeakers(
  predicted: readonly TokenRelation[],
  gold: readonly TokenRelation[],
): SpeakerCounts {
  let scored = 0;
  let matched = 0;
  let correct = 0;
  for (const quote of gold) {
    const goldSource = quote.relation.source;
    if (!quote.isQuote || !goldSource || !quote.content) continue;
    scored += 1;
    const best = findBestCover(quote, predicted);
    if (!best || 2 * best.shared < quote.contentTokens) continue;
    matched += 1;
    const source = predicted[best.index]!.relation.source;
    if (source && charactersOverlap(source, goldSource)) correct += 1;
  }
  return { scored, matched, correct };
}

/** Strict character overlap: the spans share at least one character. */
export const charactersOverlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
