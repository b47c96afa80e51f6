import type { SaidAt, Span } from '../types.js';
import type { AttributionCandidate } from './candidate.js';
import { nextWord, previousWord, type AnalysisContext } from './context.js';
import type { TimeExpression } from './find-times.js';
import { CONTINUATION_OPENERS, NON_HEADS } from './lexicon/function-words.js';
import { TIME_WORDS } from './lexicon/time-words.js';
import { isApostrophe } from './tokenize.js';
import { OCCASION_NOUNS, PLACE_PREPOSITIONS, RECOUNTING_VERBS } from './lexicon/occasions.js';

/**
 * A narrative time: a dated moment the text is recounting, from which later words take their date.
 * `occasion`: a dated occasion ("a painful conversation with Zelensky in February 2022", "at a news
 * conference on Monday"); `fronted`: a sentence set at a past time ("In 2019, Reyes met the board.");
 * `narrative`: any other past day or month the narration states ("the council voted on Monday");
 * `stated` and `carried`: a saying dated by its own time expression, or by one it points back to (added
 * while dating, see dateAttributions).
 */
export interface Anchor {
  readonly kind: 'occasion' | 'fronted' | 'narrative' | 'stated' | 'carried';
  /** Where it is set: later positions can take it. */
  readonly at: number;
  /** The evidence, as an attribution's said-at would carry it. */
  readonly saidAt: SaidAt;
  /**
   * The heads of the occasions and places named with it ("conference" in "at a news conference on Monday",
   * "market" in "told the crowd at the market"), matched by a definite reference ("at the same conference").
   */
  readonly nouns: ReadonlySet<string>;
}

/** Blocks that state what the whole article recounts: a dated occasion there anchors the body. */
const ARTICLE_LEVEL = new Set(['title', 'subtitle', 'lead']);
/** How many words before the time an occasion noun may stand ("a call with the Ukrainian leader in 2022"). */
const OCCASION_REACH = 8;
/** Leads that make a time a stretch or a limit, not a moment the narration is set at ("since May"). */
const STRETCH_LEADS = new Set(['since', 'until', 'by', 'from', 'during']);
/** How far back a word that makes a stretch is looked for ("since it took effect on April 1"). */
const SUBORDINATE_REACH = 6;

/**
 * The anchors set by dated occasions, fronted times and other past times of the narration, in text order.
 * A time inside reported words anchors only in the title, subtitle or lead, or inside what a recounting verb
 * recounts ("Reyes recalled a meeting in 2019"): "she said the 2019 meeting was tense" dates the meeting,
 * not the narration.
 */
export function findAnchors(
  context: AnalysisContext,
  times: readonly TimeExpression[],
  candidates: readonly AttributionCandidate[],
): Anchor[] {
  const anchors: Anchor[] = [];
  for (const time of times) {
    if (time.date === null || time.future) continue;
    const blockKind = context.blocks[context.sentences[context.sentenceOfToken[time.first]!]!.block]?.kind;
    const carrier = candidates.find((candidate) =>
      candidate.content.some((fragment) => covers(fragment, time)),
    );
    const saidAt: SaidAt = {
      ...time.date,
      text: context.text.slice(time.start, time.end),
      start: time.start,
      end: time.end,
      basis: 'stated',
    };
    const recounted =
      carrier === undefined ||
      (blockKind !== undefined && ARTICLE_LEVEL.has(blockKind)) ||
      RECOUNTING_VERBS.has(carrier.cue.verb?.lemma ?? '');
    if (!recounted) continue;
    const noun = occasionNoun(context, time);
    if (noun !== null) anchors.push({ kind: 'occasion', at: time.start, saidAt, nouns: new Set([noun]) });
    else if (carrier === undefined && isFronted(context, time))
      anchors.push({
        kind: 'fronted',
        at: time.start,
        saidAt,
        nouns: clauseNouns(context, time, candidates),
      });
    else if (carrier === undefined && isNarrative(context, time))
      anchors.push({
        kind: 'narrative',
        at: time.start,
        saidAt,
        nouns: clauseNouns(context, time, candidates),
      });
  }
  return anchors;
}

const covers = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/**
 * A past day or month that sets a moment: not a bare year, not a stretch or a limit ("since April 1",
 * "has paid since the charge started on April 1").
 */
function isNarrative(context: AnalysisContext, time: TimeExpression): boolean {
  if (time.date === null || time.date.precision === 'year') return false;
  const { tokens } = context;
  const sentence = context.sentences[context.sentenceOfToken[time.first]!]!;
  let index = time.lead;
  for (let count = 0; count < SUBORDINATE_REACH && index >= 0; count += 1) {
    if (STRETCH_LEADS.has(tokens[index]!.lower)) return false;
    index = previousWord(tokens, index, sentence.firstToken);
    if (tokens[index]?.kind !== 'word') break;
  }
  return true;
}

/** The occasions and places named in the time's clause (between clause breaks), outside everyone's reported words. */
function clauseNouns(
  context: AnalysisContext,
  time: TimeExpression,
  candidates: readonly AttributionCandidate[],
): Set<string> {
  const { tokens } = context;
  const sentence = context.sentences[context.sentenceOfToken[time.first]!]!;
  let first = time.first;
  while (first > sentence.firstToken && !CLAUSE_BREAKS.has(tokens[first - 1]!.text)) first -= 1;
  let limit = time.last + 1;
  while (limit < sentence.lastToken && !CLAUSE_BREAKS.has(tokens[limit]!.text)) limit += 1;
  const contents = candidates.flatMap((candidate) => candidate.content);
  return placeNouns(context, first, limit, contents);
}

