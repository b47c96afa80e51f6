import { nextWord, previousWord, type AnalysisContext } from './context.js';
import type { TokenRange } from './noun-phrases.js';

/**
 * Set phrases built on a verb of saying that report nobody: the writer's own turns of argument ("That
 * said, the budget is tight.", "Having said that, voters are not convinced.", "That being said, ...",
 * "It goes without saying that ...") and the request of an unnamed source ("who asked not to be named",
 * which PolNeAR does not annotate either). Read as cues, they gave the writer's next words to "That" or
 * "Having". Each is recognized only where it opens its clause, so that a relative clause keeps its cue
 * ("a message that said, \"Sorry\"").
 */
export function isDiscourseMarker(context: AnalysisContext, range: TokenRange): boolean {
  const { tokens } = context;
  for (let index = range.first; index <= range.last; index += 1) {
    const word = tokens[index]!.lower;
    if (
      (word === 'said' && isThatSaid(context, index)) ||
      (word === 'saying' && goesWithout(context, index)) ||
      (ANONYMITY_REQUESTS.has(word) && asksAnonymity(context, index))
    )
      return true;
  }
  return false;
}

/** Words after which a clause may open: joining words and sentence adverbs. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'yet', 'still', 'so', 'now', 'again', 'however', 'though']);

/** Punctuation after which a clause may open. */
const CLAUSE_PUNCTUATION = new Set(['(', '[', '"', '“', '‘', "'", '—', '–', '-', ';', ':', ',']);

/** Whether the word at `index` opens a clause of its sentence. */
function opensClause(context: AnalysisContext, index: number): boolean {
  const { tokens } = context;
  const sentence = context.sentences[context.sentenceOfToken[index]!]!;
  const before = previousWord(tokens, index, sentence.firstToken);
  if (before < sentence.firstToken) return true;
  const token = tokens[before]!;
  if (token.kind === 'punct') return CLAUSE_PUNCTUATION.has(token.text);
  return CLAUSE_OPENERS.has(token.lower) && opensClause(context, before);
}

const lowerAt = (context: AnalysisContext, index: number): string => context.tokens[index]?.lower ?? '';

/**
 * "That said," / "That being said," / "That having been said," / "Having said that (this, so)," at the
 * opening of a clause, closed by a comma.
 */
function isThatSaid(context: AnalysisContext, said: number): boolean {
  const { tokens } = context;
  const after = nextWord(tokens, said);
  const next = lowerAt(context, after);
  if (next === ',') {
    // "That said," "That being said," "That having been said,"
    let word = previousWord(tokens, said);
    if (lowerAt(context, word) === 'being') word = previousWord(tokens, word);
    else if (lowerAt(context, word) === 'been' && lowerAt(context, previousWord(tokens, word)) === 'having')
      word = previousWord(tokens, previousWord(tokens, word));
    return lowerAt(context, word) === 'that' && opensClause(context, word);
  }
  // "Having said that,"
  const having = previousWord(tokens, said);
  return (
    (next === 'that' || next === 'this' || next === 'so') &&
    lowerAt(context, nextWord(tokens, after)) === ',' &&
    lowerAt(context, having) === 'having' &&
    opensClause(context, having)
  );
}

/** "It goes without saying": the writer's own certainty. */
function goesWithout(context: AnalysisContext, saying: number): boolean {
  const { tokens } = context;
  const without = previousWord(tokens, saying);
  const goes = previousWord(tokens, without);
  return (
    lowerAt(context, without) === 'without' &&
    ['goes', 'went', 'go', 'going'].includes(lowerAt(context, goes)) &&
    lowerAt(context, previousWord(tokens, goes)) === 'it'
  );
}

/** Verbs by which a source asks not to be named. */
const ANONYMITY_REQUESTS = new Set(['asked', 'asking', 'requested', 'requesting']);

/** What a source asks not to be. */
const ANONYMOUS_PARTICIPLES = new Set(['named', 'identified', 'quoted', 'cited']);

/** "asked not to be named", "requested not to be identified". */
function asksAnonymity(context: AnalysisContext, verb: number): boolean {
  const { tokens } = context;
  const not = nextWord(tokens, verb);
  const to = nextWord(tokens, not);
  const be = nextWord(tokens, to);
  return (
    lowerAt(context, not) === 'not' &&
    lowerAt(context, to) === 'to' &&
    lowerAt(context, be) === 'be' &&
    ANONYMOUS_PARTICIPLES.has(lowerAt(context, nextWord(tokens, be)))
  );
}
