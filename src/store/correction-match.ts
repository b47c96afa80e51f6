/**
 * What a hand correction of an attribution keeps and how it finds its attribution again, whatever the engine:
 * a correction is kept by what survives re-extracting the article (the attribution's words and cue, under the
 * article's key), not only by the attribution's id.
 */
import { matchKey } from '../link/match-key.js';
import type { TextSpan } from '../types.js';

/** A correction as kept: what it finds its attribution by, what it sets, and what it changed (to undo it). */
export interface KeptCorrection {
  readonly id: number;
  readonly kind: 'wrong' | 'speaker';
  readonly personId: number | null;
  readonly contentText: string;
  readonly contentStart: number;
  readonly cueText: string | null;
  readonly cueStart: number | null;
  readonly originalPersonId: number | null;
  readonly originalSpeakerLocalId: string | null;
  readonly originalSpeakerName: string | null;
  readonly originalStatementId: number | null;
}

/** A speaker set by hand whose person is not among the article's people gets this local id. */
export const correctedLocalId = (personId: number): string => `corrected-p${personId}`;

/** The words of an attribution as a correction keeps them: its fragments joined, folded. */
export const contentTextOf = (content: readonly { text: string }[]): string =>
  matchKey(content.map((fragment) => fragment.text).join(' '));

/**
 * The rewritten attribution a kept correction is about: the same words (and cue, when there is one),
 * nearest the place it was at (a text edited above it moves it). `spansOf` reads a candidate's content.
 */
export function bestMatch<T extends { readonly cueText: string | null }>(
  correction: Pick<KeptCorrection, 'contentText' | 'contentStart' | 'cueText'>,
  candidates: readonly T[],
  spansOf: (candidate: T) => readonly TextSpan[],
): T | null {
  let best: T | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const content = spansOf(candidate);
    if (contentTextOf(content) !== correction.contentText) continue;
    if (correction.cueText !== null && candidate.cueText !== null && candidate.cueText !== correction.cueText)
      continue;
    const distance = Math.abs((content[0]?.start ?? 0) - correction.contentStart);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
