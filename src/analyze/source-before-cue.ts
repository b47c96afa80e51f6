import type { AnalysisContext } from './context.js';
import { nextWord, previousWord } from './context.js';
import { CUE_MODIFIERS } from './lexicon/cue-verbs.js';
import {
  CONJUNCTIONS,
  CONTINUATION_OPENERS,
  DETERMINERS,
  PREPOSITIONS,
  SENTENCE_ADVERBS,
} from './lexicon/function-words.js';
import { isDayWord, SPAN_ADVERBS, TIME_UNITS, TIME_WORDS } from './lexicon/time-words.js';
import { isAnyGivenName } from './lexicon/given-names.js';
import { NAME_PARTICLES } from './find-people.js';
import { HONORIFICS, ROLE_MODIFIERS, ROLE_NOUNS } from './lexicon/roles.js';
import { GROUP_HEADS, ORGANIZATION_WORDS } from './lexicon/sources.js';
import {
  headOfPhrase,
  matchingOpenParenthesis,
  nounPhraseEndingAt,
  nounPhraseStartingAt,
  type TokenRange,
} from './noun-phrases.js';
import { isCapitalized, type Token } from './tokenize.js';
import { holdsClauseVerb, isFiniteVerb, isPresentS } from './finite-verbs.js';
import { timePhraseEnd } from './find-times.js';
import { IRREGULAR_PARTICIPLES } from './lexicon/passive-verbs.js';

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
  'one',
  'two',
  'both',
  'each',
  'speaking',
  'writing',
]);

const MAX_APPOSITIONS = 3;

/**
 * The source written before a cue: skips the words that may stand between them (auxiliaries, "also",
 * adverbs in -ly) and appositions set off by commas ("Agnes Vollan, 71, one of the keepers, told"), and
 * keeps a name set off after a description as part of the source ("The director of the hospital,
 * Dr. Miriam Okafor, told"), as PolNeAR's annotators do. A short reported clause before the source
 * ("The harbor will close, the mayor, a Democrat, said") is neither source nor description: before
 * session 16 it was read as one and the sentence lost its attribution. On PolNeAR train (rules only),
 * 2 more cues exact and 1 source to its gold span, none away; dev unchanged.
 */
