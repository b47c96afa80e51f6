import { AUXILIARIES } from './lexicon/function-words.js';
import { IRREGULAR_PAST } from './lexicon/irregular-verbs.js';
import { canBeVerb } from './model/word-classes.js';
import type { Token } from './tokenize.js';

/**
 * A word that makes its words a clause, read without a tagger: an auxiliary ("has", "would"), a
 * lower-case irregular past ("grew"; "Rose" is a name), or a lower-case -s/-ed form WordNet knows as a
 * verb ("agrees", "warned"). Where a clause may begin ("..., the council went ahead") or where a
 * description must not hold one ("According to Reuters, the company plans ...").
 */
export function isFiniteVerb(token: Token): boolean {
  const { lower } = token;
  return (
    AUXILIARIES.has(lower) ||
    IRREGULAR_PAST.has(token.text) ||
    (token.text === lower && /(?:s|ed)$/u.test(lower) && canBeVerb(lower))
  );
}

/** "plans", "agrees": a verb's -s form, which may as well be a plural noun ("companies", "remarks"). */
export const isPresentS = (word: string): boolean => !AUXILIARIES.has(word) && /[^s]s$/u.test(word);
