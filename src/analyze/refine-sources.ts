/**
 * Refinements of a candidate's source after the taggers have read it: where a subject source begins
 * (the whole of a coordinated subject, the subject after a clause's opening word, the start of a written
 * word). Each was measured on PolNeAR train (rules only, no retraining) as well as dev; the figures are in
 * each function's comment and in docs/accuracy.md.
 */
import { attributionCandidate, type AttributionCandidate } from './candidate.js';
import { firstTokenAt, nextWord, previousWord, type AnalysisContext } from './context.js';
import {
  ARTICLES,
  AUXILIARIES,
  CONJUNCTIONS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  SENTENCE_ADVERBS,
} from './lexicon/function-words.js';
import { IRREGULAR_PAST } from './lexicon/irregular-verbs.js';
import { TIME_WORDS } from './lexicon/time-words.js';
import { canBeVerb, isOnlyAdverb } from './model/word-classes.js';
import { nounPhraseEndingAt, nounPhraseStartingAt, type TokenRange } from './noun-phrases.js';
import { isCapitalized, joinsWrittenWord, type Token } from './tokenize.js';
import { holdsClauseVerb, isFiniteVerb } from './finite-verbs.js';
import { ROLE_MODIFIERS, ROLE_NOUNS } from './lexicon/roles.js';
import { POSSESSIVE_DETERMINERS } from './lexicon/pronouns.js';

/**
 * `Ben Carson, Ted Cruz and Rand Paul have all attacked ...`; `minority voters and working-class whites
 * view ...`: a source that stands as the subject right before its cue and is the last conjunct of a
 * coordinated subject takes the conjuncts before it, as PolNeAR's annotators mark the subject whole. Only
 * where the coordination opens its clause (the sentence's start, a comma, a colon or a subordinator
 * before it): in "the mayor visited the pier and officials said", "the pier" is the first verb's object;
 * and never back into a content before the cue ("Taxes will rise if the plan passes, analysts and
 * economists said"). On PolNeAR train (rules only), 11 sources moved to their gold span and none away
 * (dev: 1 and 0); before `isConjunct` kept sentence adverbs and fronted phrases out ("Still, ...", "Early
 * in the campaign, ..."), 9 moved away. Taking the noun a preposition modifies as well ("partners in
 * Tehran") moved 3 each way.
 */
export function withCoordinatedSubject(
  context: AnalysisContext,
  candidate: AttributionCandidate,
): AttributionCandidate {
  const { tokens } = context;
  const { source, cue } = candidate;
  if (!source || cue.kind !== 'verb' || !standsBeforeCue(tokens, source, cue.range.first)) return candidate;
  if (!isConjunct(tokens, source)) return candidate;
  const floor = floorBeforeSource(context, candidate);
  let first = source.first;
  for (let conjuncts = 0; conjuncts < MAX_CONJUNCTS; conjuncts += 1) {
    const joint = previousWord(tokens, first, floor);
    if (joint < floor || context.quotationOfToken[joint] !== -1) break;
    const word = tokens[joint]!.lower;
    // "A, B and C": one "and" (the last joint, read first), then commas; a first comma only before a
    // source that holds the "and" itself.
    const joins =
      word === ','
        ? conjuncts > 0 || hasConjunction(tokens, source)
        : (word === 'and' || word === 'or') && conjuncts === 0;
    if (!joins) break;
    const end = previousWord(tokens, joint, floor);
    const before = end < floor ? null : nounPhraseEndingAt(context, end, floor);
    if (!before || !isConjunct(tokens, before)) break;
    first = before.first;
  }
  if (first === source.first) return candidate;
  const opener = previousWord(tokens, first, floor);
  if (opener >= floor && !SUBJECT_OPENERS.has(tokens[opener]!.lower)) return candidate;
  return attributionCandidate({ ...candidate, source: { first, last: source.last } });
}

const MAX_CONJUNCTS = 6;
/** What may stand before a subject that opens its clause. */
const SUBJECT_OPENERS = new Set([
  ',',
  ':',
  ';',
  '—',
  'that',
  'while',
  'when',
  'if',
  'because',
  'but',
  'as',
  'after',
  'although',
  'though',
  'whether',
  'since',
]);

/** Adverbs that may stand between a subject and its verb, besides the auxiliaries and those in -ly. */
const BETWEEN_SUBJECT_AND_VERB = new Set(['all', 'both', 'also', 'not']);

