import type { Attribution, BlockKind, SaidAt, Span } from '../types.js';
import type { AttributionCandidate } from './candidate.js';
import { formatDay, parseDay } from './calendar.js';
import {
  firstTokenAt,
  firstWordOfSentence,
  nextWord,
  previousWord,
  type AnalysisContext,
} from './context.js';
import {
  anchorBefore,
  findAnchors,
  placeAfter,
  placeNouns,
  sentenceOpener,
  type Anchor,
} from './find-anchors.js';
import { findTimes, type TimeExpression } from './find-times.js';
import { holdsClauseVerb } from './finite-verbs.js';
import { trimmedEnd } from './spans.js';
import { OTHER_TIME_WORDS } from './lexicon/time-words.js';
import {
  CONTINUING_VERBS,
  CONTINUING_WORDS,
  OCCASION_NOUNS,
  PLACE_PREPOSITIONS,
} from './lexicon/occasions.js';
import { cueTense, inClause, reportingClause, type ReportingClause } from './reporting-clause.js';
import { isApostrophe, type Token } from './tokenize.js';
import { interviewTime, isTranscriptLine } from './transcript-speakers.js';

/** Attributions with their said-at and dating, and the date a role written at an offset is held at. */
export interface DatedAnalysis {
  readonly attributions: Attribution[];
  /** The said-at value of the reporting clause around an offset, else the narrative time there, else null. */
  readonly dateAt: (offset: number) => string | null;
}

/** What a reporting clause says about time besides a time expression. */
interface ClauseSigns {
  readonly own: TimeExpression | null;
  /** "later said", "had earlier said": another time than the occasion before. */
  readonly otherTime: boolean;
  /** "also said", "further said" ("she added" is read from the verb). */
  readonly continuing: boolean;
  /** The head of "the briefing", "the same news conference", "her appointment": a definite occasion. */
  readonly definiteOccasion: string | null;
  /** "the same news conference", "that meeting": the occasion named last, whatever the lead dates. */
  readonly sameOccasion: boolean;
  /** "said in the same answer": the saying goes on with the speaker's last, whatever was narrated between. */
  readonly same: boolean;
  /** The heads of definite places after a preposition ("at the market"), matched against dated ones. */
  readonly definitePlaces: readonly string[];
  /** "in an interview", "at a rally": a new occasion. */
  readonly newOccasion: boolean;
  /** "who was then mayor", "the then minister", "then-governor", "said then": the time of the occasion narrated. */
  readonly refersBack: boolean;
}

/**
 * Dates each attribution, in the order of its cue, by the first rule that holds:
 * 1. stated: a time expression in its reporting clause ("said on Tuesday", "On Monday, X said", "On Monday X
 *    said"); a back-reference there ("at the time", "later that day", "two days earlier", "afterwards") takes
 *    the latest narrative time, moved by its days (basis carried);
 * 2. a definite occasion ("at the same news conference", "after the hearing") takes the date of the latest
 *    dated saying or narration that named it, else the latest narrative time; a definite place ("at the
 *    market") takes the date of one that named it;
 * 3. a continuation ("she added", "X also said") takes the date of the same speaker's attribution before it,
 *    in the same or the next paragraph, when no other time and no new occasion stands between (an unnamed
 *    sayer's: the saying right before it in the same paragraph, when that one names no one either); a bare
 *    "X said" is no continuation, even after a dated remark of X;
 * 4. recounted speech (past tense, reported within another's account: "According to X, ... And he said")
 *    takes the dated occasion the text recounts.
 * Present-tense reports without a time of their own ("says", "has said") are dated by publication.
 */
