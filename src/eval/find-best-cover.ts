/**
 * The relation whose content covers the most of a target content's tokens, ties going to the higher
 * Jaccard (EVAL.md's speaker rule), and then to the earlier relation so that results never depend on
 * anything but the input order. Also used to show the nearest counterpart of a miss or a false alarm.
 */
import { sharedTokens } from './prepare-relations.js';
import type { TokenRelation } from './types.js';

export interface BestCover {
  readonly index: number;
  /** Tokens of the target's content that the candidate's content covers. */
  readonly shared: number;
  readonly jaccard: number;
}

export function findBestCover(target: TokenRelation, candidates: readonly TokenRelation[]): BestCover | null {
  const content = target.content;
  if (!content) return null;
  let best: BestCover | null = null;
  for (const [index, candidate] of candidates.entries()) {
    if (!candidate.content) continue;
    const shared = sharedTokens(content, candidate.content);
    if (shared === 0) continue;
    const jaccard = shared / (target.contentTokens + candidate.contentTokens - shared);
    if (!best || shared > best.shared || (shared === best.shared && jaccard > best.jaccard))
      best = { index, shared, jaccard };
  }
  return best;
}
