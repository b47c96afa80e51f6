import type { Span } from '../types.js';
import type { AnalysisContext } from './context.js';
import { firstTokenAt, nextWord, previousWord } from './context.js';
import { cueOf, type Cue } from './find-cues.js';
import type { Quotation } from './find-quotations.js';
import {
  AUXILIARIES,
  CONJUNCTIONS,
  CONTINUATION_OPENERS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
} from './lexicon/function-words.js';
import {
  DAY_PARTS,
  isDayWord,
  NUMBER_WORDS,
  SAME_DAY_UNITS,
  TIME_UNITS,
  TIME_WORDS,
} from './lexicon/time-words.js';
import { nounPhraseStartingAt, type TokenRange } from './noun-phrases.js';
import { tagRoles } from './model/role-tagger.js';
import { canBeVerb } from './model/word-classes.js';
import { isFiniteVerb } from './finite-verbs.js';
import { isAbbreviation } from './segment-sentences.js';
import { clauseSubject, sourceBeforeCue } from './source-before-cue.js';
import { isApostrophe, type Token } from './tokenize.js';

/** An attribution before speakers are resolved: token ranges and content spans. */
export interface AttributionCandidate {
  readonly cue: Cue;
  readonly source: TokenRange | null;
  readonly content: readonly Span[];
  readonly confidence: number;
  /** Whether the content stands before the source and cue (`C, X said`) or after them (`X said C`). */
  readonly contentSide: 'left' | 'right';
}

/**
 * Every candidate is made here, by one object literal. Candidates made at many places, several by
 * spreading another (`{ ...candidate, content }`), had eight hidden classes (V8 maps) for one shape, so the
 * functions that read them (medium, dating, speakers) were deoptimized and recompiled again and again.
 */
export function attributionCandidate(fields: AttributionCandidate): AttributionCandidate {
  return {
    cue: fields.cue,
    source: fields.source,
    content: fields.content,
    confidence: fields.confidence,
    contentSide: fields.contentSide,
  };
}

/** How far after a cue a "that" may introduce its content ("told reporters on Monday that"). */
const THAT_REACH = 8;

/**
 * Words that end a phrasal verb as its particle rather than as a preposition ("pointed out"): the cue
 * keeps them whatever follows (train: 10 more cues and 7 contents exact). "Off", "up", "over", "back"
 * and "down" as well moved two more train contents, no cue: they stay prepositions.
 */
const VERB_PARTICLES = new Set(['out']);

/** Builds one attribution per cue that has both a source and a content. */
export function buildAttributions(context: AnalysisContext, cues: readonly Cue[]): AttributionCandidate[] {
  const candidates: AttributionCandidate[] = [];
  for (const cue of cues) {
    const ruled = cue.kind === 'verb' ? verbAttribution(context, cue) : phrasalAttribution(context, cue);
    const candidate = combineWithModel(context, cue, ruled);
    if (candidate && candidate.content.length > 0) candidates.push(candidate);
  }
  return withParticipleSources(
    context,
    cutAtReportingClauses(context, candidates).map((candidate) =>
      CANDIDATE_REFINEMENTS.reduce((refined, refine) => refine(context, refined), candidate),
    ),
  );
}

/** What each candidate goes through once every cue has one, in this order. */
const CANDIDATE_REFINEMENTS: readonly ((
  context: AnalysisContext,
  candidate: AttributionCandidate,
) => AttributionCandidate)[] = [
  continueQuotation,
  withInterruptedSubject,
  withTrailingClause,
  withPassiveSubject,
  withLeadIn,
  withRelativeObject,
  beforeMainClause,
  withRelativeSource,
  withoutRelativeAfterQuote,
  withoutClosingClause,
  withModifiersInCue,
  withAbbreviationPeriods,
];

/**
 * `"...," Sanders said, going on to say that ...`: a participle after a comma with no source of its own
 * says what the subject of the clause before it says, so it takes the source of the attribution just
 * before it in the same sentence, or else the subject of the sentence's clause ("Trump defended the city,
 * saying ..."; also after "while", "before", "by"). A participle clause that opens the sentence ("After
 * thanking the crowd, he ...") takes the subject of the main clause after it. On PolNeAR train (rules
 * only), the last two moved 37 sources to their gold span and 3 away from it.
 */
export function withParticipleSources(
  context: AnalysisContext,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  const { tokens } = context;
  return candidates.map((candidate, index) => {
    const { cue } = candidate;
    // A verb only: "according to" ends in -ing too.
    if (candidate.source !== null || cue.kind !== 'verb' || !tokens[cue.range.first]!.lower.endsWith('ing'))
      return candidate;
    const sentence = context.sentences[cue.sentence]!;
    const firstToken = sentence.firstToken;
    let before = previousWord(tokens, cue.range.first, firstToken);
    if (before >= firstToken && PARTICIPLE_LINKS.has(tokens[before]!.lower))
      before = previousWord(tokens, before, firstToken);
    if (before < firstToken || tokens[before]?.text !== ',') {
      const fronted = frontedClauseSubject(context, cue, before);
      return fronted ? attributionCandidate({ ...candidate, source: fronted }) : candidate;
    }
    for (let other = index - 1; other >= 0; other -= 1) {
      const previous = candidates[other]!;
      if (previous.cue.sentence !== cue.sentence) break;
      if (previous.cue.range.last < cue.range.first && previous.source !== null)
        return attributionCandidate({ ...candidate, source: previous.source });
    }
    // With no attribution before it, the subject of the clause it hangs on ("Trump delivered a defense of
    // the city, saying ...").
    const subject = clauseSubject(context, before, firstToken);
    return subject ? attributionCandidate({ ...candidate, source: subject }) : candidate;
  });
}

/** A word that opens a predicate after a subject: a finite verb, or a past that is also a participle ("said"). */
const opensPredicateAt = (token: Token): boolean =>
  token.kind === 'word' &&
  (isFiniteVerb(token) || (token.text === token.lower && PAST_FORMS.has(token.lower)));
const PAST_FORMS = new Set([
  'said',
  'told',
  'thought',
  'felt',
  'heard',
  'made',
  'put',
  'paid',
  'sent',
  'kept',
  'held',
]);

/** Words that may join a participle to its clause: ", while saying", ", before adding". */
const PARTICIPLE_LINKS = new Set(['while', 'before', 'after', 'by', 'when', 'also', 'then']);
/** Words that open a fronted participle clause: "After thanking the crowd, he ...". */
const FRONTED_OPENERS = new Set(['after', 'before', 'while', 'despite', 'by', 'when', 'since', 'upon', 'in']);

/**
 * `After thanking the crowd, the mayor said ...`; `Having announced that ..., Judge Berman ...`: a
 * participle cue that opens its sentence (alone or after a preposition) has for source the subject of
 * the main clause after the comma that closes its own.
 */
function frontedClauseSubject(context: AnalysisContext, cue: Cue, before: number): TokenRange | null {
  const { tokens } = context;
  const sentence = context.sentences[cue.sentence]!;
  if (before >= sentence.firstToken) {
    if (!FRONTED_OPENERS.has(tokens[before]!.lower)) return null;
    if (previousWord(tokens, before, sentence.firstToken) >= sentence.firstToken) return null;
  }
  for (let index = cue.range.last + 1; index < sentence.lastToken; index += 1) {
    if (tokens[index]!.text !== ',' || context.quotationOfToken[index] !== -1) continue;
    const start = nextWord(tokens, index, sentence.lastToken);
    if (!opensMainClause(context, start, sentence.lastToken)) continue;
    // The subject runs up to its finite verb (which opensMainClause found within a few words).
    let verb = nextWord(tokens, start, sentence.lastToken);
    while (verb < sentence.lastToken && !opensPredicateAt(tokens[verb]!))
      verb = nextWord(tokens, verb, sentence.lastToken);
    let last = previousWord(tokens, verb, start);
    // "Mr. Rubio only occasionally disagreed": adverbs before the verb are not the subject's.
    while (last > start && tokens[last]!.lower.endsWith('ly') && tokens[last]!.text === tokens[last]!.lower)
      last = previousWord(tokens, last, start);
    return last >= start && tokens[last]!.kind === 'word' ? { first: start, last } : null;
  }
  return null;
}

/**
 * Adverbs that stand between a subject and its verb and that PolNeAR's annotators keep in the cue: in
 * train, "also" opens 281 cues and stands just before 21, "often" 21 and 0, "later" 25 and 2, "recently"
 * 24 and 2. "Both" (7 and 17) and "all" (11 and 9) are the subject's, not the cue's, and are left out; so
 * are "then" (24 and 17), "now" and "first", which moved more train cues away from their gold span than
 * to it.
 */
const PREVERBAL_ADVERBS = new Set([
  'also',
  'often',
  'still',
  'further',
  'even',
  'later',
  'never',
  'already',
  'once',
  'just',
  'again',
  'not',
  // Adverbs of time and frequency in -ly; manner adverbs ("frankly admitted") stay out of the cue, as the
  // seed's careful reader keeps them, though PolNeAR's annotators often take them in.
  'recently',
  'previously',
  'repeatedly',
  'initially',
  'originally',
  'finally',
  'frequently',
  'consistently',
  'subsequently',
  'eventually',
  'immediately',
  'increasingly',
  'publicly',
  'privately',
]);