export function dateAttributions(
  context: AnalysisContext,
  candidates: readonly AttributionCandidate[],
  attributions: readonly Attribution[],
): DatedAnalysis {
  const times = findTimes(context);
  const anchors = findAnchors(context, times, candidates);
  const timeAt = new Map(times.map((time) => [time.first, time]));
  // Times the narration states (outside everyone's reported words): they set another time between two sayings.
  const narration = times.filter(
    (time) =>
      time.kind !== 'back-reference' &&
      !candidates.some((candidate) => candidate.content.some((fragment) => covers(fragment, time))),
  );
  const published = parseDay(context.meta.published) !== null;
  const indexOf = new Map(attributions.map((attribution, index) => [attribution.id, index]));
  const clauses = candidates.map((candidate) => reportingClause(context, candidate));
  const saidAt: (SaidAt | null)[] = candidates.map(() => null);
  const order = candidates
    .map((candidate, index) => ({ index, at: context.tokens[candidate.cue.range.first]!.start }))
    .sort((a, b) => a.at - b.at);

  const leadAt = new Map(times.map((time) => [time.lead, time]));
  // A transcript's lines were said when its introduction says the conversation took place.
  const interview = interviewTime(context, candidates, times);
  const conversation = interview && saidAtOf(context, interview, 'carried');
  // Inside a transcript's lines, "this morning" and "on Monday" count from the day of the conversation,
  // not from publication (a transcript of Wednesday's press conference published on Thursday).
  const lineTimeAt =
    conversation?.precision === 'day' && conversation.value !== context.meta.published
      ? new Map(
          findTimes({ ...context, meta: { ...context.meta, published: conversation.value } }).map((time) => [
            time.first,
            time,
          ]),
        )
      : null;
  const lines = lineTimeAt ? candidates.filter((candidate) => isTranscriptLine(context, candidate)) : [];
  const inLine = (offset: number): boolean =>
    lines.some((line) => line.content.some((fragment) => fragment.start <= offset && offset < fragment.end));
  for (const [position, { index, at }] of order.entries()) {
    const candidate = candidates[index]!;
    if (conversation && isTranscriptLine(context, candidate)) {
      saidAt[index] = conversation;
      continue;
    }
    if (candidate.cue.kind === 'card' || candidate.cue.kind === 'label') continue;
    const clause = clauses[index]!;
    const signs = readClause(context, candidate, clause, lineTimeAt && inLine(at) ? lineTimeAt : timeAt, at);
    const own =
      signs.own ??
      frontedTime(context, candidate, clause, leadAt) ??
      closingTimeOfObject(context, candidate, times);
    const date = dateOne(context, { candidate, signs, own, at, anchors }, () => {
      const attribution = attributions[index]!;
      const tense = cueTense(context, candidate);
      const verb = candidate.cue.verb?.lemma ?? '';
      // "Liza said from the stage": a definite place no saying or narration named (else it would have dated
      // this one) is a part of the place the speaker's last saying was made at.
      const continues =
        signs.continuing || signs.same || signs.definitePlaces.length > 0 || CONTINUING_VERBS.has(verb);
      const previous = continues
        ? previousBySpeaker(
            context,
            { candidates, attributions, clauses, narration },
            { order, position, index, across: signs.same },
          )
        : null;
      if (previous !== null && saidAt[previous]) return saidAt[previous];
      const carrierIndex = attribution.via === null ? undefined : indexOf.get(attribution.via);
      if (carrierIndex === undefined || tense !== 'past') return null;
      const anchor = anchorBefore(
        anchors,
        at,
        (anchor) => anchor.kind === 'occasion' || anchor.kind === 'fronted',
      );
      const carrierDate = saidAt[carrierIndex];
      return anchor && (!carrierDate || carrierDate.value >= anchor.saidAt.value) ? anchor.saidAt : null;
    });
    if (date === null) continue;
    saidAt[index] = date;
    const nouns = placeNouns(context, clause.first, firstTokenAfter(context, clause), clause.content);
    anchors.push({ kind: date.basis === 'stated' ? 'stated' : 'carried', at, saidAt: date, nouns });
  }

  const dated = attributions.map((attribution, index): Attribution => {
    const value = saidAt[index] ?? null;
    return { ...attribution, saidAt: value, dating: value ? 'text' : published ? 'publication' : 'unknown' };
  });
  const dateAt = (offset: number): string | null => {
    for (const [index, candidate] of candidates.entries())
      if (ownsOffset(context, candidate, clauses[index]!, offset)) return saidAt[index]?.value ?? null;
    return anchorBefore(anchors, offset)?.saidAt.value ?? null;
  };
  return { attributions: dated, dateAt };
}

