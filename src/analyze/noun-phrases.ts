import type { AnalysisContext } from './context.js';
import { nextWord, previousWord } from './context.js';
import { givenNameBeforeNickname } from './nicknames.js';
import { ABBREVIATIONS, NAME_SUFFIXES } from './lexicon/abbreviations.js';
import { CUE_VERB_FORMS } from './lexicon/cue-verbs.js';
import { CONJUNCTIONS, DETERMINERS, NON_HEADS, PREPOSITIONS } from './lexicon/function-words.js';
import { PRONOUNS } from './lexicon/pronouns.js';
import { isApostrophe, isCapitalized, isInitialLetter, type Token } from './tokenize.js';

/** A noun phrase as an inclusive range of token indices. */
export interface TokenRange {
  readonly first: number;
  readonly last: number;
}

const MAX_LOWERCASE_WORDS = 5;

/** Prepositions that can begin a phrase's post-modifier ("sources close to", "a spokesman for the club"). */
const POSTMODIFIER_PREPOSITIONS = new Set([
  'for',
  'with',
  'at',
  'in',
  'from',
  'on',
  'near',
  'inside',
  'within',
]);
const MAX_PHRASE_WORDS = 12;

export const isBoundaryWord = (token: Token): boolean =>
  PREPOSITIONS.has(token.lower) || CONJUNCTIONS.has(token.lower) || isVerbForm(token);

/** A cue verb's form, unless it is the bare or -s form of a verb that is as often a noun ("a report", "claims"). */
function isVerbForm(token: Token): boolean {
  const verb = CUE_VERB_FORMS.get(token.lower);
  if (!verb) return false;
  return !(verb.ambiguousBase && (token.lower === verb.lemma || token.lower === `${verb.lemma}s`));
}

/** Whether a token can stand inside a noun phrase as a lower-case word (modifier or noun). */
export const isLowercaseNominal = (token: Token): boolean =>
  token.kind === 'word' &&
  !NON_HEADS.has(token.lower) &&
  !isBoundaryWord(token) &&
  !PRONOUNS.has(token.lower);

