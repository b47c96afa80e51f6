import type { Span } from '../types.js';
import type { AttributionCandidate } from './candidate.js';
import { nextWord, previousWord, type AnalysisContext } from './context.js';
import { CUE_MODIFIERS, CUE_VERB_FORMS } from './lexicon/cue-verbs.js';
import { PREPOSITIONS } from './lexicon/function-words.js';
import { OCCASION_NOUNS } from './lexicon/occasions.js';
import { holdsClauseVerb } from './finite-verbs.js';

/**
 * The words of an attribution's reporting clause, where the time of the saying is written: between source
 * and cue, right after the cue up to the content ("told reporters on Tuesday that"), and a fronted phrase
 * set off by a comma before them ("On Monday, Reyes said"). The content's own words are not in it.
 */
export interface ReportingClause {
  /** First token of the clause. */
  readonly first: number;
  /** Offset where the clause ends (exclusive). */
  readonly end: number;
  readonly content: readonly Span[];
}

const CLAUSE_BREAKS = new Set([',', ';', '—', '–', ':', '(']);

export function reportingClause(context: AnalysisContext, candidate: AttributionCandidate): ReportingClause {
  const { tokens } = context;
  const { cue, source, content } = candidate;
  const sentence = context.sentences[cue.sentence]!;
  let first =
    source && source.last < cue.range.first ? Math.min(source.first, cue.range.first) : cue.range.first;
  // A fronted phrase: the sentence opens with words set off by a comma before the source or cue
  // ("On Monday, Reyes said", "At the same news conference, the harbour master Tomas Reyes said").
  const sentenceStart = tokens[sentence.firstToken]!.start;
  const firstStart = tokens[first]!.start;
  let comma = false;
  for (let index = sentence.firstToken; index < first && !comma; index += 1)
    comma = tokens[index]!.text === ',';
  // Or a phrase a preposition opens that names an occasion, with no verb, set off by no comma ("In his
  // concession speech he said"; not "At the moment Sanders announced").
  const before = previousWord(tokens, first, sentence.firstToken);
  const opener =
    tokens[sentence.firstToken]!.kind === 'word'
      ? sentence.firstToken
      : nextWord(tokens, sentence.firstToken);
  const fronted =
    comma ||
    (opener < first &&
      PREPOSITIONS.has(tokens[opener]!.lower) &&
      OCCASION_NOUNS.has(tokens[before]?.lower ?? '') &&
      !holdsClauseVerb(tokens, opener, first - 1));
  if (fronted && !content.some((fragment) => fragment.start < firstStart && fragment.end > sentenceStart))
    first = sentence.firstToken;
  // After the cue (and a source standing after it): up to the content, a clause break or the sentence end.
  const cueEnd = tokens[cue.range.last]!.end;
  let last = source && source.first > cue.range.last ? source.last : cue.range.last;
  let end = tokens[sentence.lastToken - 1]?.end ?? cueEnd;
  for (const fragment of content) if (fragment.start >= cueEnd && fragment.start < end) end = fragment.start;
  for (
    last = nextWord(tokens, last, sentence.lastToken);
    last < sentence.lastToken;
    last = nextWord(tokens, last, sentence.lastToken)
  ) {
    const token = tokens[last]!;
    if (token.start >= end) break;
    if (token.kind === 'punct' && CLAUSE_BREAKS.has(token.text)) {
      end = token.start;
      break;
    }
  }
  return { first, end, content };
}

/** Whether an offset range lies in the clause and outside its content. */
export function inClause(context: AnalysisContext, clause: ReportingClause, span: Span): boolean {
  if (span.start < context.tokens[clause.first]!.start || span.end > clause.end) return false;
  return !clause.content.some((fragment) => fragment.start < span.end && span.start < fragment.end);
}

export type CueTense = 'past' | 'present' | 'none';

const PRESENT_AUXILIARIES = new Set(['has', 'have', 'is', 'are', 'am', 's']);
const PAST_AUXILIARIES = new Set(['had', 'was', 'were', 'did']);

/**
 * The tense of the reporting verb: `present` for "says", "has said", "is saying" (dated by publication),
 * `past` for "said", "had said", "was saying"; `none` for phrasal cues ("according to") and layout.
 */
export function cueTense(context: AnalysisContext, candidate: AttributionCandidate): CueTense {
  const { cue } = candidate;
  if (cue.kind !== 'verb') return 'none';
  const { tokens } = context;
  let verbIndex = cue.range.last;
  for (let index = cue.range.first; index <= cue.range.last; index += 1)
    if (CUE_VERB_FORMS.has(tokens[index]!.lower)) {
      verbIndex = index;
      break;
    }
  const form = tokens[verbIndex]!.lower;
  const lemma = cue.verb?.lemma ?? CUE_VERB_FORMS.get(form)?.lemma ?? null;
  // The auxiliary before the verb, over one adverb ("has also said", "had earlier told").
  let auxiliary = previousWord(tokens, verbIndex);
  for (let step = 0; step < 2 && isAdverb(tokens[auxiliary]?.lower ?? ''); step += 1)
    auxiliary = previousWord(tokens, auxiliary);
  const aux = tokens[auxiliary]?.lower ?? '';
  if (PAST_AUXILIARIES.has(aux)) return 'past';
  if (PRESENT_AUXILIARIES.has(aux)) return 'present';
  if (form === lemma || (form.endsWith('s') && !form.endsWith('ss'))) return 'present';
  if (form.endsWith('ing')) return 'none';
  return 'past';
}

const isAdverb = (word: string): boolean =>
  word.endsWith('ly') ||
  (CUE_MODIFIERS.has(word) && !PRESENT_AUXILIARIES.has(word) && !PAST_AUXILIARIES.has(word));