/** What dating one attribution reads. */
interface Saying {
  readonly candidate: AttributionCandidate;
  readonly signs: ClauseSigns;
  /** Its own time expression: in the reporting clause, or opening the sentence before the source. */
  readonly own: TimeExpression | null;
  /** Where its cue starts. */
  readonly at: number;
  readonly anchors: readonly Anchor[];
}

/**
 * The said-at of one saying by rules 1 and 2 (and "then"), else by `otherwise` (continuation, recounted
 * speech) unless the clause sets another time, a new occasion or the present.
 */
function dateOne(
  context: AnalysisContext,
  { candidate, signs, own, at, anchors }: Saying,
  otherwise: () => SaidAt | null,
): SaidAt | null {
  if (own) {
    if (own.kind === 'back-reference') return shifted(context, anchorBefore(anchors, at), own);
    return own.future ? null : saidAtOf(context, own, 'stated');
  }
  if (signs.refersBack) return carried(anchorBefore(anchors, at)?.saidAt ?? null);
  if (signs.otherTime || cueTense(context, candidate) === 'present') return null;
  const noun = signs.definiteOccasion;
  if (noun !== null) {
    // "the meeting" is the one the lead dates ("at Thursday's council meeting"), though the body went back
    // to another since ("At the Oct. 8 meeting, he said"): news marks its flashbacks and returns to the
    // lead's occasion unmarked. "The same meeting" is the latest named.
    const lead = signs.sameOccasion
      ? null
      : anchors.find((anchor) => anchor.at < at && anchor.nouns.has(noun) && isInLead(context, anchor.at));
    const named = lead ?? anchorBefore(anchors, at, (anchor) => anchor.nouns.has(noun));
    const latest = named ?? anchorBefore(anchors, at);
    return named || (latest && paragraphsBetween(context, latest.at, at) <= FALLBACK_PARAGRAPHS)
      ? carried(latest!.saidAt)
      : null;
  }
  for (const place of signs.definitePlaces) {
    const anchor = anchorBefore(anchors, at, (anchor) => anchor.nouns.has(place));
    if (anchor) return carried(anchor.saidAt);
  }
  return signs.newOccasion ? null : carried(otherwise());
}

/** Whether an offset lies in the article's lead paragraph. */
function isInLead(context: AnalysisContext, offset: number): boolean {
  const sentence = context.sentences[context.sentenceOfToken[firstTokenAt(context.tokens, offset)]!];
  return sentence !== undefined && context.blocks[sentence.block]?.kind === 'lead';
}

/**
 * How many paragraphs may stand between a definite occasion that no dated saying or narration named ("said
 * during the debate") and the latest narrative time it then takes.
 */
const FALLBACK_PARAGRAPHS = 1;

/** The paragraphs that lie wholly between two offsets. */
function paragraphsBetween(context: AnalysisContext, from: number, to: number): number {
  const blockAt = (offset: number): number =>
    context.sentences[context.sentenceOfToken[firstTokenAt(context.tokens, offset)]!]!.block;
  let count = 0;
  for (let block = blockAt(from) + 1; block < blockAt(to); block += 1)
    if (PARAGRAPH_KINDS.has(context.blocks[block]?.kind ?? 'header')) count += 1;
  return count;
}

const carried = (from: SaidAt | null): SaidAt | null => (from ? { ...from, basis: 'carried' } : null);

/** The said-at a time expression gives, with the expression as its evidence; null for one without a date. */
function saidAtOf(context: AnalysisContext, time: TimeExpression, basis: SaidAt['basis']): SaidAt | null {
  if (!time.date) return null;
  return {
    ...time.date,
    text: context.text.slice(time.start, time.end),
    start: time.start,
    end: time.end,
    basis,
  };
}

/**
 * The narrated time a back-reference points to, moved by its days ("two days earlier"); a month or a year
 * cannot be moved by days, so a shift from one dates nothing.
 */
function shifted(context: AnalysisContext, anchor: Anchor | null, time: TimeExpression): SaidAt | null {
  if (!anchor) return null;
  if (time.shift === 0) return carried(anchor.saidAt);
  const day = anchor.saidAt.precision === 'day' ? parseDay(anchor.saidAt.value) : null;
  if (day === null) return null;
  return {
    ...formatDay(day + time.shift),
    text: context.text.slice(time.start, time.end),
    start: time.start,
    end: time.end,
    basis: 'carried',
  };
}

