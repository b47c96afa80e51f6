import type { Block } from '../types.js';
import { CUE_VERB_FORMS } from './lexicon/cue-verbs.js';
import { DETERMINERS, isFunctionWord } from './lexicon/function-words.js';
import { isGivenName, WORDS_THAT_ARE_NAMES } from './lexicon/given-names.js';
import { POSSESSIVE_DETERMINERS } from './lexicon/pronouns.js';
import { HONORIFICS, ROLE_HEADS, ROLE_NOUNS } from './lexicon/roles.js';
import { isLocationNoun } from './model/word-classes.js';
import { isHeadlineBlock } from './headline-blocks.js';
import type { Sentence } from './segment-sentences.js';
import { isCapitalized, type Token } from './tokenize.js';

/**
 * The words an article uses as family names although other rules read them as something else: a verb of
 * saying ("Marcus Tell", "Grace Hope", "Adam Call") or a title ("Stephen King", "Howard Dean", "Julie
 * Bishop"). Such a word is taken for a family name where it ends a name that opens on a given name, written
 * in running text (a headline capitalizes every word: "Anna Says"); then the article's other uses of it,
 * capitalized, are the same name: "Tell added" is the man, not a verb, and "King said" is not a monarch.
 * Matched by the word as written, capital included.
 */
export function findFamilyNames(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  blocks: readonly Block[],
): ReadonlySet<string> {
  const found = new Set<string>();
  for (const sentence of sentences) {
    if (isHeadlineBlock(blocks[sentence.block])) continue;
    for (let index = sentence.firstToken + 2; index < sentence.lastToken; index += 1) {
      const word = tokens[index]!;
      if (
        !isCapitalized(word) ||
        !readAsOtherWord(word) ||
        // "Florida Gov. Jeb Bush": a title's abbreviation.
        (HONORIFICS.has(word.lower) && tokens[index + 1]?.text === '.') ||
        // "Virginia Governor Terry McAuliffe": the word stands inside a longer run of capitals.
        continuesRun(tokens, index, sentence.lastToken)
      )
        continue;
      // The run of capitals the word ends ("Martin Luther King"), which must open on a given name.
      let given = index;
      // A title before the name is not part of it ("West Virginia Governor Jim Justice").
      while (
        given - 2 >= sentence.firstToken &&
        tokens[given - 1]!.text === ' ' &&
        isCapitalized(tokens[given - 2]!) &&
        !ROLE_NOUNS.has(tokens[given - 2]!.lower) &&
        !HONORIFICS.has(tokens[given - 2]!.lower) &&
        // "Maria Hinojosa Explained Why She Felt": words no name holds.
        !readAsOtherWord(tokens[given - 2]!) &&
        !isFunctionWord(tokens[given - 2]!.lower)
      )
        given -= 2;
      const first = tokens[given]!;
      if (
        given === index ||
        !isGivenName(first.lower) ||
        // "Florida Senator", "Washington State": a place that is also a given name.
        isLocationNoun(first.lower) ||
        // "Will Tell the board ...": a given name that is also a word is that word where a sentence opens,
        // unless an apposition follows the name ("Will Tell, the harbor master, said").
        (given === sentence.firstToken &&
          WORDS_THAT_ARE_NAMES.has(first.lower) &&
          tokens[index + 1]?.text !== ',') ||
        !opensName(tokens, given, sentence.firstToken)
      )
        continue;
      found.add(word.text);
    }
  }
  return found;
}

const readAsOtherWord = (token: Token): boolean =>
  token.kind === 'word' && (CUE_VERB_FORMS.has(token.lower) || ROLE_HEADS.has(token.lower));

/**
 * Whether the given name at `index` opens a name: not after an article ("the Virginia Governor said"), nor
 * after another capitalized word that is no title ("New Mark ..."); "Rep. Steve King" opens after its title.
 */
function opensName(tokens: readonly Token[], index: number, floor: number): boolean {
  // "the pro-Christie Union Leader": a name joined to a word before it modifies what follows.
  if (tokens[index - 1]?.text === '-') return false;
  let previous = index - 1;
  while (previous >= floor && tokens[previous]!.kind === 'space') previous -= 1;
  if (previous < floor) return true;
  const token = tokens[previous]!;
  if (token.text === '.') {
    const title = tokens[previous - 1];
    return title !== undefined && HONORIFICS.has(title.lower);
  }
  if (token.kind !== 'word') return true;
  if (DETERMINERS.has(token.lower) || POSSESSIVE_DETERMINERS.has(token.lower)) return false;
  return !isCapitalized(token) || ROLE_NOUNS.has(token.lower) || HONORIFICS.has(token.lower);
}

/** Whether a capitalized word follows token `index` after one space. */
function continuesRun(tokens: readonly Token[], index: number, limit: number): boolean {
  const next = tokens[index + 2];
  return index + 2 < limit && tokens[index + 1]!.text === ' ' && next !== undefined && isCapitalized(next);
}
