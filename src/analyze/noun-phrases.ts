import type { AnalysisContext } from './context.js';
import { nextWord, previousWord } from './context.js';
import { ABBREVIATIONS } from './lexicon/abbreviations.js';
import { CUE_MODIFIERS, CUE_VERB_FORMS } from './lexicon/cue-verbs.js';
import { CONJUNCTIONS, DETERMINERS, NON_HEADS, PREPOSITIONS } from './lexicon/function-words.js';
import { PRONOUNS } from './lexicon/pronouns.js';
import { ROLE_MODIFIERS, ROLE_NOUNS } from './lexicon/roles.js';
import { isCapitalized, type Token } from './tokenize.js';

/** A noun phrase as an inclusive range of token indices. */
export interface TokenRange {
  readonly first: number;
  readonly last: number;
}

const MAX_LOWERCASE_WORDS = 4;
const MAX_PHRASE_WORDS = 12;

/** Words that open a parenthetical apposition between a source and its cue ("Biden, who was ..., said"). */
const APPOSITION_OPENERS = new Set([
  'who',
  'whose',
  'whom',
  'which',
  'now',
  'then',
  'himself',
  'herself',
  'aged',
  'also',
  'once',
  'formerly',
]);

const isBoundaryWord = (token: Token): boolean =>
  PREPOSITIONS.has(token.lower) || CONJUNCTIONS.has(token.lower) || CUE_VERB_FORMS.has(token.lower);

/** Whether a token can stand inside a noun phrase as a lower-case word (modifier or noun). */
const isLowercaseNominal = (token: Token): boolean =>
  token.kind === 'word' &&
  !NON_HEADS.has(token.lower) &&
  !isBoundaryWord(token) &&
  !PRONOUNS.has(token.lower);

/**
 * Skips, leftwards from just before `index`, the words that may stand between a source and its cue
 * (auxiliaries, "also", adverbs in -ly) and parenthetical appositions set off by commas. Returns the index
 * of the token where the source phrase should end, or -1.
 */
export function skipToSourceEnd(context: AnalysisContext, index: number, floor: number): number {
  const { tokens } = context;
  let position = previousWord(tokens, index, floor);
  while (position >= floor) {
    const token = tokens[position]!;
    if (
      token.kind === 'word' &&
      (CUE_MODIFIERS.has(token.lower) || (/^\p{Ll}{3,}ly$/u.test(token.text) && token.lower !== 'only'))
    )
      position = previousWord(tokens, position, floor);
    else break;
  }
  for (
    let appositions = 0;
    appositions < 3 && position >= floor && tokens[position]!.text === ',';
    appositions += 1
  ) {
    const opening = previousComma(tokens, position, floor);
    if (opening < floor) return -1;
    const first = tokens[nextWord(tokens, opening)]!;
    const looksAppositive =
      APPOSITION_OPENERS.has(first.lower) ||
      DETERMINERS.has(first.lower) ||
      ROLE_MODIFIERS.has(first.lower) ||
      ROLE_NOUNS.has(first.lower) ||
      /^\p{N}+$/u.test(first.text);
    if (!looksAppositive) return -1;
    position = previousWord(tokens, opening, floor);
  }
  return position;
}

function previousComma(tokens: readonly Token[], index: number, floor: number): number {
  for (let position = index - 1; position >= floor; position -= 1) {
    const token = tokens[position]!;
    if (token.text === ',') return position;
    if (token.kind === 'punct' && /[.;:!?"“”«»]/u.test(token.text)) return -1;
  }
  return -1;
}

/** The noun phrase that ends at token `last`, scanning leftwards no further than `floor`; null if none. */
export function nounPhraseEndingAt(context: AnalysisContext, last: number, floor: number): TokenRange | null {
  const { tokens } = context;
  const head = tokens[last];
  if (!head || head.kind !== 'word') return null;
  if (PRONOUNS.has(head.lower)) return { first: last, last };
  if (NON_HEADS.has(head.lower) || isBoundaryWord(head) || /^\p{N}+$/u.test(head.text)) return null;
  let first = last;
  let lowercase = isCapitalized(head) ? 0 : 1;
  let words = 1;
  for (;;) {
    const previous = previousWord(tokens, first, floor);
    if (previous < floor || words >= MAX_PHRASE_WORDS) break;
    const token = tokens[previous]!;
    if (token.kind === 'punct') {
      const before = tokens[previousWord(tokens, previous, floor)];
      const joins =
        ((token.text === "'" || token.text === '’') && tokens[first]!.lower === 's') ||
        (token.text === '.' && before !== undefined && ABBREVIATIONS.has(before.lower)) ||
        (token.text === '-' && previous === first - 1);
      if (!joins || !before || before.kind !== 'word') break;
      first = previous;
      continue;
    }
    if (token.kind !== 'word') break;
    if (DETERMINERS.has(token.lower)) {
      first = previous;
      break;
    }
    if (token.lower === 'of') {
      first = previous;
      continue;
    }
    if (isCapitalized(token) && !isBoundaryWord(token) && !PRONOUNS.has(token.lower)) {
      first = previous;
      words += 1;
      continue;
    }
    if (isLowercaseNominal(token) && lowercase < MAX_LOWERCASE_WORDS && !/\p{Lu}/u.test(token.text)) {
      first = previous;
      lowercase += 1;
      words += 1;
      continue;
    }
    break;
  }
  // A phrase never starts with "of" or a possessive mark.
  while (first < last && (tokens[first]!.lower === 'of' || tokens[first]!.kind !== 'word'))
    first = nextWord(tokens, first);
  return { first, last };
}

/** The noun phrase that starts at token `first` (after "according to", or an inverted "said X"). */
export function nounPhraseStartingAt(
  context: AnalysisContext,
  first: number,
  limit: number,
): TokenRange | null {
  const { tokens } = context;
  const start = tokens[first];
  if (!start || start.kind !== 'word') return null;
  if (PRONOUNS.has(start.lower)) return { first, last: first };
  let last = first;
  let words = 1;
  let lowercase = isCapitalized(start) || DETERMINERS.has(start.lower) ? 0 : 1;
  if (!DETERMINERS.has(start.lower) && !isCapitalized(start) && !isLowercaseNominal(start)) return null;
  for (;;) {
    const next = nextWord(tokens, last, limit);
    if (next >= limit || words >= MAX_PHRASE_WORDS) break;
    const token = tokens[next]!;
    if (token.kind === 'punct') {
      const after = tokens[nextWord(tokens, next, limit)];
      const joins =
        ((token.text === "'" || token.text === '’') && after?.lower === 's') ||
        (token.text === '.' && ABBREVIATIONS.has(tokens[last]!.lower)) ||
        (token.text === '-' && next === last + 1);
      if (!joins) break;
      last = next;
      continue;
    }
    if (token.kind !== 'word') break;
    if (token.lower === 'of') {
      const after = tokens[nextWord(tokens, next, limit)];
      if (!after || !(DETERMINERS.has(after.lower) || isCapitalized(after))) break;
      last = next;
      continue;
    }
    if (isCapitalized(token) && !isBoundaryWord(token)) {
      last = next;
      words += 1;
      continue;
    }
    if (isLowercaseNominal(token) && lowercase < MAX_LOWERCASE_WORDS) {
      last = next;
      lowercase += 1;
      words += 1;
      continue;
    }
    break;
  }
  while (last > first && (tokens[last]!.kind !== 'word' || tokens[last]!.lower === 'of'))
    last = previousWord(tokens, last);
  const end = tokens[last]!;
  if (NON_HEADS.has(end.lower) && !PRONOUNS.has(end.lower)) return null;
  return { first, last };
}