/** "On Monday she said", "Last week Reyes told": a time opening the sentence right before the source. */
function frontedTime(
  context: AnalysisContext,
  candidate: AttributionCandidate,
  clause: ReportingClause,
  leadAt: ReadonlyMap<number, TimeExpression>,
): TimeExpression | null {
  const { tokens } = context;
  const firstWord = firstWordOfSentence(context, candidate.cue.sentence);
  // A time that opens with a continuation's word ("Later in the evening Aroha said") is the opener itself.
  const opener = leadAt.has(firstWord) ? firstWord : sentenceOpener(context, candidate.cue.sentence);
  const time = leadAt.get(opener);
  if (time && opener < clause.first && nextWord(tokens, occasionEnd(tokens, time.last)) === clause.first)
    return time;
  // "At a breakfast on Thursday she went further, saying ...": the time may close a longer adverbial that
  // opens the sentence, with no clause of its own before the source.
  if (opener >= clause.first || holdsClauseVerb(tokens, opener, clause.first - 1)) return null;
  for (let index = nextWord(tokens, opener, clause.first); index < clause.first; index += 1) {
    const closing = leadAt.get(index);
    if (closing && nextWord(tokens, occasionEnd(tokens, closing.last)) === clause.first) return closing;
  }
  return null;
}

/** How many words the occasion a day owns may have ("Tuesday's hearing", "last week's budget briefing"). */
const OCCASION_WORDS = 3;

/**
 * The end of the occasion a time owns, where one follows it ("At Tuesday's hearing the former chief told",
 * "At last week's budget briefing"): lower-case words after the time's "'s" that end on an occasion noun;
 * the time's own end where none does.
 */
function occasionEnd(tokens: readonly Token[], last: number): number {
  const apostrophe = last + 1;
  if (!isApostrophe(tokens[apostrophe]) || tokens[apostrophe + 1]?.lower !== 's') return last;
  let end = -1;
  let index = nextWord(tokens, apostrophe + 1);
  for (let words = 0; words < OCCASION_WORDS; words += 1) {
    const token = tokens[index];
    if (token?.kind !== 'word' || token.text !== token.lower) break;
    if (OCCASION_NOUNS.has(token.lower)) end = index;
    index = nextWord(tokens, index);
  }
  return end === -1 ? last : end;
}

/**
 * "Fahy addressed several hundred strikers at the depot this morning": where what was reported is an object
 * with no clause of its own, a time that closes it tells when the cue's act happened, not what was said.
 */
function closingTimeOfObject(
  context: AnalysisContext,
  candidate: AttributionCandidate,
  times: readonly TimeExpression[],
): TimeExpression | null {
  const { tokens } = context;
  const [content] = candidate.content;
  if (candidate.content.length !== 1 || !content || content.start < tokens[candidate.cue.range.last]!.end)
    return null;
  const first = firstTokenAt(tokens, content.start);
  const last = firstTokenAt(tokens, trimmedEnd(context.text, content)) - 1;
  if (context.quotationOfToken[first] !== -1 || holdsClauseVerb(tokens, first, last)) return null;
  const time = times.find((time) => time.last === last && time.first > first);
  return time && !time.future && time.kind !== 'back-reference' ? time : null;
}

/** The first token at or after the clause's end. */
const firstTokenAfter = (context: AnalysisContext, clause: ReportingClause): number =>
  firstTokenAt(context.tokens, clause.end, clause.first);