/** An auxiliary or an adverb between a subject and its verb ("have all", "repeatedly"), in lower case. */
const standsBetweenSubjectAndVerb = (token: Token): boolean =>
  token.text === token.lower &&
  (AUXILIARIES.has(token.lower) ||
    BETWEEN_SUBJECT_AND_VERB.has(token.lower) ||
    /^\p{Ll}+ly$/u.test(token.text));

/** Whether `source` ends before the cue at `cueFirst` with nothing but auxiliaries and adverbs between. */
function standsBeforeCue(tokens: readonly Token[], source: TokenRange, cueFirst: number): boolean {
  if (source.last >= cueFirst) return false;
  for (let index = source.last + 1; index < cueFirst; index += 1) {
    const token = tokens[index]!;
    if (token.kind !== 'space' && !standsBetweenSubjectAndVerb(token)) return false;
  }
  return true;
}

/**
 * The first token a source may reach back to: its sentence's first, or the token after the last content
 * fragment that ends before the source ("C, X said": the source never takes words of C).
 */
function floorBeforeSource(context: AnalysisContext, candidate: AttributionCandidate): number {
  const { tokens } = context;
  let floor = context.sentences[candidate.cue.sentence]!.firstToken;
  const sourceStart = tokens[candidate.source!.first]!.start;
  for (const fragment of candidate.content)
    if (fragment.end <= sourceStart) floor = Math.max(floor, firstTokenAt(tokens, fragment.end));
  return floor;
}

function hasConjunction(tokens: readonly Token[], range: TokenRange): boolean {
  for (let index = range.first; index <= range.last; index += 1)
    if (tokens[index]!.lower === 'and' || tokens[index]!.lower === 'or') return true;
  return false;
}

/**
 * Words that can be one of a coordinated subject's conjuncts: no preposition but "of" ("Early in the
 * campaign, ..."), no verb ("the convention resumed Tuesday, ..."), no time or sentence adverb ("Still,
 * ...", "Overall, ..."), no relative pronoun.
 */
function isConjunct(tokens: readonly Token[], range: TokenRange): boolean {
  for (let index = range.first; index <= range.last; index += 1) {
    const token = tokens[index]!;
    if (token.kind !== 'word') continue;
    const { lower } = token;
    if ((PREPOSITIONS.has(lower) && lower !== 'of') || TIME_WORDS.has(lower)) return false;
    if (SENTENCE_ADVERBS.has(lower) || OPENING_ADVERBS.has(lower) || isOnlyAdverb(lower)) return false;
    if (RELATIVE_PRONOUNS.has(lower) || AUXILIARIES.has(lower) || IRREGULAR_PAST.has(token.text))
      return false;
    if (token.text === lower && /ed$/u.test(lower) && canBeVerb(lower)) return false;
  }
  return true;
}

/** Adverbs that open a sentence before a comma, besides the shared sentence adverbs. */
const OPENING_ADVERBS = new Set(['first', 'overall', 'so', 'too', 'not', 'even', 'only', 'thus']);

/**
 * `Only 367,491 people cast a ballot`, `a U.S.-born gunman`, `Bill O'Reilly said`: a tagged source never
 * starts inside a number or a word that marks join without spaces (the tokens split "367,491" and
 * "O'Reilly" as the eval counts words); it starts where the written word does, but not inside a content
 * or a quotation. On PolNeAR train (rules only), 4 sources moved to their gold span and none away.
 */
export function withWholeFirstWord(
  context: AnalysisContext,
  candidate: AttributionCandidate,
): AttributionCandidate {
  const { tokens } = context;
  const { source } = candidate;
  if (!source) return candidate;
  const floor = floorBeforeSource(context, candidate);
  let first = source.first;
  while (
    first - 2 >= floor &&
    joinsWrittenWord(tokens, first - 1) &&
    context.quotationOfToken[first - 2] === -1
  )
    first = tokens[first - 2]!.kind === 'word' ? first - 2 : first - 1;
  // A run of marks ("U.S.-born": ".-") ends on a word.
  while (first < source.first && tokens[first]!.kind !== 'word') first += 1;
  return first === source.first
    ? candidate
    : attributionCandidate({ ...candidate, source: { first, last: source.last } });
}

/**
 * `an approach that Senator Cruz proposed`, `many analysts because they believe`, `the kind of job that
 * many economists say`: a tagged source that runs back over a clause's opening word is the subject
 * after it; the words before are another clause's. Only for a subject right before its cue that is a
 * noun phrase, not inside an apposition set off by commas ("Biden, who served as a senator,"), and not
 * where the word is a preposition's object or a determiner ("Supporters of that plan", "Groups such as
 * the union", "That person"). On PolNeAR train (rules only), 18 sources moved to their gold span and none
 * away (dev: 1 and 0); without those conditions, 25 and 110.
 */
