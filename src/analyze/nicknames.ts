import { isCapitalized, type Token } from './tokenize.js';

/** Quotation marks that open and close a nickname. */
export const NICKNAME_OPENERS = new Set(['"', '“', "'", '‘']);
export const NICKNAME_CLOSERS = new Set(['"', '”', "'", '’']);
/** How many words a nickname may have: "Big Dec", "the Ferryman". */
const NICKNAME_WORDS = 3;

/**
 * Where a nickname that opens at `open` ends, the family name after it: `"Big Dec" Fahy` (one to three
 * words in quotation marks, each capitalized or "the", then a space and a capitalized word); -1 otherwise.
 */
export function nicknameEnd(tokens: readonly Token[], open: number, limit: number): number {
  if (!NICKNAME_OPENERS.has(tokens[open]?.text ?? '')) return -1;
  let index = open + 1;
  let words = 0;
  while (tokens[index] && tokens[index]!.start < limit && words <= NICKNAME_WORDS) {
    const token = tokens[index]!;
    const afterHyphen = tokens[index - 1]?.text === '-' && tokens[index - 2]?.kind === 'word';
    if (token.kind === 'word') {
      // A hyphen joins the words of one ("Mr No-Pay"): the word after it may be in lower case.
      if (!afterHyphen && !isCapitalized(token) && token.lower !== 'the') return -1;
      if (!afterHyphen) words += 1;
    } else if (NICKNAME_CLOSERS.has(token.text)) break;
    else if (token.text === '-' && tokens[index - 1]?.kind === 'word' && tokens[index + 1]?.kind === 'word') {
      // part of a hyphenated word
    } else if (token.text === '.' && tokens[index - 1]?.kind === 'word' && tokens[index + 1]?.text === ' ') {
      // an abbreviation's period: Ana "Dr. Doom" Ruiz
    } else if (token.text !== ' ') return -1;
    index += 1;
  }
  if (words === 0 || words > NICKNAME_WORDS || !NICKNAME_CLOSERS.has(tokens[index]?.text ?? '')) return -1;
  const family = tokens[index + 2];
  return tokens[index + 1]?.text === ' ' && family && family.start < limit && isCapitalized(family)
    ? index + 2
    : -1;
}

/** How many tokens back from a family name a nickname's opening mark may stand: three words, spaces, marks. */
const NICKNAME_REACH = 12;

/**
 * The given name before a nickname that ends at the family name `family` (Marcia of Marcia "Cia" Price),
 * read leftwards as a noun phrase is; -1 if no nickname stands before `family`.
 */
export function givenNameBeforeNickname(tokens: readonly Token[], family: number, floor: number): number {
  if (tokens[family - 1]?.text !== ' ' || !NICKNAME_CLOSERS.has(tokens[family - 2]?.text ?? '')) return -1;
  for (let open = family - 3; open >= Math.max(floor + 2, family - NICKNAME_REACH); open -= 1) {
    if (!NICKNAME_OPENERS.has(tokens[open]!.text)) continue;
    const given = tokens[open - 2];
    if (tokens[open - 1]?.text !== ' ' || !given || given.kind !== 'word' || !isCapitalized(given)) return -1;
    return nicknameEnd(tokens, open, Number.POSITIVE_INFINITY) === family ? open - 2 : -1;
  }
  return -1;
}
