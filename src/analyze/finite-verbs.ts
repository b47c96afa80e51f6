import { nextWord, previousWord } from './context.js';
import { AUXILIARIES, DETERMINERS } from './lexicon/function-words.js';
import { IRREGULAR_PAST } from './lexicon/irregular-verbs.js';
import { POSSESSIVE_DETERMINERS } from './lexicon/pronouns.js';
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

/** Words before which an -ed form is an adjective or a participle, not a clause's verb ("the retired teacher"). */
const BEFORE_ADJECTIVE = new Set([...DETERMINERS, ...POSSESSIVE_DETERMINERS, 'very', 'more']);

/**
 * Whether token `index` is the verb of a clause, read with its neighbours: an auxiliary, a lower-case
 * irregular past, or an -ed form WordNet knows as a verb, but not after a determiner ("the retired
 * teacher") nor before "and" or a comma, as in a list ("old, rusted and unsafe"). An -s form, as often a
 * plural noun ("plans", "supplies", "costs"), does not count.
 */
export function isClauseVerb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || token.kind !== 'word' || !isFiniteVerb(token)) return false;
  if (AUXILIARIES.has(token.lower) || IRREGULAR_PAST.has(token.text)) return true;
  if (isPresentS(token.lower)) return false;
  if (BEFORE_ADJECTIVE.has(tokens[previousWord(tokens, index)]?.lower ?? '')) return false;
  const next = tokens[nextWord(tokens, index)];
  return !(next && (next.text === ',' || next.lower === 'and' || next.lower === 'or'));
}

/** Whether tokens `first` to `last` hold a clause's verb (see `isClauseVerb`). */
export function holdsClauseVerb(tokens: readonly Token[], first: number, last: number): boolean {
  for (let index = first; index <= last; index += 1) if (isClauseVerb(tokens, index)) return true;
  return false;
}
