/**
 * BM25 over the few rows a search ranks, computed here rather than by the engine. SQLite's FTS5 `bm25()`
 * first counts, for every phrase of the query, the rows of the WHOLE index that hold it: for a word in most
 * of a million attributions that alone takes tens of milliseconds per search, whatever the ranking window.
 * Here the ranked rows' own words give the term frequencies and lengths, and each term's document
 * frequency comes from the index's vocabulary (one lookup per term), so the cost follows the window.
 *
 * The formula is FTS5's (k1 = 1.2, b = 0.75, IDF clamped to a small positive value; weighted term
 * frequencies summed over columns), and scores are negative, lower is better, as FTS5 gives them.
 */
import type { QueryTerm } from './sqlite/fts-query.js';

const K1 = 1.2;
const B = 0.75;
/** FTS5's floor for the IDF of a term in more than half the rows. */
const MIN_IDF = 1e-6;

/** The columns a search ranks on, with their weights: the words said count most. */
export interface RankedText {
  readonly content: string;
  readonly source: string | null;
  readonly speaker: string | null;
}
const WEIGHTS: readonly [keyof RankedText, number][] = [
  ['content', 1.0],
  ['source', 0.4],
  ['speaker', 0.4],
];

/**
 * Words as FTS5's `unicode61 remove_diacritics 2` tokenizer makes them: runs of letters and digits, folded
 * to lower case without diacritics.
 */
export function searchTokens(text: string): string[] {
  // Most text is ASCII: it has no diacritics to take off, and a narrower pattern finds its words faster.
  if (!NOT_ASCII.test(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}
const NOT_ASCII = /[^ -~\t\n\r]/u;
const ASCII_WORD = /[a-z0-9]+/g;

/** A query term as tokens to find in a row, in order (a phrase), the last one a prefix when `prefix`. */
export interface TermTokens {
  readonly tokens: readonly string[];
  readonly prefix: boolean;
}

export const termTokens = (term: QueryTerm): TermTokens => ({
  tokens: searchTokens(term.text),
  prefix: term.prefix,
});

/** How many times the term occurs in the tokens. */
function occurrences(tokens: readonly string[], term: TermTokens): number {
  const length = term.tokens.length;
  if (length === 0) return 0;
  let count = 0;
  for (let start = 0; start + length <= tokens.length; start += 1) {
    let index = 0;
    while (index < length) {
      const token = tokens[start + index]!;
      const wanted = term.tokens[index]!;
      const last = index === length - 1;
      if (!(token === wanted || (last && term.prefix && token.startsWith(wanted)))) break;
      index += 1;
    }
    if (index === length) count += 1;
  }
  return count;
}

/** FTS5's IDF: rows in all, and rows that hold the term. */
export function inverseDocumentFrequency(rows: number, rowsWithTerm: number): number {
  const idf = Math.log((rows - rowsWithTerm + 0.5) / (rowsWithTerm + 0.5));
  return idf > 0 ? idf : MIN_IDF;
}

/**
 * The BM25 score of each row (negative; lower is better) for the terms, each with its IDF. The average
 * length is the rows' own: a search ranks its matches against each other.
 */
export function bm25Scores(
  rows: readonly RankedText[],
  terms: readonly TermTokens[],
  idfs: readonly number[],
): number[] {
  // A source is often the speaker's name itself: each distinct text is split once.
  const seen = new Map<string, string[]>();
  const tokensOf = (text: string | null): string[] => {
    if (text === null || text === '') return [];
    let tokens = seen.get(text);
    if (tokens === undefined) {
      tokens = searchTokens(text);
      seen.set(text, tokens);
    }
    return tokens;
  };
  const tokenized = rows.map((row) => WEIGHTS.map(([column]) => tokensOf(row[column])));
  const lengths = tokenized.map((columns) => columns.reduce((sum, tokens) => sum + tokens.length, 0));
  const averageLength = Math.max(
    1,
    lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, rows.length),
  );
  return tokenized.map((columns, row) => {
    const lengthNorm = K1 * (1 - B + (B * lengths[row]!) / averageLength);
    let score = 0;
    terms.forEach((term, index) => {
      let frequency = 0;
      columns.forEach((tokens, column) => {
        frequency += WEIGHTS[column]![1] * occurrences(tokens, term);
      });
      score += (idfs[index] ?? MIN_IDF) * ((frequency * (K1 + 1)) / (frequency + lengthNorm));
    });
    return -score;
  });
}