export function withoutClauseBeforeSubject(
  context: AnalysisContext,
  candidate: AttributionCandidate,
): AttributionCandidate {
  const { tokens } = context;
  const { source, cue } = candidate;
  if (!source || source.last <= source.first || !standsBeforeCue(tokens, source, cue.range.first))
    return candidate;
  const floor = context.sentences[cue.sentence]!.firstToken;
  for (let index = source.last - 1; index >= source.first; index -= 1) {
    const token = tokens[index]!;
    // An apposition set off by commas keeps its relative clause ("Biden, who served as a senator,").
    if (token.text === ',') return candidate;
    if (token.kind !== 'word' || !SUBJECT_CLAUSE_OPENERS.has(token.lower)) continue;
    const before = tokens[previousWord(tokens, index, floor)]?.lower ?? '';
    // "Supporters of that plan" (a determiner), "such as", "as well as", "identified as": no clause opens
    // there; "in which Kaine" still opens one.
    if (token.lower === 'that' && (PREPOSITIONS.has(before) || before === 'of')) return candidate;
    if (token.lower === 'as' && (before === 'such' || before === 'well' || before.endsWith('ed')))
      return candidate;
    if (token.lower === 'that' && index === source.first && looksSingular(tokens[source.last]!))
      return candidate;
    const first = nextWord(tokens, index, source.last + 1);
    if (first > source.last || tokens[first]!.kind !== 'word') return candidate;
    const subject = nounPhraseStartingAt(context, first, source.last + 1, true);
    if (!subject || subject.last !== source.last) return candidate;
    return attributionCandidate({ ...candidate, source: { first, last: source.last } });
  }
  return candidate;
}

/**
 * `Kovalenko said her candidate had won; Bautista, who chairs the campaign, said ...`: a source that runs
 * back over a semicolon begins after it, where the clause that names the source begins; so it does over a
 * comma and "and" or "but" after a clause (`... the position was “a fence”, and Bautista, who chairs the
 * campaign, said`), not after the first of two subjects ("Rep. Jordan, R-Ohio, and Rep. Meadows said").
 * No source of PolNeAR train's 19,561 holds a semicolon.
 */
export function withoutClauseBeforeJoint(
  context: AnalysisContext,
  candidate: AttributionCandidate,
): AttributionCandidate {
  const { tokens } = context;
  const { source } = candidate;
  if (!source) return candidate;
  for (let index = source.last; index >= source.first; index -= 1) {
    const joint = tokens[index]!;
    const afterClause =
      (joint.lower === 'and' || joint.lower === 'but') &&
      tokens[previousWord(tokens, index, source.first)]?.text === ',' &&
      isCapitalized(tokens[nextWord(tokens, index, source.last + 1)] ?? joint) &&
      holdsClauseVerb(tokens, source.first, index - 1);
    if (joint.text !== ';' && !afterClause) continue;
    const first = nextWord(tokens, index, source.last + 1);
    return attributionCandidate({
      ...candidate,
      source: first > source.last ? null : { first, last: source.last },
    });
  }
  return candidate;
}

const SUBJECT_CLAUSE_OPENERS = new Set([
  'that',
  'which',
  'because',
  'as',
  'when',
  'while',
  'after',
  'before',
  'if',
  'since',
  'although',
  'though',
  'whom',
  'whether',
  'unless',
]);

/**
 * "That person said" keeps its determiner: a head in lower case that does not look plural ("person",
 * "analysis", "process"), a guess from the spelling, as no tagger of number runs here.
 */
const looksSingular = (head: Token): boolean =>
  head.text === head.lower && !(head.lower.endsWith('s') && !/(?:ss|is|us)$/u.test(head.lower));

/**
 * `said Mr. Kamin, who emphasized that ...`: a source that runs on over another attribution's cue ends
 * before the comma that sets off that attribution's clause; the clause is a report of its own. On PolNeAR
 * train (rules only), 28 sources moved to their gold span and 14 away (the annotators keep such a relative
 * clause in the source about a third of the time); dev 2 and 0.
 */