const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', ')']);

/**
 * The heads of the occasions ("the briefing", "a news conference") and of the places after a preposition
 * ("at the market", "in the union hall") in a token range, outside the given spans. A head is the last word
 * of up to three after the determiner.
 */
export function placeNouns(
  context: AnalysisContext,
  first: number,
  limit: number,
  outside: readonly Span[],
): Set<string> {
  const { tokens } = context;
  const nouns = new Set<string>();
  for (let index = first; index < limit; index += 1) {
    const token = tokens[index]!;
    if (token.kind !== 'word') continue;
    if (outside.some((span) => span.start <= token.start && token.end <= span.end)) continue;
    const occasion = OCCASION_NOUNS.get(token.lower);
    if (occasion !== undefined) nouns.add(occasion);
    else if (PLACE_PREPOSITIONS.has(token.lower)) {
      const place = placeAfter(context, index, limit);
      if (place !== null) nouns.add(place.head);
    }
  }
  return nouns;
}

const PLACE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'that', 'this', 'same']);

/**
 * "at the [same] fish market": the head noun after a preposition and its determiner, and whether the
 * determiner makes it definite (not "a", "an"); null when no determiner follows.
 */
export function placeAfter(
  context: AnalysisContext,
  index: number,
  limit: number,
): { readonly head: string; readonly definite: boolean } | null {
  const { tokens } = context;
  let at = nextWord(tokens, index, limit);
  // "before leaving the market": one verb in -ing between the preposition and its object.
  if (tokens[at]?.lower.endsWith('ing') && at < limit) at = nextWord(tokens, at, limit);
  const determiner = tokens[at]?.lower ?? '';
  if (!PLACE_DETERMINERS.has(determiner)) return null;
  let head: string | null = null;
  for (let count = 0; count < 4; count += 1) {
    at = nextWord(tokens, at, limit);
    const token = tokens[at];
    if (!token || at >= limit || token.kind !== 'word') break;
    const lower = token.lower;
    if (NON_HEADS.has(lower) || PLACE_DETERMINERS.has(lower) || TIME_WORDS.has(lower) || lower === 'of')
      break;
    head = lower;
  }
  return head === null || head === 'same'
    ? null
    : { head, definite: determiner !== 'a' && determiner !== 'an' };
}

/** The occasion noun a time dates: before it in the same clause, or right after it ("the 2019 summit"). */
function occasionNoun(context: AnalysisContext, time: TimeExpression): string | null {
  const { tokens } = context;
  const sentence = context.sentences[context.sentenceOfToken[time.first]!]!;
  let index = time.lead;
  for (let count = 0; count < OCCASION_REACH; count += 1) {
    index = previousWord(tokens, index, sentence.firstToken);
    const token = tokens[index];
    if (!token || (token.kind === 'punct' && token.text !== '-' && token.text !== "'" && token.text !== '’'))
      break;
    const noun = OCCASION_NOUNS.get(token.lower);
    if (noun !== undefined) return noun;
  }
  // "Monday meeting", and past a possessive and its modifiers: "Thursday's council meeting".
  let after = nextWord(tokens, time.last, sentence.lastToken);
  if (isApostrophe(tokens[after])) {
    after = nextWord(tokens, after, sentence.lastToken);
    if (tokens[after]?.lower === 's') after = nextWord(tokens, after, sentence.lastToken);
    for (let count = 0; count < POSSESSED_REACH && tokens[after]?.kind === 'word'; count += 1) {
      const noun = OCCASION_NOUNS.get(tokens[after]!.lower);
      if (noun !== undefined) return noun;
      after = nextWord(tokens, after, sentence.lastToken);
    }
    return null;
  }
  return OCCASION_NOUNS.get(tokens[after]?.lower ?? '') ?? null;
}

/** How many words a day's possessive may stand before its occasion ("Thursday's special council meeting"). */
const POSSESSED_REACH = 3;

/** `In 2019, ...`, `And on Monday, ...`: a time that opens its sentence and is set off by a comma. */
function isFronted(context: AnalysisContext, time: TimeExpression): boolean {
  const { tokens } = context;
  const opener = sentenceOpener(context, context.sentenceOfToken[time.first]!);
  return opener === time.lead && tokens[nextWord(tokens, time.last)]?.text === ',';
}

/** The latest anchor set before an offset, of the given kinds. */
export function anchorBefore(
  anchors: readonly Anchor[],
  offset: number,
  accept: (anchor: Anchor) => boolean = () => true,
): Anchor | null {
  let best: Anchor | null = null;
  for (const anchor of anchors)
    if (anchor.at < offset && accept(anchor) && (!best || anchor.at >= best.at)) best = anchor;
  return best;
}

/**
 * The first word of a sentence that can open a fronted phrase: past a leading mark, and past "and", "but",
 * "then", "also" ("But on Monday, she said" opens with "on").
 */
export function sentenceOpener(context: AnalysisContext, sentenceIndex: number): number {
  const { tokens } = context;
  const sentence = context.sentences[sentenceIndex]!;
  let opener =
    tokens[sentence.firstToken]!.kind === 'word'
      ? sentence.firstToken
      : nextWord(tokens, sentence.firstToken);
  if (CONTINUATION_OPENERS.has(tokens[opener]?.lower ?? '') || tokens[opener]?.lower === 'but')
    opener = nextWord(tokens, opener);
  return opener;
}
