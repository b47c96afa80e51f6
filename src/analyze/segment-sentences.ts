import type { Block, Span } from '../types.js';
import { ABBREVIATIONS } from './lexicon/abbreviations.js';
import { CUE_VERB_FORMS } from './lexicon/cue-verbs.js';
import { DETERMINERS } from './lexicon/function-words.js';
import { BE_FORMS } from './lexicon/passive-verbs.js';
import { isDayWord } from './lexicon/time-words.js';
import { ALL_MARKS as ALL_QUOTE_MARKS } from '../lexicon/quotation-marks.js';
import { isApostrophe, isCapitalized, type Token } from './tokenize.js';
import { isCommunicationVerb } from './model/word-classes.js';

export interface Sentence extends Span {
  /** Index of the sentence's first token. */
  readonly firstToken: number;
  /** Index after its last token that is not trailing white space. */
  readonly lastToken: number;
  /** Index of the block it belongs to, or -1 for text outside every block. */
  readonly block: number;
}

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set([')', ']', '"', '”', '’', "'", '»', '«', '“', '」']);

/**
 * Splits the text into sentences that partition it: sentence i runs from its start to the next sentence's
 * start, so that trailing white space and blank lines belong to the sentence before them and joining the
 * sentences rebuilds the text exactly. Sentences never cross a block boundary.
 */
export function segmentSentences(
  text: string,
  tokens: readonly Token[],
  blocks: readonly Block[],
): Sentence[] {
  const starts: { token: number; block: number }[] = [];
  let tokenIndex = 0;
  blocks.forEach((block, blockIndex) => {
    while (tokenIndex < tokens.length && tokens[tokenIndex]!.start < block.start) tokenIndex += 1;
    let first = tokenIndex;
    while (first < tokens.length && tokens[first]!.start < block.end && tokens[first]!.kind === 'space')
      first += 1;
    if (first >= tokens.length || tokens[first]!.start >= block.end) return;
    starts.push({ token: first, block: blockIndex });
    let index = first;
    while (index < tokens.length && tokens[index]!.end <= block.end) {
      const next = sentenceBreakAfter(tokens, index, block.end);
      if (next !== -1) {
        starts.push({ token: next, block: blockIndex });
        index = next;
      } else index += 1;
    }
    tokenIndex = index;
  });
  if (starts.length === 0 || starts[0]!.token !== 0) starts.unshift({ token: 0, block: -1 });

  const sentences: Sentence[] = [];
  for (let position = 0; position < starts.length; position += 1) {
    const { token, block } = starts[position]!;
    const nextToken = starts[position + 1]?.token ?? tokens.length;
    let lastToken = nextToken;
    while (lastToken > token && tokens[lastToken - 1]!.kind === 'space') lastToken -= 1;
    sentences.push({
      start: tokens[token]?.start ?? 0,
      end: tokens[nextToken]?.start ?? text.length,
      firstToken: token,
      lastToken,
      block,
    });
  }
  return sentences;
}

/** If a sentence ends at token `index`, the index of the next sentence's first token; else -1. */
function sentenceBreakAfter(tokens: readonly Token[], index: number, blockEnd: number): number {
  const token = tokens[index]!;
  if (token.kind === 'space') {
    // A line break inside a block ends a sentence when the line ended with a terminator (handled below)
    // or the next line starts like a new item: the reader keeps hard-wrapped paragraphs as one block.
    return -1;
  }
  if (token.kind !== 'punct' || !TERMINATORS.has(token.text)) return -1;
  if (token.text === '.' && isAbbreviation(tokens, index)) return -1;
  let after = index + 1;
  while (
    after < tokens.length &&
    tokens[after]!.kind === 'punct' &&
    (TERMINATORS.has(tokens[after]!.text) || CLOSERS.has(tokens[after]!.text))
  )
    after += 1;
  const space = tokens[after];
  if (!space || space.kind !== 'space' || space.end > blockEnd) return -1;
  const next = tokens[after + 1];
  if (!next || next.start >= blockEnd) return -1;
  const startsSentence =
    isCapitalized(next) ||
    /^\p{N}/u.test(next.text) ||
    (next.kind === 'punct' && (ALL_QUOTE_MARKS.has(next.text) || next.text === '(' || next.text === '—'));
  if (!startsSentence) return -1;
  // `"How many times must we see this?" Clinton said.`: a question or exclamation closed by a quotation
  // mark, then its reporting clause, is one sentence.
  const quoted = after > index + 1 && CLOSERS.has(tokens[after - 1]!.text);
  if (token.text !== '.' && quoted && opensReportingClause(tokens, after + 1, blockEnd)) return -1;
  return after + 1;
}