/** The contracted auxiliaries after an apostrophe ("they're", "we've", "she'd"; "he's" before a participle). */
const CONTRACTED_AUXILIARIES = new Set(['re', 've', 'll', 'd']);

/**
 * "also said", "as the engineers have said", "they're worried about", "hasn't said": the adverbs,
 * auxiliaries and contractions right before a verb cue that the tagger left out join it, as PolNeAR's
 * annotators mark them (731 cues in train open with "has", 7 have it just before them); where the source
 * had taken them, it gives them up (down to at least one word). Lower case only: "Theresa May said" ends
 * on a name.
 */
function withModifiersInCue(context: AnalysisContext, candidate: AttributionCandidate): AttributionCandidate {
  const { tokens, quotationOfToken } = context;
  const { cue, source } = candidate;
  if (cue.kind !== 'verb') return candidate;
  // "is reportedly ...": an adverb that is the whole cue reports by itself.
  if (cue.range.first === cue.range.last && /ly$/u.test(tokens[cue.range.first]!.lower)) return candidate;
  const floor = context.sentences[cue.sentence]!.firstToken;
  const quotation = quotationOfToken[cue.range.first];
  let first = cue.range.first;
  // A cue that opens on the letters of a contraction ("re" of "They're worried") takes its apostrophe.
  const opening = tokens[first]!.text;
  if (
    (CONTRACTED_AUXILIARIES.has(opening) || opening === 's') &&
    isContracted(tokens, first) &&
    !(source && source.first >= first - 1)
  )
    first -= 1;
  for (;;) {
    const previous = previousWord(tokens, first, floor);
    if (previous < floor || quotationOfToken[previous] !== quotation) break;
    const joined = modifierBefore(context, previous, first);
    // The source keeps one word at least, unless it lies wholly within the modifiers ("t" of "hasn't").
    if (joined === -1 || (source && joined <= source.first && source.last >= first)) break;
    first = joined;
  }
  if (first === cue.range.first) return candidate;
  let kept = source;
  if (source && source.last >= first)
    kept =
      source.first < first
        ? { first: source.first, last: previousWord(tokens, first, source.first) }
        : sourceBeforeCue(context, first, floor);
  return attributionCandidate({
    ...candidate,
    cue: cueOf({ ...cue, range: { first, last: cue.range.last } }),
    source: kept,
  });
}

/** Token `index` ends a contraction: an apostrophe right before it, and a word right before that. */
const isContracted = (tokens: AnalysisContext['tokens'], index: number): boolean =>
  isApostrophe(tokens[index - 1]) && tokens[index - 2]?.kind === 'word';

/** Where the modifier that ends at token `last`, right before token `next`, begins; -1 if it is none. */
function modifierBefore(context: AnalysisContext, last: number, next: number): number {
  const { tokens } = context;
  const token = tokens[last]!;
  if (token.kind !== 'word' || token.text !== token.lower) return -1;
  if (AUXILIARIES.has(token.text) || PREVERBAL_ADVERBS.has(token.text)) return last;
  if (!isContracted(tokens, last)) return -1;
  const participle = /(?:ing|ed)$/u.test(tokens[next]!.lower);
  if (CONTRACTED_AUXILIARIES.has(token.text) || (token.text === 's' && participle)) return last - 1;
  // "hasn't", "didn't": the auxiliary, its apostrophe and "t".
  if (token.text === 't' && /n$/u.test(tokens[last - 2]!.lower)) return last - 2;
  return -1;
}

/** Conjunctions that open a fronted subordinate clause, before the sentence's main clause. */
const SUBORDINATORS = new Set([
  'while',
  'although',
  'though',
  'if',
  'when',
  'because',
  'whereas',
  'since',
  'with',
]);

/** How many words may open a main clause before its finite verb ("the campaign has appeared"). */
const SUBJECT_REACH = 5;

/**
 * `While aides insisted that C, the campaign has appeared to ...`: a cue inside a fronted subordinate
 * clause reports only up to the comma that closes that clause, where the main clause (a subject and its
 * finite verb) begins.
 */
export function beforeMainClause(
  context: AnalysisContext,
  candidate: AttributionCandidate,
): AttributionCandidate {
  const { tokens, text } = context;
  const { cue } = candidate;
  const last = candidate.content.at(-1);
  if (!last || candidate.contentSide !== 'right') return candidate;
  const sentence = context.sentences[cue.sentence]!;
  const opener = nextWord(tokens, sentence.firstToken - 1, sentence.lastToken);
  if (!SUBORDINATORS.has(tokens[opener]?.lower ?? '') || opener >= cue.range.first) return candidate;
  // The cue must be inside the fronted clause: "When the storm ended, the mayor said ..." is in the main one.
  for (let index = opener; index < cue.range.first; index += 1)
    if (tokens[index]!.text === ',' && context.quotationOfToken[index] === -1) return candidate;
  const from = Math.max(firstTokenAt(tokens, candidate.content[0]!.start), cue.range.last + 1);
  for (let index = from; index < sentence.lastToken && tokens[index]!.start < last.end; index += 1) {
    if (tokens[index]!.text !== ',' || context.quotationOfToken[index] !== -1) continue;
    if (!opensMainClause(context, nextWord(tokens, index, sentence.lastToken), sentence.lastToken)) continue;
    const end = trimTrailingPunctuation(text, last.start, tokens[index]!.start);
    return end > last.start
      ? attributionCandidate({
          ...candidate,
          content: [...candidate.content.slice(0, -1), { start: last.start, end }],
        })
      : candidate;
  }
  return candidate;
}

/**
 * A subject and its finite verb ("the campaign has", "independent analyses warned", "the plan grew"), not a
 * relative clause.
 */
