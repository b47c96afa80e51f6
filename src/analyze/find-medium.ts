import type { Medium, MediumKind, Span } from '../types.js';
import type { AttributionCandidate } from './candidate.js';
import { nextWord, previousWord, type AnalysisContext } from './context.js';
import { CUE_VERB_FORMS } from './lexicon/cue-verbs.js';
import { CONJUNCTIONS, DETERMINERS, PREPOSITIONS } from './lexicon/function-words.js';
import {
  MEDIUM_ANAPHORS,
  MEDIUM_COMPOUNDS,
  MEDIUM_NOUN_BLOCKERS,
  MEDIUM_NOUNS,
  MEDIUM_OBJECT_VERBS,
  MEDIUM_PREPOSITIONS,
  PLATFORMS,
  MEDIUM_PARTICIPLES,
  SPEAKING_MEDIA,
  STATION_NOUNS,
} from './lexicon/media.js';
import { PRONOUNS } from './lexicon/pronouns.js';
import { isApostrophe, isCapitalized, type Token } from './tokenize.js';

/** How many words a medium's phrase may run to ("a lengthy written statement"). */
const PHRASE_WORDS = 6;

/** Conjunctions that open a clause of its own after the reporting verb. */
const SUBORDINATORS = new Set(
  'after before because when while although though if since until unless whereas as'.split(' '),
);

/** Words after a medium that keep it the source's head ("a statement from the ministry", "a report released"). */
const SOURCE_MEDIUM_FOLLOWERS = new Set('from by of on in released issued published signed sent'.split(' '));

interface Found {
  readonly kind: MediumKind;
  readonly first: number;
  readonly last: number;
}

/**
 * The medium of each attribution, where its reporting clause states one: a preposition before a medium
 * noun ("said in a statement", "In his memoirs, X acknowledged", "at a briefing", "wrote on X"), the medium
 * as the object of "told" ("told a press conference"), "in them" pointing back to a medium named in the
 * sentence before ("has published his memoirs. In them, he recounts"), or a medium as the source itself
 * ("a statement from the ministry said"). The reporting clause is the cue's sentence without the
 * attribution's content, other attributions' cues and contents, and, for words reported within another
 * account, what lies outside that account's content. The phrase nearest the cue wins.
 */
export function findMedia(
  context: AnalysisContext,
  candidates: readonly AttributionCandidate[],
): (Medium | null)[] {
  const bySentence = new Map<number, number[]>();
  candidates.forEach((candidate, index) => {
    const list = bySentence.get(candidate.cue.sentence) ?? [];
    list.push(index);
    bySentence.set(candidate.cue.sentence, list);
  });
  return candidates.map((candidate, index) => {
    if (candidate.cue.kind === 'card' || candidate.cue.kind === 'label') return null;
    const others = (bySentence.get(candidate.cue.sentence) ?? [])
      .filter((other) => other !== index)
      .map((other) => candidates[other]!);
    const found = mediumInClause(context, candidate, others) ?? mediumAsSource(context, candidate);
    return found && toMedium(context, found);
  });
}

function mediumInClause(
  context: AnalysisContext,
  candidate: AttributionCandidate,
  others: readonly AttributionCandidate[],
): Found | null {
  const { tokens } = context;
  const sentence = context.sentences[candidate.cue.sentence]!;
  const { first: cueFirst, last: cueLast } = candidate.cue.range;
  const cueStart = tokens[cueFirst]!.start;
  const enclosing = others.find((other) => other.content.some((span) => contains(span, cueStart)));
  const isBlocked = (index: number): boolean => {
    const token = tokens[index]!;
    if (enclosing && !enclosing.content.some((span) => contains(span, token.start))) return true;
    return others.some(
      (other) =>
        (index >= other.cue.range.first && index <= other.cue.range.last) ||
        (other !== enclosing && other.content.some((span) => contains(span, token.start))),
    );
  };
  const inOwnContent = (index: number): boolean =>
    candidate.content.some((span) => contains(span, tokens[index]!.start));
  const opensClause = (index: number): boolean =>
    SUBORDINATORS.has(tokens[index]!.lower) && !inOwnContent(index);
  let low = cueFirst;
  while (low - 1 >= sentence.firstToken && !isBlocked(low - 1)) low -= 1;
  // After the cue, a subordinate clause ("said after he failed to appear at a hearing") is another event's.
  let high = cueLast;
  while (high + 1 < sentence.lastToken && !isBlocked(high + 1) && !opensClause(high + 1)) high += 1;

  let best: Found | null = null;
  let bestDistance = Infinity;
  for (let index = low; index <= high; index += 1) {
    const token = tokens[index]!;
    if (token.kind !== 'word' || !isIntroducer(token.lower)) continue;
    if (inOwnContent(index) || context.quotationOfToken[index] !== -1) continue;
    const distance = index < cueFirst ? cueFirst - index : index > cueLast ? index - cueLast : 0;
    if (distance >= bestDistance) continue;
    const found = mediumIntroducedAt(context, index, high + 1, inOwnContent);
    if (found) {
      best = found;
      bestDistance = distance;
    }
  }
  return best;
}