/** The time expression nearest the cue in its clause, and the words that tie the clause to another time. */
function readClause(
  context: AnalysisContext,
  candidate: AttributionCandidate,
  clause: ReportingClause,
  timeAt: ReadonlyMap<number, TimeExpression>,
  cueStart: number,
): ClauseSigns {
  const { tokens } = context;
  const { source } = candidate;
  let own: TimeExpression | null = null;
  let inRelative = false; // "Reyes, who resigned in 2019, said": the relative clause's times date what it tells
  let speakingRelative = false;
  let otherTime = false;
  let continuing = false;
  let same = false;
  let definiteOccasion: string | null = null;
  let sameOccasion = false;
  const definitePlaces: string[] = [];
  let newOccasion = false;
  let refersBack = false;
  const limit = firstTokenAfter(context, clause);
  for (let index = clause.first; index < tokens.length && tokens[index]!.start < clause.end; index += 1) {
    const token = tokens[index]!;
    // The relative clause ends at a comma or at the cue; one after the cue ("said the 62-year-old, whose
    // family has made wine here since 1921") runs to a comma or the clause's end.
    if (token.text === ',' || token.start === cueStart) inRelative = false;
    if (token.kind !== 'word' || !inClause(context, clause, token)) continue;
    if (token.lower === 'who' || token.lower === 'which' || token.lower === 'whose') {
      inRelative = true;
      speakingRelative = false;
    }
    // "said Ana Ruiz, who was speaking at a news conference on Tuesday": a relative clause of the saying.
    if (inRelative && SPEAKING_WORDS.has(token.lower)) speakingRelative = true;
    const time = timeAt.get(index);
    if (time && inClause(context, clause, time)) {
      const eligible = !inRelative || speakingRelative || time.kind === 'back-reference';
      if (eligible && (!own || distance(time, cueStart) < distance(own, cueStart))) own = time;
      index = time.last;
      continue;
    }
    if (token.lower === 'then' && token.start < cueStart && isThenOfRole(context, index)) refersBack = true;
    // Not in a relative clause about the sayer ("who has led the company since 2017").
    else if (OTHER_TIME_WORDS.has(token.lower) && (!inRelative || speakingRelative)) otherTime = true;
    if (CONTINUING_WORDS.has(token.lower)) continuing = true;
    if (token.lower === 'same' && token.start > cueStart) same = true;
    const noun = OCCASION_NOUNS.get(token.lower);
    if (noun !== undefined) {
      const determiner = tokens[previousDeterminer(context, index)]?.lower ?? '';
      if (determiner === 'a' || determiner === 'an') newOccasion = true;
      else if (determiner !== '') {
        definiteOccasion = noun;
        const from = previousDeterminer(context, index);
        sameOccasion =
          determiner === 'that' ||
          tokens.slice(from, index).some((word) => word.lower === 'same' || word.lower === 'that');
      }
    } else if (
      PLACE_PREPOSITIONS.has(token.lower) &&
      !(source && source.first <= index && index <= source.last)
    ) {
      const place = placeAfter(context, index, limit);
      if (place?.definite) definitePlaces.push(place.head);
    }
  }
  // "She said then that ...": "then" right after the cue, even where the content's span takes it in.
  const afterCue = nextWord(tokens, candidate.cue.range.last);
  if (tokens[afterCue]?.lower === 'then' && tokens[afterCue + 1]?.text !== '-') refersBack = true;
  // "X said in reply that ...": at the occasion of what it answers, narrated just before; not "in reply to a
  // letter", which names another.
  for (
    let index = candidate.cue.range.first;
    index < limit && tokens[index]!.start < clause.end;
    index = nextWord(tokens, index)
  )
    if (
      REPLY_NOUNS.has(tokens[index]!.lower) &&
      tokens[previousWord(tokens, index)]?.lower === 'in' &&
      tokens[nextWord(tokens, index)]?.lower !== 'to' &&
      inClause(context, clause, tokens[index]!)
    )
      refersBack = true;
  return {
    own,
    otherTime,
    continuing,
    definiteOccasion,
    sameOccasion,
    same,
    definitePlaces,
    newOccasion,
    refersBack,
  };
}

/** "in reply", "in response": an answer to what was said just before. */
const REPLY_NOUNS = new Set(['reply', 'response']);

/** Words of a relative clause that tells the saying itself ("who was speaking at ...", "who spoke to ..."). */
const SPEAKING_WORDS = new Set([
  'speaking',
  'spoke',
  'talking',
  'addressing',
  'addressed',
  'testifying',
  'testified',
]);

/** "was then", "the then minister", "then-governor": "then" as the time a role was held. */
function isThenOfRole(context: AnalysisContext, index: number): boolean {
  const { tokens } = context;
  if (tokens[index + 1]?.text === '-') return true;
  const before = tokens[previousWord(tokens, index)]?.lower ?? '';
  return before === 'the' || before === 'was' || before === 'were' || before === 'is';
}