function opensMainClause(context: AnalysisContext, start: number, limit: number): boolean {
  const { tokens } = context;
  const first = tokens[start];
  if (!first || first.kind !== 'word' || CONJUNCTIONS.has(first.lower) || PREPOSITIONS.has(first.lower))
    return false;
  // A verb or a participle right after the comma continues the clause before it (", was flawed").
  if (first.lower.endsWith('ing') || AUXILIARIES.has(first.lower)) return false;
  let index = start;
  for (let words = 0; words < SUBJECT_REACH;) {
    index = nextWord(tokens, index, limit);
    const token = tokens[index];
    if (!token || index >= limit) return false;
    // The period of an abbreviation and a possessive's apostrophe belong to the subject ("Mr. Obama's aides").
    if (token.kind === 'punct' && /^[.'’]$/u.test(token.text)) continue;
    // A conjunction makes the words a list's end ("bridges and tunnels were"), not a new subject.
    if (token.kind !== 'word' || CONJUNCTIONS.has(token.lower)) return false;
    words += 1;
    if (isFiniteVerb(token)) return true;
  }
  return false;
}

/**
 * Words that may follow the cue inside an interrupting reporting clause, before its closing comma ("he
 * said then,", "he told me on Friday,"): times, and whom it was told to. Any other word there is the
 * content's ("cited several factors for the low turnout, including ..."), which moved 48 train contents
 * away from their gold span when any word was allowed.
 */
const CLAUSE_TAIL_WORDS = new Set([
  'on',
  'in',
  'at',
  'during',
  'week',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'me',
  'us',
  'reporters',
  'interview',
  'an',
  'a',
  'the',
]);
const CLAUSE_TAIL_REACH = 6;

/**
 * `Climate change, the mayor argued, is the greatest threat`; `In recent days, advisers say, the
 * president has grown ...`; `If the argument fails, he argues, there are other tools`: a reporting clause
 * set off by commas inside a sentence interrupts its content, which is the words before the clause and the
 * rest of the sentence after it (two fragments), as PolNeAR's annotators mark it. Not where a quotation
 * opens right after the clause ("In a statement, she said, “...”": the quotation stands alone), nor after a
 * participle clause ("Asked about it, he said, ..."), nor over quoted words before the clause (those are
 * read as quotations). On PolNeAR train (rules only, no retraining), 74 contents moved to their gold span
 * and 15 away from it (leading "But", "Still", "In 2008" that annotators kept out); when the words before
 * were a subject alone (session 7's rule), 80 train contents of this shape were already right.
 */
export function withInterruptedSubject(
  context: AnalysisContext,
  candidate: AttributionCandidate,
): AttributionCandidate {
  const { tokens, text } = context;
  const { source, cue } = candidate;
  const first = candidate.content[0];
  if (!first || !source || candidate.contentSide !== 'right' || source.last >= cue.range.first)
    return candidate;
  const sentence = context.sentences[cue.sentence]!;
  // The clause closes with a comma after the cue and a few words of its own.
  let comma = nextWord(tokens, cue.range.last, sentence.lastToken);
  for (let words = 0; comma < sentence.lastToken && tokens[comma]!.text !== ','; words += 1) {
    const word = tokens[comma]!;
    if (words >= CLAUSE_TAIL_REACH || word.kind !== 'word') return candidate;
    if (!TIME_WORDS.has(word.lower) && !CLAUSE_TAIL_WORDS.has(word.lower)) return candidate;
    comma = nextWord(tokens, comma, sentence.lastToken);
  }
  if (tokens[comma]?.text !== ',' || context.quotationOfToken[comma] !== -1) return candidate;
  const after = nextWord(tokens, comma, sentence.lastToken);
  if (after >= sentence.lastToken) return candidate;
  // The content is what follows the closing comma, as the taggers read it (it may have begun at "then").
  if (first.start < tokens[cue.range.last]!.end || first.start > tokens[after]!.start) return candidate;
  if (first.end <= tokens[after]!.start) return candidate;
  if (context.quotationOfToken[after] !== -1 && tokens[after]!.kind === 'punct') return candidate;
  // The clause opens with a comma, or with "as" after one ("The harbour, as the engineers pointed out, ...").
  let opening = previousWord(tokens, source.first, sentence.firstToken);
  if (tokens[opening]?.lower === 'as') opening = previousWord(tokens, opening, sentence.firstToken);
  if (tokens[opening]?.text !== ',' || context.quotationOfToken[opening] !== -1) return candidate;
  // "..., which, the owner said, is usually full": the relative clause is the content, not its antecedent.
  const beforeOpening = previousWord(tokens, opening, sentence.firstToken);
  let start = RELATIVE_PRONOUNS.has(tokens[beforeOpening]?.lower ?? '')
    ? beforeOpening
    : nextWord(tokens, sentence.firstToken - 1, opening);
  while (start < opening && CONTINUATION_OPENERS.has(tokens[start]!.lower))
    start = nextWord(tokens, start, opening);
  if (start >= opening) return candidate;
  const opener = tokens[start]!.lower;
  if (/(?:ing|ed)$/u.test(opener) && canBeVerb(opener)) return candidate;
  for (let index = start; index < opening; index += 1)
    if (context.quotationOfToken[index] !== -1) return candidate;
  const before = {
    start: tokens[start]!.start,
    end: trimTrailingPunctuation(text, tokens[start]!.start, tokens[opening]!.start),
  };
  const rest = { start: tokens[after]!.start, end: first.end };
  return attributionCandidate({ ...candidate, content: [before, rest, ...candidate.content.slice(1)] });
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Past participles without -ed, of verbs that take a subject and an infinitive or "as" in the passive. */
const IRREGULAR_PARTICIPLES = new Set([
  'known',
  'seen',
  'shown',
  'said',
  'told',
  'thought',
  'held',
  'heard',
  'found',
  'given',
  'taken',
  'made',
  'written',
  'understood',
  'drawn',
  'chosen',
  'sought',
  'meant',
  'kept',
  'left',
]);
/** Verbs whose subject is what seems ("seemed to", "appears unlikely"); "look" is left out ("looks to" seeks). */
const LINKING_VERBS = new Set([
  'seem',
  'seems',
  'seemed',
  'appear',
  'appears',
  'appeared',
  'sound',
  'sounds',
  'sounded',
]);

/**
 * Whether a cue is a plain passive ("was asked", "is shown", "were told about"): a form of "be", adverbs,
 * and a past participle that ends the cue or comes before its preposition. Not a participle of feeling,
 * whose subject holds the feeling ("are concerned about", "is convinced").
 */
function isPassive(context: AnalysisContext, cue: Cue): boolean {
  const { tokens } = context;
  let be = false;
  for (let index = cue.range.first; index <= cue.range.last; index += 1) {
    const word = tokens[index]!;
    if (word.kind !== 'word') continue;
    if (BE_FORMS.has(word.lower)) be = true;
    else if (be && (word.lower.endsWith('ed') || IRREGULAR_PARTICIPLES.has(word.lower))) {
      if (FEELING_PARTICIPLES.has(word.lower)) return false;
      const next = nextWord(tokens, index, cue.range.last + 1);
      return (
        next > cue.range.last ||
        (PREPOSITIONS.has(tokens[next]!.lower) && nextWord(tokens, next, cue.range.last + 1) > cue.range.last)
      );
    } else if (!word.lower.endsWith('ly') && word.lower !== 'also' && word.lower !== 'not') be = false;
  }
  return false;
}

const FEELING_PARTICIPLES = new Set([
  'concerned',
  'convinced',
  'worried',
  'mystified',
  'impressed',
  'assured',
  'surprised',
  'gripped',
  'disappointed',
  'pleased',
  'frustrated',
  'shocked',
  'stunned',
  'alarmed',
  'troubled',
  'encouraged',
  'excited',
  'determined',
  'committed',
  'devoted',
  'interested',
  'persuaded',
  'satisfied',
  'disturbed',
  'outraged',
  'angered',
  'offended',
  'puzzled',
  'confused',
  'relieved',
  'intrigued',
  'bothered',
  'annoyed',
  'delighted',
  'thrilled',
  'upset',
  'dismayed',
  'heartened',
  'amazed',
  'astonished',
  'saddened',
  'inclined',
  'prepared',
  'resigned',
  'obsessed',
  'fixated',
  'focused',
  'divided',
  'split',
  'torn',
  'opposed',
  'left',
]);

/** Whether a cue is a passive ("is expected", "were widely seen") or a linking verb ("seemed", "appears"). */
function isPassiveOrLinking(context: AnalysisContext, cue: Cue): boolean {
  const { tokens } = context;
  let be = false;
  for (let index = cue.range.first; index <= cue.range.last; index += 1) {
    const word = tokens[index]!;
    if (word.kind !== 'word') continue;
    if (LINKING_VERBS.has(word.lower)) return true;
    if (BE_FORMS.has(word.lower)) be = true;
    else if (be && (word.lower.endsWith('ed') || IRREGULAR_PARTICIPLES.has(word.lower))) return true;
  }
  return false;
}

/**
 * `All three candidates are expected to speak`; `He was described as newly serious`; `The plan seems to
 * falter`: the subject of a passive or linking cue followed by an infinitive or "as" is what is expected
 * or described, not who expects it; PolNeAR's annotators mark it as the content's first fragment and give
 * no source. Not with "that", a quotation or a preposition after the cue: the subject of "are convinced
 * that", "was asked: “...”" or "are concerned about" holds the belief or heard the question. On PolNeAR
 * train (rules only), 36 contents moved to their gold span and 11 away from it ("was excited to", "are
 * determined to"); with any word after the cue, 56 and 83. Whatever follows a plain passive ("was asked,
 * “...”", "is shown discussing"), its subject is no source: without an agent ("by"), the source goes (82
 * train sources moved to their gold reading, none, and 4 away from it).
 */
export function withPassiveSubject(
  context: AnalysisContext,
  candidate: AttributionCandidate,
): AttributionCandidate {
  const { tokens } = context;
  const { source, cue } = candidate;
  const first = candidate.content[0];
  if (!first || !source || candidate.contentSide !== 'right' || source.last >= cue.range.first)
    return candidate;
  if (first.start < tokens[cue.range.last]!.end) return candidate;
  if (nextWord(tokens, source.last, cue.range.first) !== cue.range.first) return candidate;
  if (!PASSIVE_COMPLEMENTS.has(tokens[firstTokenAt(tokens, first.start)]?.lower ?? '')) {
    // The subject of a plain passive is not who speaks ("Blumenthal was asked, “...”"), whatever follows.
    const agent =
      tokens[cue.range.last]!.lower === 'by' || tokens[nextWord(tokens, cue.range.last)]?.lower === 'by';
    return isPassive(context, cue) && !agent
      ? attributionCandidate({ ...candidate, source: null })
      : candidate;
  }
  if (!isPassiveOrLinking(context, cue)) return candidate;
  // An agent after the cue is its source ("was described by aides as"), which the rules may not have read.
  if (tokens[nextWord(tokens, cue.range.last)]?.lower === 'by') return candidate;
  const subject = { start: tokens[source.first]!.start, end: tokens[source.last]!.end };
  return attributionCandidate({ ...candidate, source: null, content: [subject, ...candidate.content] });
}

const PASSIVE_COMPLEMENTS = new Set(['to', 'as']);

/**
 * `Still, golf clubs are ''just scratching out a profit,'' Mr. Hedge said`: a quotation before its
 * reporting clause, opened after unquoted words of its own sentence, ends a content that begins with the
 * sentence, as PolNeAR's annotators mark it. Not after a colon, a dash or a parenthesis, which introduce
 * the quotation as a sentence of its own ("Her verdict: “...”"). On PolNeAR train (rules only), 23
 * contents moved to their gold span and 5 away from it ("Whatever the result, “...”"); with a colon,
 * dash or parenthesis before the quotation too, 24 and 23.
 */
export function withLeadIn(context: AnalysisContext, candidate: AttributionCandidate): AttributionCandidate {
  const { tokens } = context;
  const { cue } = candidate;
  const first = candidate.content[0];
  if (!first || candidate.contentSide !== 'left') return candidate;
  const opening = firstTokenAt(tokens, first.start);
  const quotation = context.quotationOfToken[opening]!;
  if (quotation === -1 || context.quotations[quotation]!.start !== first.start) return candidate;
  const sentence = context.sentences[cue.sentence]!;
  if (opening <= sentence.firstToken || opening > cue.range.first) return candidate;
  if (/^[:(\u2013\u2014-]/u.test(tokens[previousWord(tokens, opening)]?.text ?? '')) return candidate;
  const start = nextWord(tokens, sentence.firstToken - 1, opening);
  if (start >= opening) return candidate;
  for (let index = start; index < opening; index += 1)
    if (context.quotationOfToken[index] !== -1) return candidate;
  const leadIn = { start: tokens[start]!.start, end: first.end };
  return attributionCandidate({ ...candidate, content: [leadIn, ...candidate.content.slice(1)] });
}

/** Pronouns that stand for the object of a reporting clause inside a relative clause. */
const OBJECT_PRONOUNS = new Set(['which', 'what', 'whom']);

/**
 * `... a ruling, which Beijing has vowed to ignore`; `what the senators said was gerrymandering`: a
 * relative or interrogative pronoun right before the source stands for what was said, and PolNeAR's
 * annotators mark it as the content's first fragment. Not after a preposition ("in which Trump says he
 * will ..."), where the pronoun is a circumstance and the content is whole. "That" is left out: it opens
 * reported clauses far more often than relative ones. On PolNeAR train (rules only), 53 contents moved to
 * their gold span and 5 away from it; without the preposition condition, 65 and 41. Taking the pronoun out
 * of a tagged source ("which officials said") and the words before it out of the content moved 6 more to
 * their gold span and none away.
 */
export function withRelativeObject(
  context: AnalysisContext,
  candidate: AttributionCandidate,
): AttributionCandidate {
  const { tokens } = context;
  const { cue } = candidate;
  if (!candidate.source || candidate.source.last >= cue.range.first) return candidate;
  const sentence = context.sentences[cue.sentence]!;
  let source = candidate.source;
  // "which officials said": the tagger's source may hold the pronoun.
  if (OBJECT_PRONOUNS.has(tokens[source.first]!.lower) && source.last > source.first)
    source = { first: nextWord(tokens, source.first, source.last + 1), last: source.last };
  const pronoun = previousWord(tokens, source.first, sentence.firstToken);
  if (pronoun < sentence.firstToken || !OBJECT_PRONOUNS.has(tokens[pronoun]!.lower)) return candidate;
  const before = previousWord(tokens, pronoun, sentence.firstToken);
  if (before >= sentence.firstToken && PREPOSITIONS.has(tokens[before]!.lower)) return candidate;
  const span = { start: tokens[pronoun]!.start, end: tokens[pronoun]!.end };
  // The rest of the clause after the cue; fragments before the pronoun ("The sailors were released,
  // displaying what analysts said was a sign") are the clause the relative clause hangs on, not content.
  const rest = candidate.content.filter((fragment) => fragment.start >= tokens[cue.range.last]!.end);
  if (rest.length === 0) return candidate;
  return attributionCandidate({ ...candidate, source, content: [span, ...rest], contentSide: 'right' });
}

/**
 * `... in Paris and San Bernardino, Calif.`: a content that ends on an abbreviation keeps its period,
 * which also ends the sentence. Trimming a content's closing punctuation took it away; PolNeAR's
 * annotators keep it (43 times in train, never left out).
 */
export function withAbbreviationPeriods(
  context: AnalysisContext,
  candidate: AttributionCandidate,
): AttributionCandidate {
  const { tokens } = context;
  const content = candidate.content.map((fragment) => {
    const period = firstTokenAt(tokens, fragment.end);
    const token = tokens[period];
    if (token?.text !== '.' || token.start !== fragment.end || !closesAbbreviation(tokens, period))
      return fragment;
    return { start: fragment.start, end: token.end };
  });
  return content.every((fragment, index) => fragment === candidate.content[index])
    ? candidate
    : attributionCandidate({ ...candidate, content });
}

/**
 * Whether the period at `index` closes an abbreviation a content may end on: a dotted acronym ("U.S.",
 * "N.Y.") or a known abbreviation ("Calif.", "Inc."), not a lone capital ("World War I.") or "no.".
 */
function closesAbbreviation(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  if (!before || !isAbbreviation(tokens, index) || before.lower === 'no' || before.lower === 'nos')
    return false;
  return before.text.length > 1 || tokens[index - 2]?.text === '.';
}

/** Unambiguous verbs of a closing reporting clause ("..., she said"); not "state" or "comments", nouns as often. */
const CLOSING_VERBS = new Set([
  'said',
  'says',
  'added',
  'adds',
  'told',
  'wrote',
  'writes',
  'noted',
  'explained',
  'recalled',
  'asked',
]);

/**
 * `... because “most people don’t know about that loop-hole,” she said`: a reporting clause that closes
 * the content's sentence after a comma or a closing quotation mark belongs to another attribution (or
 * repeats this one), and the content ends before it. Rare: one more content exact in train and one in dev.
 */
export function withoutClosingClause(
  context: AnalysisContext,
  candidate: AttributionCandidate,
): AttributionCandidate {
  const { tokens, text } = context;
  const { cue } = candidate;
  const last = candidate.content.at(-1);
  if (!last || last.start < tokens[cue.range.last]!.end) return candidate;
  const verb = firstTokenAt(tokens, last.end) - 1; // the fragment's last token
  const closing = tokens[verb];
  if (closing?.kind !== 'word' || !CLOSING_VERBS.has(closing.text)) return candidate;
  // The source before the verb: up to four words.
  let index = previousWord(tokens, verb);
  let words = 0;
  while (index >= 0 && tokens[index]!.start >= last.start && tokens[index]!.kind === 'word' && words < 4) {
    words += 1;
    index = previousWord(tokens, index);
  }
  if (words === 0 || index < 0 || tokens[index]!.start < last.start) return candidate;
  const mark = tokens[index]!;
  if (mark.text !== ',' && !(context.quotationOfToken[index] !== -1 && mark.kind === 'punct'))
    return candidate;
  const cut = mark.text === ',' ? mark.start : mark.end;
  const trimmed = mark.text === ',' ? trimTrailingPunctuation(text, last.start, cut) : cut;
  if (trimmed <= last.start) return candidate;
  return attributionCandidate({
    ...candidate,
    content: [...candidate.content.slice(0, -1), { start: last.start, end: trimmed }],
  });
}

/**
 * `"The pier is safe," the mayor told reporters at a meeting that was held on a boat`: where the content is
 * a quotation before the cue, a "that" after a noun further on opens a relative clause, not more of what
 * was said. A "that" right after the cue still does (`"We are concerned," they wrote, that ...`). On
 * PolNeAR train (rules only) 2 contents moved to their gold span and none away from it; dev 1.
 */
export function withoutRelativeAfterQuote(
  context: AnalysisContext,
  candidate: AttributionCandidate,
): AttributionCandidate {
  const { tokens } = context;
  const { cue } = candidate;
  const cueStart = tokens[cue.range.first]!.start;
  const cueEnd = tokens[cue.range.last]!.end;
  const before = candidate.content.filter((f) => f.end <= cueStart);
  const after = candidate.content.filter((f) => f.start >= cueEnd);
  if (before.length === 0 || after.length === 0) return candidate;
  const quoted = before.some((fragment) =>
    context.quotations.some(
      (quotation) => quotation.start <= fragment.start && fragment.end <= quotation.end + 1,
    ),
  );
  if (!quoted) return candidate;
  const isRelative = (f: Span): boolean => {
    const that = firstTokenAt(tokens, f.start);
    if (f.start < cueEnd || tokens[that]?.lower !== 'that') return false;
    const before = previousWord(tokens, that);
    return before > cue.range.last && tokens[before]!.kind === 'word';
  };
  const kept = candidate.content.filter((f) => !isRelative(f));
  if (kept.length === candidate.content.length) return candidate;
  return attributionCandidate({ ...candidate, content: kept });
}

/**
 * `... the party leaders who said ...`: a source that ends on a relative pronoun right before its cue is
 * the pronoun alone, as PolNeAR's annotators mark it; the speaker is still the antecedent, which
 * `resolveSpeakers` reads through the pronoun. On PolNeAR train (rules only), 22 more sources exact, dev 3.
 * "That" as well gave 4 more train sources but moved 2 quotation speakers away: left out.
 */
export function withRelativeSource(
  context: AnalysisContext,
  candidate: AttributionCandidate,
): AttributionCandidate {
  const { source } = candidate;
  if (!source || source.last === source.first) return candidate;
  if (!SUBJECT_RELATIVES.has(context.tokens[source.last]!.lower)) return candidate;
  return attributionCandidate({ ...candidate, source: { first: source.last, last: source.last } });
}

const SUBJECT_RELATIVES = new Set(['who', 'which']);

/** Subordinators that continue a content past the reporting clause that closes it (see `withTrailingClause`). */
const TRAILING_OPENERS = new Set(['since', 'until', 'because', 'including']);

/**
 * `Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt`: a subordinate clause after the
 * reporting clause that closes an unquoted content finishes that content's sentence. Not after quoted
 * words, where such a clause tells of the speaking ("..., he said, while arguing that ..."); and only after
 * the four openers that PolNeAR's annotators keep with the content: with "although", "as", "while",
 * "when", "after" and others too, 11 train contents moved away from their gold span and 2 to it.
 */
export function withTrailingClause(
  context: AnalysisContext,
  candidate: AttributionCandidate,
): AttributionCandidate {
  const { tokens, text } = context;
  const { source, cue } = candidate;
  const last = candidate.content.at(-1);
  if (!last || candidate.contentSide !== 'left' || last.end > tokens[cue.range.first]!.start)
    return candidate;
  if (context.quotationOfToken[firstTokenAt(tokens, last.end) - 1] !== -1) return candidate;
  const sentence = context.sentences[cue.sentence]!;
  const comma = nextWord(tokens, Math.max(cue.range.last, source?.last ?? 0), sentence.lastToken);
  if (tokens[comma]?.text !== ',' || context.quotationOfToken[comma] !== -1) return candidate;
  const opener = nextWord(tokens, comma, sentence.lastToken);
  if (opener >= sentence.lastToken || !TRAILING_OPENERS.has(tokens[opener]!.lower)) return candidate;
  for (let index = opener; index < sentence.lastToken; index += 1)
    if (context.quotationOfToken[index] !== -1) return candidate;
  const start = tokens[opener]!.start;
  const end = trimTrailingPunctuation(text, start, tokens[sentence.lastToken - 1]!.end);
  if (end <= start) return candidate;
  return attributionCandidate({ ...candidate, content: [...candidate.content, { start, end }] });
}

/**
 * `"A," Wilde said after the ceremony. "B."`: a quotation that follows the reporting sentence in the same
 * paragraph, alone in its sentence and with no cue of its own, continues the same speaker's words; so it
 * does after an unquoted content the reporting clause closes (`A, Schiff said. "B."`). Across a paragraph
 * break it was measured and left out: content overlap +0.001 on dev, exact contents -0.003.
 */
function continueQuotation(context: AnalysisContext, candidate: AttributionCandidate): AttributionCandidate {
  const { tokens } = context;
  const last = candidate.content.at(-1);
  // The content is quoted words, or any words before the reporting clause ("C, Schiff said. “B.”").
  if (!last) return candidate;
  const quotedEnd = context.quotations.some((quotation) => quotation.end === last.end);
  if (!quotedEnd && candidate.contentSide !== 'left') return candidate;
  const cueSentence = context.sentences[candidate.cue.sentence]!;
  if (last.end > tokens[cueSentence.lastToken - 1]!.end) return candidate; // the content runs on past the cue's sentence
  const content = [...candidate.content];
  let sentenceIndex = candidate.cue.sentence + 1;
  for (;;) {
    const sentence = context.sentences[sentenceIndex];
    if (!sentence || sentence.block !== cueSentence.block || sentence.lastToken <= sentence.firstToken) break;
    const first =
      tokens[sentence.firstToken]!.kind === 'space'
        ? nextWord(tokens, sentence.firstToken)
        : sentence.firstToken;
    const quotation = context.quotations[context.quotationOfToken[first] ?? -1];
    if (!quotation || quotation.start !== tokens[first]!.start) break;
    const coreEnd = tokens[sentence.lastToken - 1]!.end;
    if (quotation.end < trimTrailingPunctuation(context.text, tokens[first]!.start, coreEnd)) break;
    content.push(...quotation.fragments);
    sentenceIndex = context.sentenceOfToken[firstTokenAt(tokens, quotation.end - 1)]! + 1;
  }
  return content.length === candidate.content.length
    ? candidate
    : attributionCandidate({ ...candidate, content });
}

/**
 * A verb cue's source and content as the role tagger reads them around it, where it finds a content;
 * the rules' reading otherwise, and for phrasal cues ("according to X"), whose pattern is exact.
 */
function combineWithModel(
  context: AnalysisContext,
  cue: Cue,
  ruled: AttributionCandidate | null,
): AttributionCandidate | null {
  if (cue.kind !== 'verb') return ruled;
  const roles = tagRoles(context, cue.range);
  if (roles.content.length === 0) return ruled ?? beforeTaggedSource(context, cue, roles.source);
  // A cue only the tagger knows, with nothing after it but circumstances ("spoke for an hour"), reports
  // nothing; nor does any cue whose one run is a length of time (the tagger may take "for" into the cue).
  const firstRun = roles.content[0]!;
  if (cue.verb === null && isAdverbial(context, firstRun.first, firstRun.last + 1)) return ruled;
  if (roles.content.length === 1 && isDuration(context, firstRun)) return ruled;
  // A run before the cue that opens with a preposition ("Despite persistent appeals ..., he refused") is
  // a circumstance of the sentence, not what was said.
  // So is a run that ends on a colon when the content goes on after the cue ("... fireworks on Friday:
  // Republicans said they ..."): the colon closes what came before it as a sentence would.
  const contentAfter = roles.content.some((range) => range.first > cue.range.last);
  const kept = roles.content.filter(
    (range) =>
      !(
        range.last < cue.range.first &&
        (isCircumstance(context, range) || (contentAfter && context.tokens[range.last]!.text === ':'))
      ),
  );
  // `"C," X said in a letter to the council`: with the content before the cue, a run that is the object of
  // the cue's closing preposition is whom or where, not more of what was said.
  const afterCue = nextWord(context.tokens, cue.range.last);
  // "pointed out", "spoke out": the particle is the verb's, whatever follows it.
  const endsOnPreposition =
    PREPOSITIONS.has(context.tokens[cue.range.last]!.lower) &&
    !VERB_PARTICLES.has(context.tokens[cue.range.last]!.lower);
  const contentBefore = kept.some((range) => range.last < cue.range.first);
  const placed = kept.filter((range) => !(contentBefore && endsOnPreposition && range.first === afterCue));
  const tagged =
    roles.source && !onlyTimeWords(context, roles.source) ? tidySource(context, roles.source) : null;
  const found =
    tagged ??
    ruled?.source ??
    sourceBeforeCue(context, cue.range.first, context.sentences[cue.sentence]!.firstToken);
  // Words are either said or the sayer. A verb of speech has a sayer: a content run that is the whole
  // subject before it, source and all, is the tagger's mistake ("Joris Halden Jr., chief executive of
  // Halden Lines, ... said"). Otherwise the subject may be what is meant ("The accord is expected to be
  // ratified"), and a source the content holds is none.
  const holdsSource = (range: TokenRange): boolean =>
    found !== null && range.first <= found.last && found.first <= range.last;
  const speech = cue.verb?.class === 'speech';
  const runs = speech ? placed.filter((range) => !isWholeSubject(context, range, found, cue)) : placed;

  if (runs.length === 0) return ruled;
  const content = runs
    .map((range) => {
      if (range.first <= cue.range.last) return range;
      const timed = withoutLeadingTime(context, range);
      return endsOnPreposition && timed.first === afterCue ? fromConjunction(context, timed) : timed;
    })
    .flatMap((range) => contentOfRun(context, range));
  const source =
    found &&
    !quotedAroundUnquotedCue(context, found, cue) &&
    !onlyTimeWords(context, found) &&
    !runs.some(holdsSource)
      ? found
      : null;
  const contentSide = source && source.first > runs[0]!.last ? 'left' : 'right';
  // A cue ends in a preposition only when what was said follows it ("called for", "warned against"). Its
  // object left out, or the content further on ("said on a results call on April 15 that"), the
  // preposition leaves the cue ("said in a letter", as PolNeAR's annotators write "said in a statement").
  const dangling =
    cue.range.last > cue.range.first && endsOnPreposition && !runs.some((range) => range.first === afterCue);
  const spoken = dangling
    ? cueOf({
        ...cue,
        range: {
          first: cue.range.first,
          last: previousWord(context.tokens, cue.range.last, cue.range.first),
        },
      })
    : cue;
  return attributionCandidate({ cue: spoken, source, content, confidence: ruled ? 0.85 : 0.7, contentSide });
}

/** Whether a run is the whole subject before the cue, the source within it, ending at the cue or at the comma that closes its apposition. */
function isWholeSubject(
  context: AnalysisContext,
  range: TokenRange,
  source: TokenRange | null,
  cue: Cue,
): boolean {
  const { tokens } = context;
  if (source === null || range.first > source.first || source.last > range.last) return false;
  const next = nextWord(tokens, range.last);
  return (
    next === cue.range.first || (tokens[next]?.text === ',' && nextWord(tokens, next) === cue.range.first)
  );
}

/**
 * `C, attorneys for the family said.`: where the rules took a shorter source ("the family", with no comma
 * before it) and so found no content, the tagger's source, set off by a comma right before the cue with
 * nothing but circumstances after it, has the clause before it for content.
 */
function beforeTaggedSource(
  context: AnalysisContext,
  cue: Cue,
  tagged: TokenRange | null,
): AttributionCandidate | null {
  const { tokens } = context;
  if (!tagged || tagged.last >= cue.range.first || isRelativePronoun(context, tagged)) return null;
  if (previousWord(tokens, cue.range.first) !== tagged.last) return null;
  const sentence = context.sentences[cue.sentence]!;
  const right = rightContent(context, cue, cue.range.last, sentence.lastToken);
  if (right && !right.adverbial) return null;
  const source = tidySource(context, tagged);
  const before = withoutCircumstance(context, leftContent(context, source.first, sentence.firstToken));
  if (!before) return null;
  return attributionCandidate({
    cue,
    source,
    content: withFollowingQuotation(context, before, cue.range.last, sentence.lastToken),
    confidence: 0.7,
    contentSide: 'left',
  });
}

/**
 * "said that day that the ferry would sail": a run that opens with "that" or "this" before a unit of time
 * read "that" as the demonstrative of the time, not as the conjunction; the content starts at the
 * conjunction after the time words.
 */
function withoutLeadingTime(context: AnalysisContext, range: TokenRange): TokenRange {
  const { tokens } = context;
  const opening = tokens[range.first]!.lower;
  if (opening !== 'that' && opening !== 'this') return range;
  const unit = nextWord(tokens, range.first, range.last + 1);
  if (unit >= range.last) return range;
  const unitWord = tokens[unit]!.lower;
  if (!TIME_UNITS.has(unitWord) && !DAY_PARTS.has(unitWord)) return range;
  const conjunction = nextWord(tokens, unit, range.last + 1);
  return conjunction <= range.last && tokens[conjunction]!.lower === 'that'
    ? { first: conjunction, last: range.last }
    : range;
}

/**
 * A source that is a relative pronoun ("Anna Holt, who spoke at the ceremony, said ...") has its antecedent
 * before it, which is who spoke, not what was said.
 */
function isRelativePronoun(context: AnalysisContext, source: TokenRange): boolean {
  return source.first === source.last && RELATIVE_PRONOUNS.has(context.tokens[source.first]!.lower);
}

/** "an hour", "two days", "20 minutes": a count and a unit of time, and nothing else. */
function isDuration(context: AnalysisContext, range: TokenRange): boolean {
  const words: string[] = [];
  for (let index = range.first; index <= range.last; index += 1)
    if (context.tokens[index]!.kind === 'word') words.push(context.tokens[index]!.lower);
  const [count, unit] = words;
  return (
    words.length === 2 &&
    (NUMBER_WORDS.has(count!) || /^\p{N}+$/u.test(count!)) &&
    (TIME_UNITS.has(unit!) || SAME_DAY_UNITS.has(unit!))
  );
}

/** "Joris Halden Jr., chief executive of Halden Lines, yesterday denied ...": "yesterday" is when, not who. */
function onlyTimeWords(context: AnalysisContext, range: TokenRange): boolean {
  for (let index = range.first; index <= range.last; index += 1) {
    const token = context.tokens[index]!;
    if (token.kind !== 'space' && token.kind !== 'punct' && !TIME_WORDS.has(token.lower)) return false;
  }
  return true;
}

/**
 * "“We need change,” the businessman said, arguing that ...": a source the tagger found inside a quotation,
 * for a cue outside any, is somebody's quoted words, not who speaks.
 */
function quotedAroundUnquotedCue(context: AnalysisContext, source: TokenRange, cue: Cue): boolean {
  const { quotationOfToken } = context;
  if (quotationOfToken[cue.range.first] !== -1) return false;
  return quotationOfToken[source.first] !== -1 && quotationOfToken[source.last] !== -1;
}

/**
 * "said on a results call on April 15 that ...": for a cue the tagger ended on a preposition, a run right
 * after it with a "that" a few words in has the circumstance before the "that", and the content after it.
 */
function fromConjunction(context: AnalysisContext, range: TokenRange): TokenRange {
  const { tokens } = context;
  let words = 0;
  for (let index = range.first; index <= range.last && words <= CONJUNCTION_REACH; index += 1) {
    const token = tokens[index]!;
    if (token.kind === 'space') continue;
    if (token.lower === 'that' && index > range.first) return { first: index, last: range.last };
    if (token.kind === 'punct' && token.text !== '.') return range;
    words += 1;
  }
  return range;
}

const CONJUNCTION_REACH = 10;

/** Prepositions that open circumstances rather than reported words. */
const CIRCUMSTANTIAL_PREPOSITIONS = new Set([
  'despite',
  'after',
  'before',
  'during',
  'in',
  'at',
  'on',
  'since',
  'until',
  'with',
  'without',
  'from',
  'by',
  'amid',
  'following',
]);

/**
 * A tagged source tidied at its edges: a label before a colon is not part of it ("The Latest: Trump"), and
 * a parenthesis right after it is ("Sen. David Perdue (R-Ga.)").
 */
function tidySource(context: AnalysisContext, range: TokenRange): TokenRange {
  const { tokens } = context;
  let { first, last } = range;
  for (let index = last; index > first; index -= 1)
    if (tokens[index]!.text === ':') {
      first = nextWord(tokens, index, last + 1);
      break;
    }
  // "Tomas Reyes, the harbour master, yesterday denied": a day after the comma that closes an apposition
  // is when, not part of who ("a poll released Monday" keeps its day).
  if (last > first && isDayWord(tokens[last]!.lower)) {
    let before = previousWord(tokens, last, first);
    if (before > first && tokens[before]!.lower === 'on') before = previousWord(tokens, before, first);
    if (before > first && tokens[before]!.text === ',') last = before;
  }
  const open = nextWord(tokens, last);
  if (tokens[open]?.text === '(') {
    for (let index = open + 1; index < Math.min(tokens.length, open + 16); index += 1) {
      if (tokens[index]!.text === ')') {
        last = index;
        break;
      }
      if (
        /[.;!?(]/u.test(tokens[index]!.text) &&
        tokens[index]!.kind === 'punct' &&
        tokens[index]!.text !== '.'
      )
        break;
    }
  }
  return first <= last ? { first, last } : range;
}

/** A left content that only sets the scene is no content. */
function withoutCircumstance(context: AnalysisContext, content: Span[] | null): Span[] | null {
  const first = content?.[0];
  if (!first) return content;
  const token = context.tokens[firstTokenAt(context.tokens, first.start)];
  return token && CIRCUMSTANTIAL_PREPOSITIONS.has(token.lower) ? null : content;
}

/** A run before a cue that only sets the scene ("Despite persistent appeals ...") or is a lone wh-word ("what he calls"). */
function isCircumstance(context: AnalysisContext, range: TokenRange): boolean {
  const first = context.tokens[range.first]!.lower;
  return CIRCUMSTANTIAL_PREPOSITIONS.has(first) || (range.first === range.last && CONJUNCTIONS.has(first));
}

/** How far back (in characters) a content run is carried to the start of its quotation. */
const MAX_QUOTATION_REACH = 2000;

/** A content run as spans; a run that ends inside a quotation running on past its sentence takes the rest of it. */
function contentOfRun(context: AnalysisContext, range: TokenRange): Span[] {
  const { tokens } = context;
  let start = tokens[range.first]!.start;
  let end = tokens[range.last]!.end;
  // A run that starts or ends inside a quotation reaching past the cue's sentence takes the whole of it
  // ("\"A. B,\" she said" read from the sentence of "B").
  const opening = context.quotations[context.quotationOfToken[range.first] ?? -1];
  if (opening && opening.start < start && start - opening.start <= MAX_QUOTATION_REACH) start = opening.start;
  const closing = context.quotations[context.quotationOfToken[range.last] ?? -1];
  if (closing && closing.end > end) end = closing.end;
  const quotation = closing ?? opening;
  if (!quotation || (quotation.fragments.length === 1 && quotation.start >= start) || quotation.end < end)
    return [{ start, end }];
  const fragments: Span[] = [];
  for (const fragment of quotation.fragments) {
    if (fragment.end <= start || fragment.start >= end) continue;
    fragments.push({ start: Math.max(start, fragment.start), end: Math.min(end, fragment.end) });
  }
  return fragments.length > 0 ? fragments : [{ start, end }];
}

/** `X said (that) C`, `C, X said`, `"C," said X`, `X said, "C"`, with quotations spanning sentences. */
function verbAttribution(context: AnalysisContext, cue: Cue): AttributionCandidate | null {
  const { tokens } = context;
  const sentence = context.sentences[cue.sentence]!;
  const cueIndex = cue.range.first;
  // A cue of several words ("has said", "called for"): the source is before its first, the content after its last.
  const cueEnd = cue.range.last;
  const floor = sentence.firstToken;
  const left = gerundSubject(context, cue, floor) ?? sourceBeforeCue(context, cueIndex, floor);
  if (left) {
    const right = rightContent(context, cue, cueEnd, sentence.lastToken);
    // `"C," he said on Tuesday` / `C, she told reporters in Brennhof`: when the words after the cue are
    // only its circumstances, what was said is before the source.
    const before =
      (right && !right.adverbial) || isRelativePronoun(context, left)
        ? null
        : withoutCircumstance(context, leftContent(context, left.first, sentence.firstToken));
    if (before)
      return attributionCandidate({
        cue,
        source: left,
        content: withFollowingQuotation(context, before, cueEnd, sentence.lastToken),
        confidence: 0.85,
        contentSide: 'left',
      });
    // A cue only the tagger knows, with nothing after it but circumstances ("spoke for an hour"), reports
    // nothing.
    if (right && !(right.adverbial && cue.verb === null))
      return attributionCandidate({
        cue,
        source: left,
        content: right.content,
        confidence: quoted(context, right.content) ? 0.9 : 0.75,
        contentSide: 'right',
      });
    return null;
  }
  // A sentence that opens with the cue: `Said Dorothy Poynter, who grew up with him, "We were proud."`
  if (cueIndex === firstWordOf(context, cue.sentence)) {
    const speaker = nounPhraseStartingAt(
      context,
      nextWord(tokens, cueEnd, sentence.lastToken),
      sentence.lastToken,
    );
    const quotation = speaker
      ? quotationAfterComma(context, nextWord(tokens, speaker.last, sentence.lastToken), sentence.lastToken)
      : null;
    if (!speaker || !quotation) return null;
    return attributionCandidate({
      cue,
      source: speaker,
      content: [...quotation.fragments],
      confidence: 0.8,
      contentSide: 'right',
    });
  }
  // Inverted order after the content: `"...," said the minister.` / `..., said Smith, the ...`
  const previous = tokens[previousWord(tokens, cueIndex, sentence.firstToken)];
  if (
    !previous ||
    !(previous.text === ',' || context.quotationOfToken[previousWord(tokens, cueIndex)] !== -1)
  )
    return null;
  const inverted = nounPhraseStartingAt(
    context,
    nextWord(tokens, cueEnd, sentence.lastToken),
    sentence.lastToken,
  );
  if (!inverted) return null;
  const before = leftContent(context, cueIndex, sentence.firstToken);
  if (!before) return null;
  return attributionCandidate({
    cue,
    source: inverted,
    content: withFollowingQuotation(context, before, inverted.last, sentence.lastToken),
    confidence: 0.85,
    contentSide: 'left',
  });
}

/** `according to X, C`, `C, according to X`, `in his opinion, C`. */
function phrasalAttribution(context: AnalysisContext, cue: Cue): AttributionCandidate | null {
  const { tokens } = context;
  const sentence = context.sentences[cue.sentence]!;
  const source = cue.source;
  const phraseEnd = cue.kind === 'according' && source ? source.last : cue.range.last;
  const content: Span[] = [];
  const before = leftContent(context, cue.range.first, sentence.firstToken);
  if (before) content.push(...before);
  const comma = nextWord(tokens, phraseEnd, sentence.lastToken);
  const clause = tokens[comma]?.text === ',' || tokens[comma]?.text === ':';
  if (
    clause
      ? !closedBefore(context, before, nextWord(tokens, comma, sentence.lastToken))
      : !before && comma < sentence.lastToken
  ) {
    const start = clause ? nextWord(tokens, comma, sentence.lastToken) : comma;
    const after = contentFrom(context, start, sentence.lastToken);
    if (after) content.push(...after);
  }
  if (content.length === 0) return null;
  return attributionCandidate({
    cue,
    source,
    content,
    confidence: 0.8,
    contentSide: before ? 'left' : 'right',
  });
}

/**
 * `C, according to a CNN tally, but his pathway ...`; `C, according to the union, one of ...`: where the
 * words before a phrasal cue are a clause of their own, what follows its comma is no more of the content
 * (the source's apposition, a new clause), unless it continues the clause before: a predicate ("The
 * implication, according to aides, is that ...") or a conjunction ("..., and there were ..."). A short
 * opening ("Now, according to X, some are swinging") is never a clause of its own. On PolNeAR train
 * (rules only), 9 contents moved to their gold span and none away from it.
 */
function closedBefore(context: AnalysisContext, before: readonly Span[] | null, next: number): boolean {
  const { tokens } = context;
  if (!before || before.length === 0) return false;
  const words = context.text.slice(before[0]!.start, before.at(-1)!.end).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length <= SHORT_OPENING) return false;
  const word = tokens[next];
  if (!word || word.kind !== 'word') return true;
  if (AUXILIARIES.has(word.lower) || CLAUSE_CONTINUATIONS.has(word.lower)) return false;
  return !(word.text === word.lower && !word.lower.endsWith('ing') && canBeVerb(word.lower));
}

const SHORT_OPENING = 4;
const CLAUSE_CONTINUATIONS = new Set(['and', 'although', 'though']);

/** The content after a cue, and whether it is only the cue's circumstances ("on Tuesday", "in Brennhof"). */
interface RightContent {
  readonly content: Span[];
  readonly adverbial: boolean;
}

/** The content after a cue: after "that" if it comes soon, after a comma or colon, or straight on. */
function rightContent(
  context: AnalysisContext,
  cue: Cue,
  cueIndex: number,
  limit: number,
): RightContent | null {
  const { tokens } = context;
  const announced = nextBlockAnnounced(context, cue);
  if (announced) return { content: announced, adverbial: false };
  let start = nextWord(tokens, cueIndex, limit);
  if (start >= limit || isTerminal(tokens[start]!.text)) return null;
  // A quotation set off after a comma or colon in the right side is the content ("said on Twitter, “...”").
  const quotation = quotationAfterComma(context, start, limit);
  const that = cue.verb?.needsQuote ? -1 : findThat(context, cue, start, limit);
  // The content starts at "that": PolNeAR's annotators keep the complementizer in the content (2,437
  // times in train, against 30 without it).
  if (that !== -1 && (!quotation || tokens[that]!.start < quotation.start)) start = that;
  else if (quotation && tokens[start]!.start <= quotation.start)
    return { content: [...quotation.fragments], adverbial: false };
  else if (tokens[start]!.text === ',' || tokens[start]!.text === ':') start = nextWord(tokens, start, limit);
  else if (cue.verb?.takesObject && context.quotationOfToken[start] === -1) {
    // "told the audience she had ...": the person told is not part of what was said.
    const object = nounPhraseStartingAt(context, start, limit);
    if (object) start = nextWord(tokens, object.last, limit);
  }
  if (start >= limit || isTerminal(tokens[start]!.text)) return null;
  if (cue.verb?.needsQuote) {
    // "what he calls NATO's “paradoxical approach”": the content ends with the quoted words.
    const quoted = context.quotations[context.quotationOfToken[nextQuotedToken(context, start, limit)] ?? -1];
    if (quoted) return { content: [{ start: tokens[start]!.start, end: quoted.end }], adverbial: false };
  }
  const content = contentFrom(context, start, limit);
  if (!content || isDuration(context, { first: start, last: limit - 1 })) return null;
  return { content, adverbial: that === -1 && isAdverbial(context, start, limit) };
}

/** Words that only say when, where or how something was said: a preposition or a time word first ("on Tuesday", "Friday"), not a possessive ("Friday's vote"). */
function isAdverbial(context: AnalysisContext, start: number, limit: number): boolean {
  const { tokens } = context;
  const first = tokens[start]!;
  if (context.quotationOfToken[start] !== -1) return false;
  if (isInfinitive(context, start, limit)) return false;
  // "Friday's test" is a thing said about, not a time.
  const possessive = isApostrophe(tokens[start + 1]) && tokens[start + 2]?.lower === 's';
  return PREPOSITIONS.has(first.lower) || (TIME_WORDS.has(first.lower) && !possessive);
}

/**
 * "wants to triple the program", "plans to release it": "to" before a lower-case word that WordNet knows
 * as a verb opens an infinitive, what was wanted or planned, where "to the crowd" is a circumstance.
 */
function isInfinitive(context: AnalysisContext, start: number, limit: number): boolean {
  const { tokens } = context;
  if (tokens[start]!.lower !== 'to') return false;
  const verb = tokens[nextWord(tokens, start, limit)];
  if (!verb || verb.kind !== 'word' || verb.text !== verb.lower) return false;
  return canBeVerb(verb.lower);
}

/** The subject of the main clause, for a cue in a participle clause: "Holm defended it, telling lawmakers that". */
function gerundSubject(context: AnalysisContext, cue: Cue, floor: number): TokenRange | null {
  const { tokens } = context;
  const token = tokens[cue.range.first]!;
  if (!token.lower.endsWith('ing') || tokens[previousWord(tokens, cue.range.first, floor)]?.text !== ',')
    return null;
  const sentence = context.sentences[cue.sentence]!;
  const first =
    tokens[sentence.firstToken]!.kind === 'word'
      ? sentence.firstToken
      : nextWord(tokens, sentence.firstToken);
  const subject = nounPhraseStartingAt(context, first, cue.range.first);
  return subject && !PREPOSITIONS.has(tokens[subject.first]!.lower) ? subject : null;
}

/** Content from token `start` to the end of the sentence, or further if a quotation runs on. */
function contentFrom(context: AnalysisContext, start: number, limit: number): Span[] | null {
  const { tokens, text } = context;
  if (start >= limit) return null;
  let end = tokens[limit - 1]!.end;
  const fragments: Span[] = [];
  let fragmentStart = tokens[start]!.start;
  // A quotation that starts inside the content and runs past the sentence carries the content with it.
  const lastQuotation = context.quotations[context.quotationOfToken[limit - 1] ?? -1];
  if (lastQuotation && lastQuotation.start >= fragmentStart) {
    for (const fragment of lastQuotation.fragments.slice(0, -1)) {
      if (fragment.end <= fragmentStart) continue;
      fragments.push({ start: fragmentStart, end: fragment.end });
      fragmentStart = lastQuotation.fragments[lastQuotation.fragments.indexOf(fragment) + 1]!.start;
    }
    end = Math.max(end, lastQuotation.end);
  }
  end = trimTrailingPunctuation(text, fragmentStart, end);
  if (end <= fragmentStart) return null;
  fragments.push({ start: fragmentStart, end });
  return fragments;
}

/**
 * The content before a source: from the sentence start to the comma (or the quotation) before `sourceFirst`.
 * A quotation that ends there is taken whole, whichever sentence or paragraph it began in.
 */
function leftContent(context: AnalysisContext, sourceFirst: number, floor: number): Span[] | null {
  const { tokens, text } = context;
  let end = previousWord(tokens, sourceFirst, floor);
  // `C, as police have said`: the "as" of a comment clause stands between the comma and the source.
  if (tokens[end]?.lower === 'as' && tokens[previousWord(tokens, end, floor)]?.text === ',')
    end = previousWord(tokens, end, floor);
  // Only a separated clause is content: `C, X said`, `"C" X said`, `C — X said`; not `X said Y asked`.
  const separator = tokens[end];
  if (!separator || !(/^[,—–:]$/u.test(separator.text) || context.quotationOfToken[end] !== -1)) return null;
  while (
    end >= floor &&
    (tokens[end]!.text === ',' || tokens[end]!.text === '—' || tokens[end]!.text === '–')
  )
    end = previousWord(tokens, end, floor);
  if (end < floor) {
    // The sentence starts with the reporting clause: the content may be the quotation that ends right before.
    return null;
  }
  const quotation = context.quotations[context.quotationOfToken[end] ?? -1];
  if (quotation && tokens[end]!.end === quotation.end) {
    const firstWord = nextWord(tokens, floor - 1);
    // `"C," he said` or `He told them "C," she said` with the quotation opening the content.
    if (quotation.start <= tokens[firstWord]!.start) return [...quotation.fragments];
    return [{ start: tokens[firstWord]!.start, end: quotation.end }];
  }
  const start = tokens[nextWord(tokens, floor - 1)]!.start;
  const contentEnd = trimTrailingPunctuation(text, start, tokens[end]!.end);
  return contentEnd > start ? [{ start, end: contentEnd }] : null;
}

/** `"A," he said, "B."`: a quotation right after the reporting clause continues the content. */
function withFollowingQuotation(
  context: AnalysisContext,
  content: Span[],
  after: number,
  limit: number,
): Span[] {
  const { tokens } = context;
  const comma = nextWord(tokens, after, limit);
  if (tokens[comma]?.text !== ',' && tokens[comma]?.text !== ':') return content;
  const next = nextWord(tokens, comma);
  const quotation = context.quotations[context.quotationOfToken[next] ?? -1];
  const firstFragment = content[0];
  if (!quotation || !firstFragment || !context.quotations.some((q) => q.start === firstFragment.start))
    return content;
  return [...content, ...quotation.fragments];
}

/** A quotation in the right side that follows a comma or colon: that quotation is what was said. */
function quotationAfterComma(context: AnalysisContext, from: number, limit: number): Quotation | null {
  const { tokens } = context;
  for (let index = from; index < limit; index = nextWord(tokens, index, limit)) {
    const quotationIndex = context.quotationOfToken[index]!;
    if (quotationIndex !== -1) {
      const previous = tokens[previousWord(tokens, index)];
      const quotation = context.quotations[quotationIndex]!;
      return index === from || previous?.text === ',' || previous?.text === ':' ? quotation : null;
    }
    if (isTerminal(tokens[index]!.text)) return null;
  }
  return null;
}

/** The colon that closes a reporting clause: the cue's last token ("said:") or the token right after it. */
function colonOfCue(context: AnalysisContext, cue: Cue): number {
  const { tokens } = context;
  if (tokens[cue.range.last]!.text === ':') return cue.range.last;
  const next = nextWord(tokens, cue.range.last);
  return tokens[next]?.text === ':' ? next : -1;
}

/** Block kinds that hold what a colon at the end of the paragraph before announces. */
const ANNOUNCED_BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'quote', 'list-item']);

/**
 * `She wrote:` closing a paragraph announces the next one, quoted or not (a transcript set off as its
 * own paragraph): its quotation, when it opens with one (which may run on over several paragraphs), or
 * the whole paragraph. In PolNeAR train, 17 of the 30 contents announced so end where that paragraph
 * ends, and 9 run on further.
 */
function nextBlockAnnounced(context: AnalysisContext, cue: Cue): Span[] | null {
  const { tokens, text } = context;
  const colon = colonOfCue(context, cue);
  if (colon === -1) return null;
  const sentence = context.sentences[cue.sentence]!;
  const block = context.blocks[sentence.block];
  const next = nextWord(tokens, colon);
  const first = tokens[next];
  if (!block || !first || first.start < block.end) return null;
  const following = context.blocks[sentence.block + 1];
  if (!following || !ANNOUNCED_BLOCKS.has(following.kind) || first.start >= following.end) return null;
  const quotation = context.quotations[context.quotationOfToken[next] ?? -1];
  if (quotation && quotation.start === first.start) return [...quotation.fragments];
  const end = trimTrailingPunctuation(text, first.start, following.end);
  return end > first.start ? [{ start: first.start, end }] : null;
}

function firstWordOf(context: AnalysisContext, sentenceIndex: number): number {
  const sentence = context.sentences[sentenceIndex]!;
  return context.tokens[sentence.firstToken]!.kind === 'word'
    ? sentence.firstToken
    : nextWord(context.tokens, sentence.firstToken);
}

/**
 * A "that" introducing the content soon after the cue: right after it, or after the person told ("told
 * reporters that"), or after the cue's circumstances ("said on Monday that", "said in a statement that").
 */
function findThat(context: AnalysisContext, cue: Cue, from: number, limit: number): number {
  const { tokens } = context;
  const first = tokens[from];
  if (!first) return -1;
  const circumstance = PREPOSITIONS.has(first.lower) || TIME_WORDS.has(first.lower) || first.lower === 'that';
  if (!circumstance && !cue.verb?.takesObject) return -1;
  let words = 0;
  for (let index = from; index < limit && words < THAT_REACH; index = nextWord(tokens, index, limit)) {
    const token = tokens[index]!;
    if (context.quotationOfToken[index] !== -1 || /[.;:!?]/u.test(token.text)) return -1;
    if (token.lower === 'that') return index;
    if (token.kind === 'word') words += 1;
  }
  return -1;
}

function nextQuotedToken(context: AnalysisContext, from: number, limit: number): number {
  for (let index = from; index < limit; index += 1) if (context.quotationOfToken[index] !== -1) return index;
  return -1;
}

/**
 * A content running to the end of the sentence stops before another attribution's reporting clause
 * ("As Biden said, C, the former Secretary General admitted"): that clause is not part of what was said.
 */
function cutAtReportingClauses(
  context: AnalysisContext,
  candidates: AttributionCandidate[],
): AttributionCandidate[] {
  const { tokens, text } = context;
  return candidates.map((candidate) => {
    const content = candidate.content.map((fragment) => {
      let end = fragment.end;
      for (const other of candidates) {
        if (other === candidate || !other.source || other.contentSide !== 'left') continue;
        const sourceStart = tokens[other.source.first]!.start;
        const cueStart = tokens[other.cue.range.first]!.start;
        if (sourceStart <= fragment.start || sourceStart >= end || cueStart < sourceStart) continue;
        const comma = previousWord(tokens, other.source.first);
        if (tokens[comma]?.text === ',')
          end = trimTrailingPunctuation(text, fragment.start, tokens[comma].start);
      }
      return { start: fragment.start, end };
    });
    return attributionCandidate({ ...candidate, content });
  });
}

function quoted(context: AnalysisContext, content: readonly Span[]): boolean {
  return content.some((fragment) =>
    context.quotations.some((q) => q.start >= fragment.start && q.end <= fragment.end),
  );
}

const isTerminal = (value: string): boolean => value === '.' || value === '!' || value === '?';

/** Drops trailing white space and sentence punctuation, but keeps a closing quotation mark. */
export function trimTrailingPunctuation(text: string, start: number, end: number): number {
  let index = end;
  while (index > start && /[\s.,;:!?…—–-]/u.test(text[index - 1]!)) index -= 1;
  return index;
}
