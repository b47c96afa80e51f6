/**
 * Searching a name finds its case forms: Ukrainian and Russian inflect names ("Вербицький" is "Вербицького",
 * "Вербицькому", "Вербицьким" in other cases), and neither SQLite's FTS5 nor PostgreSQL's `simple`
 * configuration (Ukrainian has no other) knows them. A single Cyrillic word of a query is looked for as
 * written and as the stem its case ending leaves, as a prefix: the same expansion on both engines.
 */
import type { QueryTerm } from './sqlite/fts-query.js';

/** A case ending of a noun or adjective, longest first; what is left must keep four letters. */
const CASE_ENDING =
  /(ього|ьому|ього|ого|ому|ими|ими|ами|ями|ові|еві|ою|ею|ої|ій|ий|ый|ой|ей|ім|им|ым|ом|ем|ах|ях|ів|а|я|у|ю|і|и|ы|е|о|ь|й)$/u;

/** The stems a query word's case forms share, lower case, or none for a word that does not inflect so. */
export function inflectionStems(word: string): string[] {
  const lower = word.toLowerCase();
  if (!/^[\p{Script=Cyrillic}’'-]{5,}$/u.test(lower)) return [];
  const ending = CASE_ENDING.exec(lower);
  if (ending === null || lower.length - ending[0].length < 4) return [];
  const stem = lower.slice(0, -ending[0].length);
  // A vowel that drops in other cases: "Кравець", "Кравця"; "Стрілець", "Стрільця".
  const dropped = /[ео](ц|к|нь|ль|н|р)$/u.test(stem) ? [stem.replace(/[ео](ц|к|нь|ль|н|р)$/u, '$1')] : [];
  return [...new Set([stem, ...dropped])].filter((candidate) => candidate.length >= 4);
}

/** A query term and the terms that may stand for it, each with the position of the term it belongs to. */
export interface ExpandedTerm extends QueryTerm {
  /** The index of the term in the query: alternatives share it. */
  readonly position: number;
}

/** The query's terms with, after each single Cyrillic word, its stems as prefix alternatives. */
export function withInflections(terms: readonly QueryTerm[]): ExpandedTerm[] {
  return terms.flatMap((term, position) => [
    { ...term, position },
    ...(term.prefix || /\s/u.test(term.text)
      ? []
      : inflectionStems(term.text).map((stem) => ({ text: stem, prefix: true, position }))),
  ]);
}
