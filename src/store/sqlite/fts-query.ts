/**
 * Turns what a user typed into a safe FTS5 query. Users' queries are untrusted: FTS5 syntax (AND, OR,
 * NOT, NEAR, parentheses, column filters, `^`, `-`) must never reach SQLite as syntax. So every term is
 * quoted as an FTS5 string (its `"` doubled); "double-quoted words" stay one phrase; a trailing `*` on a
 * bare word makes it a prefix search. Terms are ANDed (FTS5's implicit operator between phrases).
 */

import { withInflections } from '../search-inflections.js';

/** One thing to match: a word or phrase, and whether it is a prefix. */
export interface QueryTerm {
  readonly text: string;
  readonly prefix: boolean;
}

/** Letters or digits: a term without any is only punctuation, which the tokenizer drops anyway. */
const SEARCHABLE = /[\p{L}\p{N}]/u;

/** The phrases and words of a query, in order: `"..."` groups a phrase, white space separates words. */
export function queryTerms(q: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const text = q.normalize('NFKC');
  // A phrase in double quotes (a missing closing quote ends it at the end), or a run of non-space.
  const pattern = /"([^"]*)"?|[^\s"]+/gu;
  for (const match of text.matchAll(pattern)) {
    const phrase = match[1];
    if (phrase !== undefined) {
      const words = phrase.trim().replace(/\s+/gu, ' ');
      if (SEARCHABLE.test(words)) terms.push({ text: words, prefix: false });
      continue;
    }
    const word = match[0];
    const prefix = word.length > 1 && word.endsWith('*');
    const bare = word.replace(/\*+$/u, '');
    if (SEARCHABLE.test(bare)) terms.push({ text: bare, prefix });
  }
  return terms;
}

/** An FTS5 string: double quotes around, inner ones doubled (FTS5's only escape). */
const quoted = (text: string): string => `"${text.replaceAll('"', '""')}"`;

/**
 * The FTS5 MATCH expression for a query, or null when it has no searchable word (then: no text filter).
 * `columns` restricts it to those columns (the words, not the filter tags).
 */
export function ftsQuery(q: string | undefined, columns?: readonly string[]): string | null {
  if (q === undefined) return null;
  const terms = queryTerms(q);
  if (terms.length === 0) return null;
  const match = (term: QueryTerm): string => (term.prefix ? `${quoted(term.text)} *` : quoted(term.text));
  // A Cyrillic name is found in its case forms too (search-inflections.ts): "(word OR stem*)".
  const expanded = withInflections(terms);
  const expression = terms
    .map((_, position) => {
      const alternatives = expanded.filter((term) => term.position === position).map(match);
      return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' OR ')})`;
    })
    // FTS5 ANDs phrases by juxtaposition, but a parenthesized group needs the AND written.
    .join(' AND ');
  return columns === undefined ? expression : `{${columns.join(' ')}} : (${expression})`;
}

/** A filter value as the tag token the index holds (see migration 0005): a prefix and hex of its bytes. */
export const tagToken = (prefix: 'xo' | 'xl', value: string): string =>
  `${prefix}${Buffer.from(value, 'utf8').toString('hex')}`;