/** Whether a word may introduce a medium: a preposition of MEDIUM_PREPOSITIONS or a form of "tell". */
const isIntroducer = (word: string): boolean =>
  MEDIUM_PREPOSITIONS.has(word) || MEDIUM_OBJECT_VERBS.has(CUE_VERB_FORMS.get(word)?.lemma ?? '');

/** The medium an introducer introduces: a preposition's object, told's object, or "in them" pointing back. */
function mediumIntroducedAt(
  context: AnalysisContext,
  index: number,
  limit: number,
  stopAt: (index: number) => boolean,
): Found | null {
  const { tokens } = context;
  const word = tokens[index]!.lower;
  const kinds = MEDIUM_PREPOSITIONS.get(word);
  const start = nextWord(tokens, index, limit);
  if (start >= limit || stopAt(start)) return null;
  if (word === 'on') {
    // "a post on X": the platform belongs to the medium named before it, found on its own.
    const before = previousWord(tokens, index);
    const platform = before >= 0 && mediumKindAt(tokens, before) ? null : platformAt(tokens, start, limit);
    if (platform) return platform;
  }
  if (word === 'in' && MEDIUM_ANAPHORS.has(tokens[start]!.lower)) return mediumBefore(context, index);
  const found = mediumPhraseAt(context, start, limit, stopAt);
  if (!found || (kinds && !kinds.has(found.kind))) return null;
  return found;
}

/**
 * A noun phrase from `start` whose last medium noun names the medium: "a statement", "his new memoirs",
 * "a radio interview", "the ministry's press release". It runs over determiners, possessives and
 * modifiers, and stops at a function word, a verb of speech, punctuation or a quotation.
 */
function mediumPhraseAt(
  context: AnalysisContext,
  start: number,
  limit: number,
  stopAt: (index: number) => boolean = () => false,
): Found | null {
  const { tokens } = context;
  let found: Found | null = null;
  let words = 0;
  for (let index = start; index < limit && words < PHRASE_WORDS; index += 1) {
    const token = tokens[index]!;
    if (token.kind === 'space') continue;
    if (stopAt(index) || context.quotationOfToken[index] !== -1) break;
    if (token.kind === 'punct') {
      // "the report's author": a medium before a possessive only modifies what follows it.
      if (isPossessiveMark(tokens, index) && found?.last === previousWord(tokens, index)) found = null;
      if (isPossessiveMark(tokens, index) || token.text === '-') continue;
      break;
    }
    words += 1;
    const kind = mediumKindAt(tokens, index);
    if (kind) {
      found = { kind, first: start, last: index };
      continue;
    }
    if (found && found.last === previousWord(tokens, index) && MEDIUM_NOUN_BLOCKERS.has(token.lower)) {
      found = null;
      continue;
    }
    if (isPhraseStop(token, index === start)) break;
  }
  return found;
}

function mediumKindAt(tokens: readonly Token[], index: number): MediumKind | null {
  const token = tokens[index]!;
  // "the Post" is a name, not a post; "Tessby Radio" is a station.
  if (token.text !== token.lower && !STATION_NOUNS.has(token.lower)) return null;
  const before = tokens[previousWord(tokens, index)];
  return (
    MEDIUM_COMPOUNDS.get(`${before?.lower ?? ''} ${token.lower}`) ?? MEDIUM_NOUNS.get(token.lower) ?? null
  );
}

