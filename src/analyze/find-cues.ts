import { isHeadlineBlock } from './headline-blocks.js';
import type { AnalysisContext } from './context.js';
import { isAnalyzedSentence, nextWord, previousWord } from './context.js';
import { DETERMINERS, NON_HEADS, PREPOSITIONS, RELATIVE_PRONOUNS } from './lexicon/function-words.js';
import { isFiniteVerb } from './finite-verbs.js';
import { ROLE_NOUNS } from './lexicon/roles.js';
import { GROUP_HEADS, ORGANIZATION_WORDS } from './lexicon/sources.js';
import type { Sentence } from './segment-sentences.js';
import { CUE_VERB_FORMS, OPINION_NOUNS, type CueVerb } from './lexicon/cue-verbs.js';
import { PRONOUNS } from './lexicon/pronouns.js';
import { nounPhraseStartingAt, type TokenRange } from './noun-phrases.js';
import { isApostrophe, isCapitalized, joinsWrittenWord, type Token } from './tokenize.js';

/** How a cue introduces its content: a reporting verb, "according to X", "in X's opinion", a speaker card under a quoted passage (no cue words at all), or a layout label (a transcript's `NAME:`, a dash signing a quotation). */
export type CueKind = 'verb' | 'according' | 'opinion' | 'card' | 'label';

export interface Cue {
  readonly kind: CueKind;
  readonly sentence: number;
  /** The cue's own words, inclusive token range. */
  readonly range: TokenRange;
  /** For a phrasal cue, its source is inside the phrase. */
  readonly source: TokenRange | null;
  readonly verb: CueVerb | null;
}

/**
 * Every cue is made here, by one object literal, so that all cues share one hidden class (V8 map): cues
 * made at several places and by spreading others had seven, and every function that reads them saw them
 * all (see `attributionCandidate`).
 */
export function cueOf(fields: Cue): Cue {
  return {
    kind: fields.kind,
    sentence: fields.sentence,
    range: fields.range,
    source: fields.source,
    verb: fields.verb,
  };
}

/** How far after a quote-needing verb ("what he calls ...") the quoted words may start. */
const QUOTE_REACH = 6;

/** Finds the reporting cues of every analyzed sentence, outside quotations. */
export function findCues(context: AnalysisContext): Cue[] {
  const cues: Cue[] = [];
  context.sentences.forEach((sentence, sentenceIndex) => {
    if (!isAnalyzedSentence(context, sentence)) return;
    for (let index = sentence.firstToken; index < sentence.lastToken; index += 1) {
      const token = context.tokens[index]!;
      if (token.kind !== 'word' || context.quotationOfToken[index] !== -1) continue;
      const cue = cueAt(context, sentence, sentenceIndex, index);
      if (cue) {
        cues.push(cue);
        index = cue.range.last;
      }
    }
  });
  return cues;
}

/** How many words a source after "according to" may run (before its comma, or to the sentence's end). */
const MAX_ACCORDING_WORDS = 30;

/**
 * `According to a complaint filed by the SEC and a second one by Vermont, C`: opening its sentence, the
 * phrase's source runs to the comma before the content, however long (noun phrases alone stop at a
 * dozen words).
 */
function sourceBeforeComma(
  context: AnalysisContext,
  sentence: Sentence,
  according: number,
  to: number,
): { first: number; last: number } | null {
  const { tokens } = context;
  const limit = sentence.lastToken;
  if (nextWord(tokens, sentence.firstToken - 1, limit) !== according) return null;
  const first = nextWord(tokens, to, limit);
  let words = 0;
  for (let index = first; index < limit; index = nextWord(tokens, index, limit)) {
    const token = tokens[index]!;
    if (token.text === ',') {
      if (index === first || nextWord(tokens, index, limit) >= limit) return null;
      const last = previousWord(tokens, index, first);
      const closing = isCapitalized(tokens[last]!) ? appositionClosing(context, index, limit, false) : -1;
      return { first, last: closing === -1 ? last : previousWord(tokens, closing, index) };
    }
    if (context.quotationOfToken[index] !== -1 || /^[.;:!?()]$/u.test(token.text)) return null;
    if (token.kind === 'word' && ++words > MAX_ACCORDING_WORDS) return null;
  }
  return null;
}