export function sourceBeforeCue(
  context: AnalysisContext,
  cueIndex: number,
  floor: number,
): TokenRange | null {
  const { tokens } = context;
  let position = previousWord(tokens, cueIndex, floor);
  for (;;) {
    if (position < floor) break;
    const span = timeSpanBefore(tokens, position, floor);
    if (span !== -1) {
      position = previousWord(tokens, span, floor);
      continue;
    }
    const day = isDayOfCue(tokens, position, floor);
    if (!day && !isCueModifier(tokens[position]!)) break;
    position = previousWord(tokens, position, floor);
    // "Pavel Strand on Thursday denied": the preposition of a day goes with it.
    if (day && position >= floor && tokens[position]!.lower === 'on')
      position = previousWord(tokens, position, floor);
  }
  if (position < floor) return null;
  // "Graham called both of them crazy and said ...": the source is the subject of the coordinated clause.
  if (tokens[position]!.lower === 'and' || tokens[position]!.lower === 'but')
    return clauseSubject(context, position, floor);
  if (tokens[position]!.text !== ',') return nounPhraseEndingAt(context, position, floor);
  // `"...," said X` or `C, said X`: the words before the comma are the content, not a source.
  if (context.quotationOfToken[previousWord(tokens, position, floor)] !== -1) return null;

  let skipped = 0;
  // The segment read just before this one, which follows it in the text.
  let following: TokenRange | null = null;
  for (let step = 0; step < MAX_APPOSITIONS + 1; step += 1) {
    const opening = previousComma(context, position, floor);
    const segmentFirst = nextWord(tokens, opening < floor ? floor - 1 : opening);
    const segmentLast = previousWord(tokens, position, floor);
    if (segmentLast < segmentFirst) return null;
    const kind = segmentKind(tokens, segmentFirst, segmentLast, opening < floor);
    // `The harbor will close, the mayor, a Democrat, said.`: a segment with a verb of its own that does not
    // end on a name is the reported clause; the subject is the segment after it, whole. Not for a
    // participle (", promising ..."), whose doer is another clause's subject.
    if (
      following &&
      kind !== 'name' &&
      !isCapitalized(tokens[segmentLast]!) &&
      holdsClauseVerb(tokens, segmentFirst, segmentLast)
    ) {
      const subject = nounPhraseEndingAt(context, following.last, following.first);
      const participle = tokens[cueIndex]!.lower.endsWith('ing');
      return !participle && subject?.first === following.first ? subject : null;
    }
    if (kind === 'name') {
      const name = nounPhraseEndingAt(context, segmentLast, segmentFirst);
      if (!name) return null;
      // A description before the name belongs to the source too ("Her main challenger, councillor Ruth Alder").
      const description =
        opening >= floor ? nounPhraseEndingAt(context, previousWord(tokens, opening, floor), floor) : null;
      return description &&
        describesPerson(tokens, description) &&
        isWholeSegment(context, description, floor)
        ? { first: description.first, last: name.last }
        : name;
    }
    following = { first: segmentFirst, last: segmentLast };
    if (kind === 'organization' && opening >= floor) {
      // "The shipping company, Corvel Lines, said": the name of the organisation the description names.
      const description = nounPhraseEndingAt(context, previousWord(tokens, opening, floor), floor);
      if (description && GROUP_HEADS.has(headOfPhrase(tokens, description).lower))
        return { first: description.first, last: segmentLast };
    }
    // The segment that opens the sentence, or one that is no apposition, is the source itself.
    if (kind === 'other' || opening < floor)
      return skipped > 0 ? nounPhraseEndingAt(context, segmentLast, segmentFirst) : null;
    skipped += 1;
    position = opening;
  }
  return null;
}

/**
 * Whether a description before a name is a segment of its own, opening the sentence or after a comma or
 * other stop, with no verb: "The director of the hospital, Dr. Miriam Okafor, told", not "The harbor will
 * close, Anna Holt, a Democrat, said" (where "close" ended a clause).
 */