/** The noun phrase that ends at token `last`, scanning leftwards no further than `floor`; null if none. */
export function nounPhraseEndingAt(context: AnalysisContext, last: number, floor: number): TokenRange | null {
  const { tokens } = context;
  const head = tokens[last];
  // "Joris Halden Jr. said": the phrase ends on the period of the name's closing abbreviation.
  if (head?.text === '.' && last - 1 >= floor && NAME_SUFFIXES.has(tokens[last - 1]!.lower)) {
    const phrase = nounPhraseEndingAt(context, last - 1, floor);
    return phrase && { first: phrase.first, last };
  }
  if (!head || head.kind !== 'word') return null;
  // "who said": PolNeAR takes the relative pronoun as the source, resolved to its antecedent later.
  if (PRONOUNS.has(head.lower) || head.lower === 'who') return { first: last, last };
  // "Gov. John Kasich (R-OH) said": a parenthesis after a name belongs to the source.
  if (head.text === ')') {
    const open = matchingOpenParenthesis(tokens, last, floor);
    if (open === -1) return null;
    const phrase = nounPhraseEndingAt(context, previousWord(tokens, open, floor), floor);
    return phrase ? { first: phrase.first, last } : null;
  }
  if (NON_HEADS.has(head.lower) || isBoundaryWord(head) || /^\p{N}+$/u.test(head.text)) return null;
  let first = last;
  let lowercase = isCapitalized(head) ? 0 : 1;
  let words = 1;
  for (;;) {
    const previous = previousWord(tokens, first, floor);
    if (previous < floor || words >= MAX_PHRASE_WORDS) break;
    const token = tokens[previous]!;
    if (token.kind === 'punct') {
      // Marcia "Cia" Price: a nickname in quotation marks between given and family name is of the name.
      const given = givenNameBeforeNickname(tokens, first, floor);
      if (given !== -1) {
        first = given;
        words += 2;
        continue;
      }
      const before = tokens[previousWord(tokens, previous, floor)];
      const joins =
        (isApostrophe(token) && tokens[first]!.lower === 's') ||
        // a plural possessive: "Nurses' union representative"
        (isApostrophe(token) &&
          /s$/u.test(before?.lower ?? '') &&
          context.quotationOfToken[previous] === -1) ||
        (token.text === '.' && before !== undefined && ABBREVIATIONS.has(before.lower)) ||
        (token.text === '-' && previous === first - 1);
      if (!joins || !before || before.kind !== 'word') break;
      first = previous;
      continue;
    }
    if (token.kind !== 'word') break;
    if (PRONOUNS.get(token.lower)?.case === 'possessive') {
      // "Her main challenger", "his lawyer": a possessive opens the phrase like a determiner.
      first = previous;
      break;
    }
    if (DETERMINERS.has(token.lower)) {
      first = previous;
      // "the former Secretary General of the Alliance": a determiner after "of" or a post-modifying
      // preposition does not end the phrase.
      const beforeDeterminer = tokens[previousWord(tokens, previous, floor)];
      if (
        !beforeDeterminer ||
        !(beforeDeterminer.lower === 'of' || POSTMODIFIER_PREPOSITIONS.has(beforeDeterminer.lower))
      )
        break;
      continue;
    }
    if (POSTMODIFIER_PREPOSITIONS.has(token.lower)) {
      // "a council employee familiar with the accounts", "officials in Washington": extend over the
      // preposition when a noun (or an adjective) stands before it.
      const nominalIndex = previousWord(tokens, previous, floor);
      const nominal = tokens[nominalIndex];
      if (!nominal || nominalIndex < floor || !(isCapitalized(nominal) || isLowercaseNominal(nominal))) break;
      first = previous;
      continue;
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

/**
 * The noun phrase that starts at token `first` (after "according to", or an inverted "said X"). With
 * `postModifiers`, prepositional phrases that modify the noun are part of it ("a report by the audit
 * office", "people familiar with the matter"); after an inverted cue they are not ("said Smith in a statement").
 */
export function nounPhraseStartingAt(
  context: AnalysisContext,
  first: number,
  limit: number,
  postModifiers = false,
): TokenRange | null {
  const { tokens } = context;
  const start = tokens[first];
  if (!start || start.kind !== 'word') return null;
  // "his campaign filings", "their attorneys": a possessive pronoun before a noun is its determiner.
  const determiner = DETERMINERS.has(start.lower) || possessiveBeforeNoun(tokens, first, limit);
  if (PRONOUNS.has(start.lower) && !determiner) return { first, last: first };
  let last = first;
  let words = 1;
  let lowercase = isCapitalized(start) || determiner ? 0 : 1;
  let afterPostModifier = false;
  if (!determiner && !isCapitalized(start) && !isLowercaseNominal(start)) return null;
  for (;;) {
    const next = nextWord(tokens, last, limit);
    if (next >= limit || words >= MAX_PHRASE_WORDS) break;
    const token = tokens[next]!;
    if (token.kind === 'punct') {
      const after = tokens[nextWord(tokens, next, limit)];
      const joins =
        (isApostrophe(token) && after?.lower === 's') ||
        (token.text === '.' && (ABBREVIATIONS.has(tokens[last]!.lower) || isInitialLetter(tokens[last]))) ||
        (token.text === '-' && next === last + 1);
      if (!joins) break;
      last = next;
      continue;
    }
    if (token.kind !== 'word') break;
    // "a report by the audit office published on Thursday": a participle after a post-modifier ends it.
    if (afterPostModifier && /^\p{Ll}+ed$/u.test(token.text)) break;
    if (
      postModifiers &&
      (POSTMODIFIER_PREPOSITIONS.has(token.lower) || token.lower === 'by' || token.lower === 'to')
    ) {
      afterPostModifier = true;
      const afterIndex = nextWord(tokens, next, limit);
      const after = tokens[afterIndex];
      if (!after || !(DETERMINERS.has(after.lower) || isCapitalized(after) || isLowercaseNominal(after)))
        break;
      last = DETERMINERS.has(after.lower) ? afterIndex : next;
      continue;
    }
    if (token.lower === 'of') {
      const afterIndex = nextWord(tokens, next, limit);
      const after = tokens[afterIndex];
      if (!after || !(DETERMINERS.has(after.lower) || isCapitalized(after))) break;
      // "of the Alliance": the determiner belongs to the phrase too.
      last = DETERMINERS.has(after.lower) ? afterIndex : next;
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

/** A possessive pronoun followed by a word a noun phrase can hold ("his book", "its Amazon summary"). */
function possessiveBeforeNoun(tokens: readonly Token[], first: number, limit: number): boolean {
  if (PRONOUNS.get(tokens[first]!.lower)?.case !== 'possessive') return false;
  const index = nextWord(tokens, first, limit);
  const next = tokens[index];
  return (
    index < limit &&
    next !== undefined &&
    next.kind === 'word' &&
    (isCapitalized(next) || isLowercaseNominal(next))
  );
}

/** The head of a phrase: its last word before any post-modifier ("A spokesman for the club" -> spokesman). */
export function headOfPhrase(tokens: readonly Token[], range: TokenRange): Token {
  let head = tokens[range.first]!;
  for (let index = range.first; index <= range.last; index += 1) {
    const token = tokens[index]!;
    if (token.kind !== 'word') continue;
    if (
      index > range.first &&
      (token.lower === 'of' || token.lower === 'by' || POSTMODIFIER_PREPOSITIONS.has(token.lower))
    )
      break;
    head = token;
  }
  return head;
}

/** The "(" that opens the parenthesis closed at `close`, within a few tokens, or -1. */
export function matchingOpenParenthesis(tokens: readonly Token[], close: number, floor: number): number {
  for (let index = close - 1; index >= Math.max(floor, close - 24); index -= 1) {
    if (tokens[index]!.text === '(') return index;
    if (tokens[index]!.text === ')') return -1;
  }
  return -1;
}
