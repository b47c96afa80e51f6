import type { SaidAt, Span } from '../types.js';
import type { AttributionCandidate } from './build-attributions.js';
import { nextWord, previousWord, type AnalysisContext } from './context.js';
import type { TimeExpression } from './find-times.js';
import { CONTINUATION_OPENERS } from './lexicon/function-words.js';
import { OCCASION_NOUNS, RECOUNTING_VERBS } from './lexicon/occasions.js';

/**
 * A narrative time: a dated moment the text is recounting, from which later words take their date.
 * `occasion`: a dated occasion ("a painful conversation with Zelensky in February 2022", "at a news
 * conference on Monday"); `fronted`: a sentence set at a past time ("In 2019, Reyes met the board.");
 * `stated`: a saying dated by its own time expression (added while dating, see dateAttributions).
 */
export interface Anchor {
  readonly kind: 'occasion' | 'fronted' | 'stated';
  /** Where it is set: later positions can take it. */
  readonly at: number;
  /** The evidence, as an attribution's said-at would carry it. */
  readonly saidAt: SaidAt;
  /** The occasion's head noun ("conference"), matched by a definite reference ("at the same conference"). */
  readonly noun: string | null;
}

/** Blocks that state what the whole article recounts: a dated occasion there anchors the body. */
const ARTICLE_LEVEL = new Set(['title', 'subtitle', 'lead']);
/** How many words before the time an occasion noun may stand ("a call with the Ukrainian leader in 2022"). */
const OCCASION_REACH = 8;

/**
 * The anchors set by dated occasions and fronted times, in text order. A time inside reported words
 * anchors only in the title, subtitle or lead, or inside what a recounting verb recounts ("Reyes recalled a
 * meeting in 2019"): "she said the 2019 meeting was tense" dates the meeting, not the narration.
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
    if (noun !== null) anchors.push({ kind: 'occasion', at: time.start, saidAt, noun });
    else if (carrier === undefined && isFronted(context, time))
      anchors.push({ kind: 'fronted', at: time.start, saidAt, noun: null });
  }
  return anchors;
}

const covers = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

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
  const after = nextWord(tokens, time.last, sentence.lastToken);
  return OCCASION_NOUNS.get(tokens[after]?.lower ?? '') ?? null;
}

/** `In 2019, ...`, `And on Monday, ...`: a time that opens its sentence and is set off by a comma. */
function isFronted(context: AnalysisContext, time: TimeExpression): boolean {
  const { tokens } = context;
  const sentence = context.sentences[context.sentenceOfToken[time.first]!]!;
  let opener =
    tokens[sentence.firstToken]!.kind === 'word'
      ? sentence.firstToken
      : nextWord(tokens, sentence.firstToken);
  if (CONTINUATION_OPENERS.has(tokens[opener]?.lower ?? '') || tokens[opener]?.lower === 'but')
    opener = nextWord(tokens, opener);
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