export function withoutOtherCues(
  context: AnalysisContext,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  const { tokens } = context;
  return candidates.map((candidate) => {
    const { source } = candidate;
    if (!source) return candidate;
    const other = candidates.find(
      (each) =>
        each !== candidate && each.cue.range.first > source.first && each.cue.range.first <= source.last,
    );
    if (!other) return candidate;
    for (let index = other.cue.range.first - 1; index > source.first; index -= 1) {
      if (tokens[index]!.text !== ',') continue;
      const last = previousWord(tokens, index, source.first);
      return last < source.first
        ? candidate
        : attributionCandidate({ ...candidate, source: { first: source.first, last } });
    }
    return candidate;
  });
}

/** Words that stand for someone named before them ("who", "that"), or for what was said ("what"). */
const RELATIVE_WORDS = new Set([...RELATIVE_PRONOUNS, 'that', 'what', 'whether', 'where', 'when']);

/** Single words that name no one: an article, a preposition, a joining word, a sentence adverb. */
const NO_SOURCE_WORDS = new Set([
  'the',
  'a',
  'an',
  'no',
  'every',
  ...PREPOSITIONS,
  ...[...CONJUNCTIONS].filter((word) => !RELATIVE_WORDS.has(word)),
  ...SENTENCE_ADVERBS,
]);

/**
 * A source that is one such word alone ("The" for "The anxiety about", "Meanwhile" for a participle
 * after it, "from") is none: the rules or the tagger stopped on the wrong word. On PolNeAR train (rules
 * only), 10 sources that should be none are dropped, one right one ("From agreed", Al From) lost; dev
 * source precision up by two wrong sources ("from", "Meanwhile"), F1 0.7334 to 0.7338.
 */
export function withoutWordSource(
  context: AnalysisContext,
  candidate: AttributionCandidate,
): AttributionCandidate {
  const { source, cue } = candidate;
  if (!source || source.first !== source.last || cue.kind === 'label' || cue.kind === 'card')
    return candidate;
  const word = context.tokens[source.first]!;
  if (!NO_SOURCE_WORDS.has(word.lower)) return candidate;
  // "A: It's a big mistake.": an interview's answer, labelled.
  if (context.tokens[nextWord(context.tokens, source.first)]?.text === ':') return candidate;
  // A capital inside a sentence is a name ("..., From said": Al From).
  const sentence = context.sentences[context.sentenceOfToken[source.first]!]!;
  if (word.text !== word.lower && nextWord(context.tokens, sentence.firstToken - 1) !== source.first)
    return candidate;
  return attributionCandidate({ ...candidate, source: null });
}

/**
 * Where the sayer after an inverted cue ends: at its own last word when the sentence ends there or a
 * relative clause follows its comma, or at the end of an apposition after its comma that runs to the
 * sentence's end with no verb, relative pronoun, participle, quotation or leading number in it ("Mona
 * Lamberson, 59, of Philadelphia" leaves out the age in PolNeAR's reading). -1 when the words after the
 * sayer are none of these.
 */
export function invertedSayerEnd(context: AnalysisContext, source: TokenRange): number {
  const { tokens } = context;
  const sentenceLast = context.sentences[context.sentenceOfToken[source.first]!]!.lastToken;
  let next = nextWord(tokens, source.last, sentenceLast);
  if (isTerminal(tokens[next]?.text ?? '')) return source.last;
  if (tokens[next]?.text !== ',') return -1;
  // `..., said the mayor, who took office in May.`: a relative clause after the sayer is left out.
  if (RELATIVE_PRONOUNS.has(tokens[nextWord(tokens, next, sentenceLast)]?.lower ?? '')) return source.last;
  let last = -1;
  let afterComma = true;
  for (
    next = nextWord(tokens, next, sentenceLast);
    next < sentenceLast;
    next = nextWord(tokens, next, sentenceLast)
  ) {
    const token = tokens[next]!;
    if (isTerminal(token.text))
      return nextWord(tokens, next, sentenceLast) >= sentenceLast && last !== -1 ? last : -1;
    if (context.quotationOfToken[next] !== -1) return -1;
    // A stretch after a comma that opens on a preposition is where or how it was said (", on Facebook").
    if (
      token.kind === 'word' &&
      (isFiniteVerb(token) ||
        RELATIVE_PRONOUNS.has(token.lower) ||
        (token.text === token.lower && token.lower.endsWith('ing')) ||
        (afterComma && PREPOSITIONS.has(token.lower)) ||
        (last === -1 && !opensApposition(token)))
    )
      return -1;
    afterComma = token.text === ',';
    last = next;
  }
  return -1;
}

/** A sentence's final mark. */
export const isTerminal = (value: string): boolean => value === '.' || value === '!' || value === '?';