const distance = (time: TimeExpression, offset: number): number =>
  time.end <= offset ? offset - time.end : time.start - offset;

const DETERMINER_WORDS = new Set(['a', 'an', 'the', 'that', 'same', 'his', 'her', 'its', 'their']);

/** The determiner of an occasion noun, over up to two modifiers ("the same news conference", "her appointment"). */
function previousDeterminer(context: AnalysisContext, index: number): number {
  const { tokens } = context;
  let at = index;
  for (let count = 0; count < 3; count += 1) {
    at -= 1;
    while (at >= 0 && tokens[at]!.kind === 'space') at -= 1;
    const lower = tokens[at]?.lower ?? '';
    if (DETERMINER_WORDS.has(lower)) return at;
    if (tokens[at]?.kind !== 'word') return -1;
  }
  return -1;
}

/** What the search for an earlier saying reads. */
interface Sayings {
  readonly candidates: readonly AttributionCandidate[];
  readonly attributions: readonly Attribution[];
  readonly clauses: readonly ReportingClause[];
  readonly narration: readonly TimeExpression[];
}

/**
 * The attribution by the same speaker just before this one, when it is in the same or the previous
 * paragraph and no time the narration states between them (outside its own reporting clause) sets another
 * time.
 */
function previousBySpeaker(
  context: AnalysisContext,
  sayings: Sayings,
  {
    order,
    position,
    index,
    across,
  }: { order: readonly { index: number; at: number }[]; position: number; index: number; across: boolean },
): number | null {
  const { candidates, attributions, clauses, narration } = sayings;
  const speaker = attributions[index]!.speaker?.id;
  // An unnamed sayer ("A pharmacist ... said on Monday ... "...," she added"): the saying right before, in
  // the same paragraph, when no one is named there either.
  if (speaker === undefined) {
    const previous = order[position - 1]?.index;
    if (previous === undefined || attributions[previous]!.speaker !== null) return null;
    const sameBlock =
      context.sentences[candidates[previous]!.cue.sentence]!.block ===
      context.sentences[candidates[index]!.cue.sentence]!.block;
    return sameBlock ? previous : null;
  }
  for (let back = position - 1; back >= 0; back -= 1) {
    const previous = order[back]!.index;
    if (!nearbyBlocks(context, candidates[previous]!, candidates[index]!)) return null;
    if (attributions[previous]!.speaker?.id !== speaker) continue;
    const from = context.tokens[candidates[previous]!.cue.range.last]!.end;
    const to = order[position]!.at;
    // Another time narrated between them starts another occasion, unless the clause says it is the same.
    const between =
      !across &&
      narration.some(
        (time) => time.start >= from && time.end <= to && !inClause(context, clauses[previous]!, time),
      );
    return between ? null : previous;
  }
  return null;
}

const covers = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** Same paragraph, or the next one (blocks that hold no paragraph text, like speaker cards, between). */
function nearbyBlocks(
  context: AnalysisContext,
  before: AttributionCandidate,
  after: AttributionCandidate,
): boolean {
  const first = context.sentences[before.cue.sentence]!.block;
  const second = context.sentences[after.cue.sentence]!.block;
  if (second < first) return false;
  for (let block = first + 1; block < second; block += 1)
    if (PARAGRAPH_KINDS.has(context.blocks[block]?.kind ?? 'header')) return false;
  return true;
}

const PARAGRAPH_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['paragraph', 'quote', 'lead']);

/**
 * Whether words at an offset belong to an attribution's reporting clause: inside it, or before its cue in
 * the same sentence and outside its content ("Then-governor Mark Ellis said", a role before the source).
 */
function ownsOffset(
  context: AnalysisContext,
  candidate: AttributionCandidate,
  clause: ReportingClause,
  offset: number,
): boolean {
  const point = { start: offset, end: offset };
  if (inClause(context, clause, point)) return true;
  const sentence = context.sentences[candidate.cue.sentence]!;
  const cueStart = context.tokens[candidate.cue.range.first]!.start;
  return (
    offset >= sentence.start &&
    offset < cueStart &&
    !candidate.content.some((fragment) => fragment.start <= offset && offset < fragment.end)
  );
}