/**
 * `C, according to excerpts of his speech released by the White House.`: after its content, the phrase's
 * source runs to the sentence's end, post-modifiers, relative clauses and all, as PolNeAR's annotators
 * mark it ("a senior official who spoke on the condition of anonymity", "a New York Times/CBS News poll",
 * "F.A.A. records"). Only after a comma or a dash, where the content came first ("But according to the
 * report the economy grew" is no such phrase). Only words and the marks that join them inside a name may
 * stand between, and a spaced hyphen, which PolNeAR's annotators take in too ("the Tax Policy Center -
 * half a percentage point of ...": requiring it unspaced cost 3 train sources); at a comma outside a
 * number, the source ends there, with a description after it (on PolNeAR train, rules only, 4 more
 * sources exact and none fewer).
 */
function sourceToSentenceEnd(
  context: AnalysisContext,
  sentence: Sentence,
  according: number,
  to: number,
): TokenRange | null {
  const { tokens } = context;
  const limit = sentence.lastToken;
  const before = previousWord(tokens, according, sentence.firstToken);
  if (before < sentence.firstToken || !CONTENT_CLOSERS.has(tokens[before]!.text)) return null;
  const first = nextWord(tokens, to, limit);
  if (first >= limit || tokens[first]!.kind !== 'word') return null;
  let last = first;
  let words = 0;
  let open = 0;
  for (let index = first; index < limit; index = nextWord(tokens, index, limit)) {
    const token = tokens[index]!;
    if (context.quotationOfToken[index] !== -1) return null;
    if (token.kind === 'word') {
      if (++words > MAX_ACCORDING_WORDS) return null;
      last = index;
      continue;
    }
    if (/^[.!?]$/u.test(token.text) && nextWord(tokens, index, limit) >= limit) break;
    // "according to the chairs from Jefferson and Arapahoe, who ...": the words up to the comma, and a
    // description after it (see `withApposition`).
    if (token.text === ',' && open === 0 && !joinsWrittenWord(tokens, index))
      return withApposition(context, { first, last }, limit);
    if (token.text === '(') open += 1;
    else if (token.text === ')') {
      if (open === 0) return null;
      open -= 1;
      last = index;
    } else if (!NAME_JOINERS.has(token.text) && !joinsWrittenWord(tokens, index)) return null;
  }
  return open === 0 ? { first, last } : null;
}

/** Marks inside a source's words: "U.S.", "Times/CBS", "ABC News-Washington Post", "O'Neill", "AT&T". */
const NAME_JOINERS = new Set(['.', '/', '-', '&', "'", '’']);
/** What ends a content before "according to" in the same sentence. */
const CONTENT_CLOSERS = new Set([',', '—', '–', '-']);

/** How many words an apposition after the source of "According to" may run. */
const MAX_APPOSITION_WORDS = 20;

/**
 * `According to Lena Brandt, the mayor of Holm, C`: after a name, a description set off by commas belongs
 * to the source, as PolNeAR's annotators mark it, not to the content. It is a relative clause ("who ...")
 * or a phrase that opens like a description, has a role's or an organisation's word in it (as its head,
 * or in its relative clause: "a pollster who conducted the poll") and no finite verb before a relative word. It ends at a comma followed by more of the sentence, or, where
 * the content came before ("C, according to Voss, an analyst at Brandt & Co."), `mayEndSentence`, at the
 * sentence's end. Returns the token that closes it (the comma, the final stop or `limit`), or -1.
 */
