import { matchKey } from '../../link/match-key.js';
import type { StoredAttribution } from '../../store/index.js';
import type { RecordGold, RecordGoldAttribution } from './read-record-gold.js';

/** A gold attribution located in its article, and the stored attribution matched to it (or null). */
export interface RecordPair {
  readonly file: string;
  readonly gold: RecordGoldAttribution;
  readonly span: { readonly start: number; readonly end: number };
  readonly stored: StoredAttribution | null;
}

export interface PairwiseScore {
  readonly truePairs: number;
  readonly predictedPairs: number;
  readonly goldPairs: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface RecordScores {
  readonly gold: number;
  readonly matched: number;
  readonly speaker: { readonly correct: number; readonly total: number; readonly accuracy: number };
  readonly saidAt: { readonly correct: number; readonly total: number; readonly accuracy: number };
  readonly merges: PairwiseScore;
  readonly statements: PairwiseScore;
}

/** The span of a gold content in its article text (its `occurrence`-th appearance), or null when absent. */
export function locateContent(
  text: string,
  gold: RecordGoldAttribution,
): { start: number; end: number } | null {
  let start = -1;
  for (let seen = 0; seen < (gold.occurrence ?? 1); seen += 1) {
    start = text.indexOf(gold.content, start + 1);
    if (start === -1) return null;
  }
  return { start, end: start + gold.content.length };
}

/**
 * Matches gold attributions to stored ones of the same article (EVAL.md): a stored attribution matches when
 * its content covers at least half of the gold content's characters; best covers first, one to one. Between
 * equal covers the closer content is the better match (the higher Jaccard of characters, as EVAL.md breaks
 * the tie for quotations): an interviewer's line that holds a report ("Marsh told reporters that the water
 * was safe. Was it?") covers that report's words as fully as the report itself does.
 */
export function matchArticle(
  golds: readonly { gold: RecordGoldAttribution; span: { start: number; end: number } }[],
  stored: readonly StoredAttribution[],
): (StoredAttribution | null)[] {
  const options: { goldIndex: number; storedIndex: number; cover: number; jaccard: number }[] = [];
  golds.forEach(({ span }, goldIndex) => {
    stored.forEach(({ attribution }, storedIndex) => {
      let covered = 0;
      let length = 0;
      for (const fragment of attribution.content) {
        covered += Math.max(0, Math.min(fragment.end, span.end) - Math.max(fragment.start, span.start));
        length += fragment.end - fragment.start;
      }
      const goldLength = span.end - span.start;
      const cover = covered / Math.max(1, goldLength);
      const jaccard = covered / Math.max(1, goldLength + length - covered);
      if (cover >= 0.5) options.push({ goldIndex, storedIndex, cover, jaccard });
    });
  });
  options.sort(
    (a, b) =>
      b.cover - a.cover ||
      b.jaccard - a.jaccard ||
      a.goldIndex - b.goldIndex ||
      a.storedIndex - b.storedIndex,
  );
  const matched: (StoredAttribution | null)[] = golds.map(() => null);
  const used = new Set<number>();
  for (const { goldIndex, storedIndex } of options) {
    if (matched[goldIndex] !== null || used.has(storedIndex)) continue;
    matched[goldIndex] = stored[storedIndex]!;
    used.add(storedIndex);
  }
  return matched;
}

/**
 * Whether a matched pair's stored speaker is the gold one: the gold person by name or alias, or no one
 * for both; false for a gold attribution that matched nothing.
 */
export function isSpeakerRight(gold: RecordGold, { gold: attribution, stored }: RecordPair): boolean {
  if (!stored) return false;
  const name = stored.person?.name ?? null;
  if (attribution.speaker === null) return name === null;
  if (name === null) return false;
  const person = gold.people.get(attribution.speaker);
  const names = person ? [person.name, ...person.aliases] : [attribution.speaker];
  return names.some((known) => matchKey(known) === matchKey(name));
}

export function scoreRecord(gold: RecordGold, pairs: readonly RecordPair[]): RecordScores {
  const speakerCorrect = pairs.filter((pair) => isSpeakerRight(gold, pair)).length;
  const dated = pairs.filter((pair) => pair.gold.saidAt !== null);
  const saidAtCorrect = dated.filter(
    (pair) => pair.stored?.attribution.saidAt?.value === pair.gold.saidAt,
  ).length;
  const matched = pairs.filter((pair) => pair.stored !== null);
  const named = matched.filter((pair) => pair.gold.speaker !== null);
  return {
    gold: pairs.length,
    matched: matched.length,
    speaker: { correct: speakerCorrect, total: pairs.length, accuracy: ratio(speakerCorrect, pairs.length) },
    saidAt: { correct: saidAtCorrect, total: dated.length, accuracy: ratio(saidAtCorrect, dated.length) },
    merges: pairwise(
      named,
      (a, b) => a.gold.speaker === b.gold.speaker,
      (a, b) => a.stored!.person !== null && a.stored!.person.id === b.stored!.person?.id,
    ),
    statements: pairwise(
      matched,
      (a, b) => a.gold.statement !== null && a.gold.statement === b.gold.statement,
      (a, b) => a.stored!.statement !== null && a.stored!.statement.id === b.stored!.statement?.id,
    ),
  };
}

/** Pairwise precision and recall of "same" over every pair of items. */
function pairwise<T>(
  items: readonly T[],
  goldSame: (a: T, b: T) => boolean,
  predictedSame: (a: T, b: T) => boolean,
): PairwiseScore {
  let truePairs = 0;
  let predictedPairs = 0;
  let goldPairs = 0;
  for (let i = 0; i < items.length; i += 1)
    for (let j = i + 1; j < items.length; j += 1) {
      const isGold = goldSame(items[i]!, items[j]!);
      const isPredicted = predictedSame(items[i]!, items[j]!);
      if (isGold) goldPairs += 1;
      if (isPredicted) predictedPairs += 1;
      if (isGold && isPredicted) truePairs += 1;
    }
  const precision = ratio(truePairs, predictedPairs);
  const recall = ratio(truePairs, goldPairs);
  return {
    truePairs,
    predictedPairs,
    goldPairs,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