function isWholeSegment(context: AnalysisContext, range: TokenRange, floor: number): boolean {
  const { tokens } = context;
  let before = previousWord(tokens, range.first, floor);
  // "But the director of the hospital, Dr. Miriam Okafor, told": an opening joining word or adverb.
  while (before >= floor && OPENING_WORDS.some((set) => set.has(tokens[before]!.lower)))
    before = previousWord(tokens, before, floor);
  if (before >= floor && !/^[,;:(—–]$/u.test(tokens[before]!.text)) return false;
  return !holdsFiniteVerb(tokens, range.first, range.last);
}

/** Words that may open a sentence before its subject. */
const OPENING_WORDS: readonly ReadonlySet<string>[] = [CONJUNCTIONS, SENTENCE_ADVERBS, TIME_WORDS];

/** Whether the words hold a finite verb, leaving out -s forms, which may be plural nouns ("Starr's remarks"). */
function holdsFiniteVerb(tokens: readonly Token[], first: number, last: number): boolean {
  for (let index = first; index <= last; index += 1) {
    const token = tokens[index]!;
    if (isFiniteVerb(token) && !isPresentS(token.lower)) return true;
  }
  return false;
}

type SegmentKind = 'name' | 'organization' | 'apposition' | 'other';

/**
 * What the words between two commas (or from the sentence's start, `opensSentence`) are: a person's name,
 * an organisation's, an apposition, or else.
 */
function segmentKind(
  tokens: readonly Token[],
  first: number,
  last: number,
  opensSentence: boolean,
): SegmentKind {
  const start = tokens[first]!;
  const hasCapital = (() => {
    for (let index = first; index <= last; index += 1) if (isCapitalized(tokens[index]!)) return true;
    return false;
  })();
  // "councillor Ruth Alder" names a person; "chief executive of Halden Lines" describes one.
  const ofSomething = (() => {
    for (let index = first; index <= last; index += 1)
      if (PREPOSITIONS.has(tokens[index]!.lower)) return true;
    return false;
  })();
  const personal =
    (isCapitalized(start) && (HONORIFICS.has(start.lower) || isAnyGivenName(start.lower))) ||
    ((ROLE_NOUNS.has(start.lower) || ROLE_MODIFIERS.has(start.lower)) &&
      !isCapitalized(start) &&
      hasCapital &&
      !ofSomething) ||
    (isCapitalized(start) && ROLE_NOUNS.has(start.lower) && hasCapital && last > first);
  // "West Virginia officials felt comfortable ..., said X": a given name opens the sentence's clause, not
  // a name. (An apposition may hold a verb: "Starr's remarks, first reported by the Times, suggested".)
  if (personal && !(opensSentence && holdsFiniteVerb(tokens, first, last))) return 'name';
  if (
    APPOSITION_OPENERS.has(start.lower) ||
    DETERMINERS.has(start.lower) ||
    ROLE_MODIFIERS.has(start.lower) ||
    ROLE_NOUNS.has(start.lower) ||
    /^\p{N}+$/u.test(start.text) ||
    /^\p{Ll}+(?:ing|ed)$/u.test(start.text)
  )
    return 'apposition';
  if (
    isCapitalized(start) &&
    // "Khalid bin Saeed al-Mansoori": a name's particles stay in lower case.
    [...Array(last - first + 1).keys()].every((offset) => {
      const token = tokens[first + offset]!;
      return token.kind !== 'word' || isCapitalized(token) || NAME_PARTICLES.has(token.lower);
    })
  )
    return 'organization';
  return 'other';
}

function describesPerson(tokens: readonly Token[], description: TokenRange): boolean {
  const head = headOfPhrase(tokens, description);
  return !GROUP_HEADS.has(head.lower) && !ORGANIZATION_WORDS.has(head.lower);
}

function isCueModifier(token: Token): boolean {
  return (
    token.kind === 'word' &&
    (CUE_MODIFIERS.has(token.lower) || (/^\p{Ll}{3,}ly$/u.test(token.text) && token.lower !== 'only'))
  );
}

/**
 * A day before the cue that says when, not who: after a comma ("Joris Halden Jr., chief executive of
 * Halden Lines, yesterday denied") or after "on" ("Pavel Strand on Thursday denied"). "A poll released
 * Monday said" keeps its day. ("The Mail on Sunday said" is taken for a day too: the words cannot tell.)
 */
function isDayOfCue(tokens: readonly Token[], index: number, floor: number): boolean {
  const token = tokens[index]!;
  if (token.kind !== 'word' || !isDayWord(token.lower)) return false;
  const before = tokens[previousWord(tokens, index, floor)];
  return before !== undefined && (before.text === ',' || before.lower === 'on');
}

/** Words that make a unit of time a time of the report ("this month", "last week", "earlier this year"). */
const TIME_SPAN_LEADS = new Set(['this', 'last', 'next', 'earlier', 'later']);

/**
 * `Wells Fargo just this month announced`; `The council last week voted`: a unit of time led by "this",
 * "last", "next", "earlier" or "later" ending at `index`, right after the subject, says when, not who. The index of its first
 * word, or -1; never the whole subject (a word must stand before it). Dev: 1 source to gold ("Wells
 * Fargo", not "this month"), train unchanged.
 */
function timeSpanBefore(tokens: readonly Token[], index: number, floor: number): number {
  const unit = tokens[index]!;
  if (unit.kind !== 'word' || !TIME_UNITS.has(unit.lower)) return -1;
  let lead = previousWord(tokens, index, floor);
  if (lead < floor || !TIME_SPAN_LEADS.has(tokens[lead]!.lower)) return -1;
  // "earlier this year"
  const earlier = previousWord(tokens, lead, floor);
  if (earlier >= floor && (tokens[earlier]!.lower === 'earlier' || tokens[earlier]!.lower === 'later'))
    lead = earlier;
  const before = previousWord(tokens, lead, floor);
  if (before < floor || tokens[before]!.kind !== 'word') return -1;
  // "A poll released last week said", "A study from last year found": the time is the noun's.
  const word = tokens[before]!.lower;
  if (PREPOSITIONS.has(word) || word.endsWith('ed') || IRREGULAR_PARTICIPLES.has(word)) return -1;
  return lead;
}

/** The comma before `index` outside quotations, or -1 at a sentence-internal stop (; : and the like). */
function previousComma(context: AnalysisContext, index: number, floor: number): number {
  const { tokens } = context;
  for (let position = index - 1; position >= floor; position -= 1) {
    if (context.quotationOfToken[position] !== -1) continue;
    const token = tokens[position]!;
    if (token.text === ',') return position;
    if (token.text === ')') {
      // A parenthesis is part of its segment ("Gov. John Kasich (R-OH), said"): step over it.
      const open = matchingOpenParenthesis(tokens, position, floor);
      if (open !== -1) {
        position = open;
        continue;
      }
    }
    if (token.kind === 'punct' && /[;:()—–]/u.test(token.text)) return position;
  }
  return -1;
}

/**
 * The subject of the clause that opens the sentence, for a cue in a coordinated verb phrase: a leading
 * adverbial ("Speaking to reporters Thursday, the Wisconsin Republican criticized ... and said") is
 * skipped; the subject must be followed by a verb, not a preposition.
 */
export function clauseSubject(
  context: AnalysisContext,
  conjunction: number,
  floor: number,
): TokenRange | null {
  const { tokens } = context;
  let first = tokens[floor]!.kind === 'word' ? floor : nextWord(tokens, floor, conjunction);
  // "Days later she was minister, and said ...": a time that opens the sentence, with or without its comma.
  const timeEnd = Math.max(
    timePhraseEnd(context, first, conjunction),
    spanOfTimeEnd(context, first, conjunction),
  );
  if (timeEnd >= 0) {
    first = nextWord(tokens, timeEnd, conjunction);
    if (tokens[first]?.text === ',') first = nextWord(tokens, first, conjunction);
  }
  const opener = tokens[first];
  if (!opener) return null;
  if (PREPOSITIONS.has(opener.lower) || TIME_WORDS.has(opener.lower) || /^\p{Ll}*ing$/u.test(opener.lower)) {
    let comma = first;
    while (comma < conjunction && tokens[comma]!.text !== ',') comma += 1;
    // "At a breakfast on Thursday she went further, saying ...": with no comma after the adverbial, a
    // personal pronoun before a verb is the subject (a name or a noun there could still be the adverbial's).
    if (comma >= conjunction) return pronounSubjectAfter(context, first, conjunction);
    first = nextWord(tokens, comma, conjunction);
  }
  if (CONTINUATION_OPENERS.has(tokens[first]?.lower ?? '')) first = nextWord(tokens, first, conjunction);
  // "Meanwhile, it attacked ...": a sentence adverb set off by a comma is no subject.
  if (tokens[first]?.kind === 'word' && tokens[nextWord(tokens, first, conjunction)]?.text === ',')
    first = nextWord(tokens, nextWord(tokens, first, conjunction), conjunction);
  const phrase = nounPhraseStartingAt(context, first, conjunction);
  // "The board visited the pier and said ...": the noun phrase may run on into the clause's verb.
  const subject = phrase && subjectBeforeVerb(context, phrase);
  if (!subject) return null;
  const afterAt = nextWord(tokens, subject.last, conjunction);
  const after = tokens[afterAt];
  // "Park Ji-won, the councillor who chairs the committee, had opened the hearing by telling ...": a name
  // set off by its description before the clause's verb.
  if (after?.text === ',' && isNameRange(tokens, subject))
    return verbAfterApposition(context, afterAt, conjunction) ? subject : null;
  if (!after || after.kind !== 'word' || PREPOSITIONS.has(after.lower) || CONJUNCTIONS.has(after.lower))
    return null;
  return subject;
}

/**
 * The last token of a span of time starting at `first` that the time expressions do not read, a unit with
 * no count before its adverb ("Days later", "Weeks earlier"); -1 where none starts there.
 */
function spanOfTimeEnd(context: AnalysisContext, first: number, limit: number): number {
  const { tokens } = context;
  if (!TIME_UNITS.has(tokens[first]?.lower ?? '')) return -1;
  const adverb = nextWord(tokens, first, limit);
  return adverb < limit && SPAN_ADVERBS.has(tokens[adverb]!.lower) ? adverb : -1;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/** The first personal pronoun in the subject's case between `first` and `limit` that a finite verb follows. */
function pronounSubjectAfter(context: AnalysisContext, first: number, limit: number): TokenRange | null {
  const { tokens } = context;
  for (let index = first; index < limit; index = nextWord(tokens, index, limit)) {
    const token = tokens[index]!;
    if (token.kind === 'punct') return null;
    if (!SUBJECT_PRONOUNS.has(token.lower)) continue;
    const verb = tokens[nextWord(tokens, index, limit)];
    return verb !== undefined && isFiniteVerb(verb) ? { first: index, last: index } : null;
  }
  return null;
}

/** Whether every word of a range is capitalized, but for a syllable after a hyphen ("Park Ji-won") and a particle. */
function isNameRange(tokens: readonly Token[], range: TokenRange): boolean {
  for (let index = range.first; index <= range.last; index += 1) {
    const token = tokens[index]!;
    // A name's particle in lower case ("Samira al-Haddad", "Khalid bin Saeed") is of the name.
    if (
      token.kind === 'word' &&
      !isCapitalized(token) &&
      tokens[index - 1]?.text !== '-' &&
      !(NAME_PARTICLES.has(token.text) && index > range.first && index < range.last)
    )
      return false;
  }
  return true;
}

/** Whether a finite verb follows the comma that closes the description opened by the comma at `comma`. */
function verbAfterApposition(context: AnalysisContext, comma: number, limit: number): boolean {
  const { tokens } = context;
  let index = nextWord(tokens, comma, limit);
  while (index < limit && tokens[index]!.text !== ',') index = nextWord(tokens, index, limit);
  const verb = tokens[nextWord(tokens, index, limit)];
  return index < limit && verb !== undefined && isFiniteVerb(verb);
}

/**
 * The words of `range` before the first that opens a predicate (a finite verb, or a past that is also a
 * participle: "said"), less the adverbs in -ly that stand before it ("Mr. Rubio only occasionally
 * disagreed"): the subject, where a noun phrase or a clause's opening words run on into its verb.
 */
export function subjectBeforeVerb(context: AnalysisContext, range: TokenRange): TokenRange | null {
  const { tokens } = context;
  const { first } = range;
  let verb = nextWord(tokens, first, range.last + 1);
  while (verb <= range.last && !opensPredicate(tokens[verb]!)) verb = nextWord(tokens, verb, range.last + 1);
  let last = previousWord(tokens, verb, first);
  while (last > first && tokens[last]!.lower.endsWith('ly') && tokens[last]!.text === tokens[last]!.lower)
    last = previousWord(tokens, last, first);
  return last >= first && tokens[last]!.kind === 'word' ? { first, last } : null;
}

const opensPredicate = (token: Token): boolean =>
  token.kind === 'word' &&
  (isFiniteVerb(token) || (token.text === token.lower && PAST_PARTICIPLE_FORMS.has(token.lower)));

/** Pasts that are also participles, so that `isFiniteVerb` leaves them out, but open a predicate after a subject. */
const PAST_PARTICIPLE_FORMS = new Set([
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