function isPhraseStop(token: Token, isFirst: boolean): boolean {
  const word = token.lower;
  if (DETERMINERS.has(word)) return !isFirst;
  const pronoun = PRONOUNS.get(word);
  if (pronoun) return pronoun.case !== 'possessive';
  if (word === 'of' || PREPOSITIONS.has(word) || CONJUNCTIONS.has(word)) return true;
  // A verb of speech ends the phrase ("in his memoirs Pell acknowledged"), but not a noun spelled like
  // one ("state television", "a report").
  const verb = CUE_VERB_FORMS.get(word);
  if (verb === undefined || MEDIUM_PARTICIPLES.has(word)) return false;
  return !(verb.ambiguousBase && word === verb.lemma);
}

/** "'s" after a name: the apostrophe of a possessive inside the phrase ("the ministry's statement"). */
function isPossessiveMark(tokens: readonly Token[], index: number): boolean {
  return isApostrophe(tokens[index]) && tokens[index + 1]?.lower === 's';
}

/** "X", "Telegram", "Truth Social", "social media" right after "on". */
function platformAt(tokens: readonly Token[], start: number, limit: number): Found | null {
  const first = tokens[start]!;
  const second = nextWord(tokens, start, limit);
  const pair = second < limit ? `${first.lower} ${tokens[second]!.lower}` : '';
  const pairKind = PLATFORMS.get(pair);
  if (pairKind && (pair === 'social media' || first.text !== first.lower))
    return { kind: pairKind, first: start, last: second };
  const kind = PLATFORMS.get(first.lower);
  return kind && first.text !== first.lower ? { kind, first: start, last: start } : null;
}

/** "In them": the last medium named in the sentence before, in the same block ("his memoirs"). */
function mediumBefore(context: AnalysisContext, index: number): Found | null {
  const { tokens } = context;
  const sentenceIndex = context.sentenceOfToken[index]!;
  const sentence = context.sentences[sentenceIndex]!;
  const before = context.sentences[sentenceIndex - 1];
  if (!before || before.block !== sentence.block) return null;
  for (let last = before.lastToken - 1; last >= before.firstToken; last -= 1) {
    if (tokens[last]!.kind !== 'word' || context.quotationOfToken[last] !== -1) continue;
    const kind = mediumKindAt(tokens, last);
    if (kind) return { kind, first: phraseStartBefore(context, last, before.firstToken), last };
  }
  return null;
}

/** Back from a medium noun over its modifiers to its determiner or possessive ("his new memoirs"). */
function phraseStartBefore(context: AnalysisContext, head: number, floor: number): number {
  const { tokens } = context;
  let first = head;
  for (let words = 0; words < PHRASE_WORDS - 1; words += 1) {
    const previous = previousWord(tokens, first, floor);
    const token = tokens[previous];
    if (!token || context.quotationOfToken[previous] !== -1) break;
    if (token.kind === 'punct') {
      if (!isPossessiveMark(tokens, previous) && token.text !== '-') break;
      first = previous;
      continue;
    }
    const pronoun = PRONOUNS.get(token.lower);
    if (DETERMINERS.has(token.lower) || pronoun?.case === 'possessive') return previous;
    if (pronoun || isPhraseStop(token, false)) break;
    first = previous;
  }
  return first;
}

/** "A statement from the ministry said", "according to his memoirs": the source names the medium. */
function mediumAsSource(context: AnalysisContext, candidate: AttributionCandidate): Found | null {
  const source = candidate.source;
  if (!source) return null;
  const found = mediumPhraseAt(context, source.first, source.last + 1);
  if (!found || !SPEAKING_MEDIA.has(found.kind)) return null;
  // The medium must head the source: "the debate, two speechwriters" names people, not a debate.
  const after = nextWord(context.tokens, found.last, source.last + 1);
  const next = context.tokens[after];
  return !next || after > source.last || SOURCE_MEDIUM_FOLLOWERS.has(next.lower) || isCapitalized(next)
    ? found
    : null;
}

function toMedium(context: AnalysisContext, found: Found): Medium {
  const start = context.tokens[found.first]!.start;
  const end = context.tokens[found.last]!.end;
  return { kind: found.kind, text: context.text.slice(start, end), start, end };
}

const contains = (span: Span, offset: number): boolean => offset >= span.start && offset < span.end;