/**
 * Whether a word can open an apposition to a name: an article or possessive ("the lawyer", "his aide"), a
 * capitalized word ("Sanders's spokesman"), or a role ("director of ...", "former mayor"). Not a number
 * (an age, which PolNeAR leaves out), a joining word or an adverb (", but critics disagree", ", too").
 */
function opensApposition(token: Token): boolean {
  if (token.text !== token.lower) return true;
  return (
    APPOSITION_DETERMINERS.has(token.lower) || ROLE_NOUNS.has(token.lower) || ROLE_MODIFIERS.has(token.lower)
  );
}

/** The articles, which alone open an apposition before a cue (`withAppositionBeforeCue`). */
/** The words that open an apposition after an inverted cue's sayer: the articles and the possessives. */
const APPOSITION_DETERMINERS = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS, 'one']);

/**
 * `..., said Mindy Romero, director of the civic engagement project.`: the source after an inverted verb
 * cue (right after it, the cue right after a comma or a quotation) takes an apposition that runs to the
 * sentence's end, as PolNeAR's annotators mark it (see `invertedSayerEnd` for what it leaves out).
 */
export function withInvertedApposition(
  context: AnalysisContext,
  candidate: AttributionCandidate,
): AttributionCandidate {
  const { tokens } = context;
  const { source, cue } = candidate;
  if (!source || cue.kind !== 'verb' || source.first !== nextWord(tokens, cue.range.last)) return candidate;
  const before = previousWord(tokens, cue.range.first);
  if (tokens[before]?.text !== ',' && context.quotationOfToken[before] === -1) return candidate;
  const last = invertedSayerEnd(context, source);
  return last > source.last
    ? attributionCandidate({ ...candidate, source: { first: source.first, last } })
    : candidate;
}

/**
 * `Murphy, the head of the harbor board, tweeted ...`: a source that stops at a name before an apposition
 * that opens on an article and runs, with no verb, relative pronoun or quotation in it, to the comma
 * right before the cue takes the apposition and its closing comma, as PolNeAR's annotators mark it (in
 * train, 367 sources before their cue take such an apposition, 17 leave it out; 857 sources end on the
 * closing comma, 76 before it). On PolNeAR train (rules only), 5 sources to gold, none away; without the
 * comma, 2; dev unchanged.
 */
export function withAppositionBeforeCue(
  context: AnalysisContext,
  candidate: AttributionCandidate,
): AttributionCandidate {
  const { tokens } = context;
  const { source, cue } = candidate;
  if (!source || source.last >= cue.range.first) return candidate;
  const comma = nextWord(tokens, source.last);
  if (tokens[comma]?.text !== ',' || comma >= cue.range.first) return candidate;
  const opener = nextWord(tokens, comma);
  if (!ARTICLES.has(tokens[opener]?.lower ?? '')) return candidate;
  for (let index = opener; index < cue.range.first; index = nextWord(tokens, index)) {
    const token = tokens[index]!;
    if (token.text === ',' && nextWord(tokens, index) === cue.range.first)
      return attributionCandidate({ ...candidate, source: { first: source.first, last: index } });
    if (context.quotationOfToken[index] !== -1) return candidate;
    if (token.kind === 'word' && (isFiniteVerb(token) || RELATIVE_PRONOUNS.has(token.lower)))
      return candidate;
  }
  return candidate;
}

/**
 * `"It's devastating," said Morrow of the crash.`: after an inverted cue, "of" and words in lower case after
 * a name say what was spoken of, not who spoke ("John Smith of the Brookings Institution" keeps its body).
 * PolNeAR train and dev unchanged.
 */
export function withoutTopicAfterSayer(
  context: AnalysisContext,
  candidate: AttributionCandidate,
): AttributionCandidate {
  const { tokens } = context;
  const { source, cue } = candidate;
  if (!source || source.first <= cue.range.last) return candidate;
  for (let index = source.first + 1; index <= source.last; index += 1) {
    if (tokens[index]!.lower !== 'of') continue;
    const before = tokens[previousWord(tokens, index, source.first)]!;
    if (before.kind !== 'word' || before.text === before.lower) return candidate;
    for (
      let at = nextWord(tokens, index, source.last + 1);
      at <= source.last;
      at = nextWord(tokens, at, source.last + 1)
    )
      if (tokens[at]!.kind === 'word' && tokens[at]!.text !== tokens[at]!.lower) return candidate;
    return attributionCandidate({
      ...candidate,
      source: { first: source.first, last: previousWord(tokens, index, source.first) },
    });
  }
  return candidate;
}