function appositionClosing(
  context: AnalysisContext,
  comma: number,
  limit: number,
  mayEndSentence: boolean,
): number {
  const { tokens } = context;
  const first = nextWord(tokens, comma, limit);
  if (first >= limit || !opensDescription(tokens, first)) return -1;
  let describes = RELATIVE_OPENERS.has(tokens[first]!.lower);
  let relative = describes;
  let headless = false;
  let words = 0;
  for (let index = first; index < limit; index = nextWord(tokens, index, limit)) {
    const token = tokens[index]!;
    // At least two words ("the mayor", "who spoke"): "Rell, who, as mayor, ..." is no description yet.
    if (token.text === ',')
      return describes && words >= 2 && continuesAfterApposition(context, index, limit, mayEndSentence)
        ? index
        : -1;
    if (/^[.!?]$/u.test(token.text) && nextWord(tokens, index, limit) >= limit)
      return describes && mayEndSentence ? index : -1;
    if (context.quotationOfToken[index] !== -1 || /^[.;:!?()"“”]$/u.test(token.text)) return -1;
    if (token.kind !== 'word') continue;
    if (++words > MAX_APPOSITION_WORDS) return -1;
    // "a pollster who conducted the poll", "a tool that monitors the news": a verb after a relative word
    // belongs to the description; before one, it makes a clause ("the company plans to cut jobs").
    if (relative || (index !== first && RELATIVE_WORDS.has(token.lower))) {
      relative = true;
      if (describesSomeone(token)) describes = true;
      continue;
    }
    if (makesClause(token)) return -1;
    // The role is the phrase's head, before any preposition: not "the most of any candidate".
    if (PREPOSITIONS.has(token.lower) || token.lower === 'of') headless = true;
    if (!headless && describesSomeone(token)) describes = true;
  }
  return describes && mayEndSentence && words > 0 ? limit : -1;
}

/**
 * A description opens like a noun phrase about someone ("the mayor", "a spokesman", "Clinton's
 * director") or a relative clause ("who ..."), not like the content's subject ("majorities of voters").
 */
function opensDescription(tokens: readonly Token[], first: number): boolean {
  const opener = tokens[first]!;
  return (
    RELATIVE_OPENERS.has(opener.lower) ||
    (isCapitalized(opener) && isApostrophe(tokens[first + 1])) ||
    DETERMINERS.has(opener.lower) ||
    ROLE_NOUNS.has(opener.lower)
  );
}

/**
 * After the comma that closes a description before the content ("According to X, the mayor, C"), the
 * content: not a quotation, which the words before would introduce, and, when the content is still to
 * come, not a relative clause or a verb ("According to Reuters, the company, which makes ferries, will
 * cut ...": the company is the content's subject).
 */
function continuesAfterApposition(
  context: AnalysisContext,
  comma: number,
  limit: number,
  mayEndSentence: boolean,
): boolean {
  const next = nextWord(context.tokens, comma, limit);
  const token = context.tokens[next];
  if (token === undefined || next >= limit || context.quotationOfToken[next] !== -1) return false;
  return (
    mayEndSentence || !(RELATIVE_WORDS.has(token.lower) || makesClause(token) || /ing$/u.test(token.lower))
  );
}

/** A finite verb, or a verb of saying in any form ('according to X, the aide said'). */
const makesClause = (token: Token): boolean => isFiniteVerb(token) || CUE_VERB_FORMS.has(token.lower);

const describesSomeone = (token: Token): boolean =>
  ROLE_NOUNS.has(token.lower) ||
  (GROUP_HEADS.has(token.lower) && !QUANTIFIERS.has(token.lower)) ||
  ORGANIZATION_WORDS.has(token.lower);

/** The source of a phrasal cue with its apposition, if one follows it (see `appositionClosing`). */
function withApposition(
  context: AnalysisContext,
  source: TokenRange | null,
  limit: number,
): TokenRange | null {
  const { tokens } = context;
  if (source === null || !isCapitalized(tokens[source.last]!)) return source;
  const comma = nextWord(tokens, source.last, limit);
  if (tokens[comma]?.text !== ',') return source;
  // "Andy Smith, director of the survey centre, which conducted the poll": a relative clause may follow.
  let closing = appositionClosing(context, comma, limit, true);
  for (let more = 0; closing !== -1 && tokens[closing]?.text === ',' && more < 2; more += 1) {
    const further = appositionClosing(context, closing, limit, true);
    if (further === -1) break;
    closing = further;
  }
  return closing === -1 ? source : { first: source.first, last: previousWord(tokens, closing, comma) };
}

const RELATIVE_OPENERS = new Set(['who', 'whose', 'which']);
const RELATIVE_WORDS = new Set([...RELATIVE_PRONOUNS, 'that']);
/** Group heads that are quantifiers ("the most of any candidate"), which describe nobody. */
const QUANTIFIERS = new Set(['some', 'many', 'most', 'both', 'all', 'others']);

function cueAt(
  context: AnalysisContext,
  sentence: Sentence,
  sentenceIndex: number,
  index: number,
): Cue | null {
  const { tokens } = context;
  const token = tokens[index]!;
  const limit = sentence.lastToken;
  if (token.lower === 'according') {
    const to = nextWord(tokens, index, limit);
    if (tokens[to]?.lower !== 'to') return null;
    const source =
      sourceBeforeComma(context, sentence, index, to) ??
      sourceToSentenceEnd(context, sentence, index, to) ??
      withApposition(context, nounPhraseStartingAt(context, nextWord(tokens, to, limit), limit, true), limit);
    return source
      ? cueOf({
          kind: 'according',
          sentence: sentenceIndex,
          range: { first: index, last: to },
          source,
          verb: null,
        })
      : null;
  }
  if (token.lower === 'in') return opinionCueAt(context, sentenceIndex, index, limit);
  const verb = CUE_VERB_FORMS.get(token.lower);
  // "Tell added that ...", where the article names Marcus Tell: the man, not the verb.
  if (!verb || context.familyNames.has(token.text)) return null;
  if (verb.needsQuote && !quotationFollows(context, index, limit)) return null;
  if (verb.needsThat && !thatFollows(context, index, limit)) return null;
  if (
    verb.needsQuotation &&
    !quotationFollows(context, index, limit) &&
    !quotationPrecedes(context, index, sentence.firstToken)
  )
    return null;
  if (
    verb.ambiguousBase &&
    token.lower === verb.lemma &&
    !hasPresentSubject(context, index, sentence.firstToken)
  )
    return null;
  // "his comments", "the remarks", "Trump's claims": the -s form of such a verb after a determiner or a
  // possessive is a plural noun.
  if (
    verb.ambiguousBase &&
    token.lower === `${verb.lemma}s` &&
    followsNounMarker(context, index, sentence.firstToken)
  )
    return null;
  // "the United States": a capitalized form inside a sentence, after another capital, is part of a name
  // (headlines, which capitalize every word, excepted).
  const block = context.blocks[sentence.block];
  if (index !== sentence.firstToken && isCapitalized(token) && !isHeadlineBlock(block)) {
    const previous = context.tokens[previousWord(context.tokens, index, sentence.firstToken)];
    if (previous && isCapitalized(previous)) return null;
  }
  return cueOf({
    kind: 'verb',
    sentence: sentenceIndex,
    range: { first: index, last: index },
    source: null,
    verb,
  });
}

/** `in his opinion`, `in Stoltenberg's view`, `in the minister's words`. */
function opinionCueAt(
  context: AnalysisContext,
  sentenceIndex: number,
  index: number,
  limit: number,
): Cue | null {
  const { tokens } = context;
  const owner = nextWord(tokens, index, limit);
  const ownerToken = tokens[owner];
  if (!ownerToken || ownerToken.kind !== 'word') return null;
  const pronoun = PRONOUNS.get(ownerToken.lower);
  if (pronoun?.case === 'possessive') {
    const noun = nextWord(tokens, owner, limit);
    if (!OPINION_NOUNS.has(tokens[noun]?.lower ?? '')) return null;
    return cueOf({
      kind: 'opinion',
      sentence: sentenceIndex,
      range: { first: index, last: noun },
      source: { first: owner, last: owner },
      verb: null,
    });
  }
  const phrase = nounPhraseStartingAt(context, owner, limit);
  if (!phrase) return null;
  // The phrase swallows the possessive "'s"; the source is what stands before it.
  const last = tokens[phrase.last]!;
  if (last.lower !== 's' || !isApostrophe(tokens[phrase.last - 1])) return null;
  const noun = nextWord(tokens, phrase.last, limit);
  if (!OPINION_NOUNS.has(tokens[noun]?.lower ?? '')) return null;
  return cueOf({
    kind: 'opinion',
    sentence: sentenceIndex,
    range: { first: index, last: noun },
    source: { first: phrase.first, last: phrase.last - 2 },
    verb: null,
  });
}

/** Words that open a reported clause or question. */
const COMPLEMENTIZERS = new Set(['that', 'whether', 'if', 'why', 'how']);

/** A that-clause right after the cue, or after a short object ("told them that"). */
function thatFollows(context: AnalysisContext, index: number, limit: number): boolean {
  let position = index;
  for (let step = 0; step < 4; step += 1) {
    position = nextWord(context.tokens, position, limit);
    if (position >= limit) return false;
    const token = context.tokens[position]!;
    if (COMPLEMENTIZERS.has(token.lower)) return true;
    if (token.kind !== 'word') return false;
  }
  return false;
}

/** A bare verb form is a present-tense cue after a subject pronoun or a plural noun ("officials note"). */
function hasPresentSubject(context: AnalysisContext, index: number, floor: number): boolean {
  const { tokens } = context;
  const position = previousWord(tokens, index, floor);
  const previous = tokens[position];
  if (!previous || previous.kind !== 'word') return false;
  if (['i', 'we', 'they', 'you'].includes(previous.lower)) return true;
  const possessive = isApostrophe(tokens[position - 1]);
  return /[^s]s$/u.test(previous.lower) && !NON_HEADS.has(previous.lower) && !possessive;
}

function followsNounMarker(context: AnalysisContext, index: number, floor: number): boolean {
  const { tokens } = context;
  const position = previousWord(tokens, index, floor);
  const previous = tokens[position];
  if (!previous) return false;
  if (isApostrophe(previous) || previous.lower === 's') return true;
  return (
    DETERMINERS.has(previous.lower) ||
    PREPOSITIONS.has(previous.lower) ||
    previous.lower === 'of' ||
    PRONOUNS.get(previous.lower)?.case === 'possessive'
  );
}

/**
 * Whether quoted words close a few words before `index`, with no sentence break between: `"Go home," a
 * woman in the crowd yells`. The sayer may be a long phrase, hence a longer reach than after the cue.
 */
function quotationPrecedes(context: AnalysisContext, index: number, floor: number): boolean {
  let position = index;
  for (let step = 0; step < SOURCE_REACH; step += 1) {
    position = previousWord(context.tokens, position, floor);
    if (position < floor) return false;
    if (context.quotationOfToken[position] !== -1) return true;
    if (/[.;:!?]/u.test(context.tokens[position]!.text)) return false;
  }
  return false;
}

/** How many words before a manner-of-speaking cue its quotation may close (`quotationPrecedes`). */
const SOURCE_REACH = 12;

function quotationFollows(context: AnalysisContext, index: number, limit: number): boolean {
  let position = index;
  for (let step = 0; step < QUOTE_REACH; step += 1) {
    position = nextWord(context.tokens, position, limit);
    if (position >= limit) return false;
    if (context.quotationOfToken[position] !== -1) return true;
    if (/[.;:!?]/u.test(context.tokens[position]!.text)) return false;
  }
  return false;
}