/** How many words a reporting clause may take before its verb ("Rep. Gwen Moore said"). */
const REPORTING_REACH = 4;

/**
 * Whether the words from `index` are a short reporting clause: a speech verb first ("said Clinton."), or
 * within a few words and then the clause's end ("Clinton said.", "the mayor said, adding ...", "Moore said
 * Friday."). Not "State officials declined to comment on the matter", not "Officials say taxpayers will",
 * and never past another quotation mark.
 */
function opensReportingClause(tokens: readonly Token[], index: number, blockEnd: number): boolean {
  let words = 0;
  let previous = '';
  let passive = false; // a form of "be" seen: "It was never explained." is no reporting clause
  for (let position = index; position < tokens.length && tokens[position]!.start < blockEnd; position += 1) {
    const token = tokens[position]!;
    if (token.kind === 'space') continue;
    if (token.kind === 'punct') {
      if (ALL_QUOTE_MARKS.has(token.text)) return false;
      if (TERMINATORS.has(token.text) && !isAbbreviation(tokens, position)) return false;
      continue;
    }
    // A speech verb, not its noun ("The reply came late").
    if (isReportingVerb(token.lower, passive) && !DETERMINERS.has(previous))
      // First, it is inverted ("asked Smith"), and in lower case: "State officials declined" opens anew.
      return words === 0 ? !isCapitalized(token) : endsClauseAfter(tokens, position, blockEnd);
    previous = token.lower;
    passive ||= BE_FORMS.has(previous);
    words += 1;
    if (words > REPORTING_REACH) return false;
  }
  return false;
}

/**
 * A verb of speech: the lexicon's, or an inflected one ("demanded", "shouts") whose first sense WordNet
 * files under communication, which the lexicon does not list because it seldom reports a clause of its own.
 * Not the latter after a form of "be" (`passive`: "Her suggestions are redacted.", "It was never
 * explained."), which says what was done to words, not who spoke; nor verbs of cognition ("Nobody knows.").
 */
const isReportingVerb = (word: string, passive: boolean): boolean =>
  CUE_VERB_FORMS.get(word)?.class === 'speech' ||
  (!passive && /(?:ed|s)$/u.test(word) && isCommunicationVerb(word));

/** The verb at `index` ends its clause: a comma or a terminator next, or a day and then one. */
function endsClauseAfter(tokens: readonly Token[], index: number, blockEnd: number): boolean {
  let position = index + 1;
  const next = (): Token | undefined => {
    while (position < tokens.length && tokens[position]!.kind === 'space') position += 1;
    return position < tokens.length && tokens[position]!.start < blockEnd ? tokens[position] : undefined;
  };
  let token = next();
  if (token && token.kind === 'word' && isDayWord(token.lower)) {
    position += 1;
    token = next();
  }
  // `"Who approved this?" Ferro asked during the hearing.`: a circumstance of the saying may follow (in
  // PolNeAR train and dev, 7 sentences join so: "... Trump said on Twitter.", "... Clinton said to People.").
  if (token && token.kind === 'word' && CIRCUMSTANCE_OPENERS.has(token.lower)) {
    for (let words = 0; words < CIRCUMSTANCE_WORDS; words += 1) {
      position += 1;
      token = next();
      // "at Monday's hearing": a possessive's apostrophe is inside the phrase.
      if (token !== undefined && isApostrophe(token)) {
        position += 1;
        token = next();
      }
      if (!token || token.kind !== 'word') break;
    }
  }
  return token !== undefined && token.kind === 'punct' && (token.text === ',' || TERMINATORS.has(token.text));
}

/** Prepositions that open the circumstance of a saying after its verb ("asked during the hearing"). */
const CIRCUMSTANCE_OPENERS = new Set(['on', 'during', 'at', 'in', 'after', 'before', 'to', 'while']);
/** How many words that circumstance may run to, its preposition included. */
const CIRCUMSTANCE_WORDS = 6;

/** A period after a known abbreviation or a single capital letter (an initial) does not end a sentence. */
export function isAbbreviation(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  if (!before || before.kind !== 'word') return false;
  if (ABBREVIATIONS.has(before.lower)) return true;
  // Initials and dotted acronyms: "J. K. Rowling", "U.S." (a known error: "in the U.S. The" stays one).
  if (before.text.length === 1 && /\p{Lu}/u.test(before.text)) return true;
  return false;
}
