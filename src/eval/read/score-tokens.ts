/**
 * The Article Extraction Benchmark's body metric (scrapinghub/article-extraction-benchmark, evaluate.py),
 * reimplemented so that our figures on golden pages and the benchmark's on real pages mean the same:
 * word tokens (`\w+` as Python's `re` reads it: letters, digits, underscore; case kept), shingles of four
 * consecutive tokens counted as a multiset, true and false positives and negatives normalised per page so
 * that long pages weigh no more than short ones, then precision and recall averaged over pages and F1
 * taken of the averages.
 */

/** Tokens and shingle size exactly as evaluate.py's `_TOKEN_RE` and `ngram_n`. */
const WORD_TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

/** One page's matched shingles, normalised to sum to 1 (all 0 when both texts have no token). */
export interface ShingleMatch {
  readonly truePositive: number;
  readonly falsePositive: number;
  readonly falseNegative: number;
}

export interface TokenScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export const wordTokens = (text: string): string[] => text.match(WORD_TOKEN) ?? [];

/**
 * Counts of each shingle. A text shorter than a shingle still makes one (shorter) shingle; an empty
 * text makes none, as evaluate.py's `_ngrams`.
 */
export function shingleCounts(text: string): Map<string, number> {
  const tokens = wordTokens(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let index = 0; index < last; index += 1) {
    const shingle = tokens.slice(index, index + SHINGLE_SIZE);
    if (shingle.length === 0) continue;
    // A separator no token can contain keeps ("a b", "c") apart from ("a", "b c").
    const key = shingle.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** evaluate.py's `string_shingle_matching` of an expected and an extracted body. */
export function matchShingles(expected: string, extracted: string): ShingleMatch {
  const expectedCounts = shingleCounts(expected);
  const extractedCounts = shingleCounts(extracted);
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  for (const key of new Set([...expectedCounts.keys(), ...extractedCounts.keys()])) {
    const expectedCount = expectedCounts.get(key) ?? 0;
    const extractedCount = extractedCounts.get(key) ?? 0;
    truePositive += Math.min(expectedCount, extractedCount);
    falsePositive += Math.max(0, extractedCount - expectedCount);
    falseNegative += Math.max(0, expectedCount - extractedCount);
  }
  const sum = truePositive + falsePositive + falseNegative;
  if (sum === 0) return { truePositive, falsePositive, falseNegative };
  return {
    truePositive: truePositive / sum,
    falsePositive: falsePositive / sum,
    falseNegative: falseNegative / sum,
  };
}

export function precisionOf({ truePositive, falsePositive, falseNegative }: ShingleMatch): number {
  if (falsePositive === 0 && falseNegative === 0) return 1;
  if (truePositive === 0 && falsePositive === 0) return 0;
  return truePositive / (truePositive + falsePositive);
}

export function recallOf({ truePositive, falsePositive, falseNegative }: ShingleMatch): number {
  if (falsePositive === 0 && falseNegative === 0) return 1;
  if (truePositive === 0 && falseNegative === 0) return 0;
  return truePositive / (truePositive + falseNegative);
}

/**
 * evaluate.py's `metrics_from_tp_fp_fns`: precision averaged over pages that extracted something, recall
 * over pages that expected something, F1 of the two averages. No page to average gives 0, not NaN.
 */
export function summarizeTokenScores(matches: readonly ShingleMatch[]): TokenScore {
  const precisions = matches.filter((match) => match.truePositive + match.falsePositive > 0).map(precisionOf);
  const recalls = matches.filter((match) => match.truePositive + match.falseNegative > 0).map(recallOf);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const mean = (values: readonly number[]): number =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
