import type { AttributionCandidate } from './candidate.js';
import { firstTokenAt, nextWord, type AnalysisContext } from './context.js';
import type { TimeExpression } from './find-times.js';
import { isHeadlineBlock } from './headline-blocks.js';
import { wordsOf, type NameMention, type PersonDraft } from './find-people.js';

/** Labels of an interview's questions and answers ("Q:", "A:"). */
const QUESTION_LABELS = new Set(['q', 'question']);
const ANSWER_LABELS = new Set(['a', 'answer']);

/**
 * The speaker of a transcript's label ("RAHIMI: ...", "Aziz Rahimi: ...", "A: ..."): the person whose name
 * the label writes, in any case; for an interview's answers, the person it introduces (see
 * `interviewee`); for its questions, no one (the interviewer, whose words are the outlet's). Undefined
 * where the candidate is no transcript label, so that its source is resolved as any other.
 */
export function labelSpeaker(
  context: AnalysisContext,
  candidate: AttributionCandidate,
  people: readonly PersonDraft[],
  personOf: ReadonlyMap<NameMention, PersonDraft>,
): PersonDraft | null | undefined {
  if (!isLineLabel(context, candidate)) return undefined;
  const labelTokens = wordsOf(context.tokens, candidate.source!);
  const words = labelTokens.map((word) => word.lower);
  const label = words.join(' ');
  if (QUESTION_LABELS.has(label)) return null;
  if (ANSWER_LABELS.has(label)) return interviewee(context, personOf);
  const byKey = people.filter((person) => person.key === label);
  if (byKey.length === 1) return byKey[0]!;
  // "RAHIMI:": a family name alone, of one person only, or written first where no one's name ends on it
  // ("CHUA:" for Chua Mei Ling); "E. PAPADAKIS:": of the one whose given name the initial opens.
  const endsOn = people.filter((person) => person.key.split(' ').at(-1) === words.at(-1));
  const family =
    endsOn.length > 0 || words.length !== 1
      ? endsOn
      : people.filter((person) => person.key.includes(' ') && person.key.split(' ')[0] === words[0]);
  // An initial stands alone ("E. PAPADAKIS", "E PAPADAKIS"); the "O" of "O'BRIEN" opens the family name.
  const opening = labelTokens[0];
  const standsAlone = opening !== undefined && /[.\s]/u.test(context.text[opening.end] ?? '');
  const initial = words.length === 2 && words[0]!.length === 1 && standsAlone ? words[0]! : null;
  const named = initial ? family.filter((person) => person.key.startsWith(initial)) : family;
  return named.length === 1 ? named[0]! : null;
}

/**
 * The person an interview is with: of the people named before its first question or answer label, the one
 * named most often there (the first of them on a tie), as an interview's introduction names its subject
 * ("Aziz Rahimi has run the agency for eleven years. He spoke to the Chronicle ...").
 */
function interviewee(
  context: AnalysisContext,
  personOf: ReadonlyMap<NameMention, PersonDraft>,
): PersonDraft | null {
  // One article's answers all go to the same person: read once, not for every answer.
  if (INTERVIEWEES.has(personOf)) return INTERVIEWEES.get(personOf)!;
  const found = readInterviewee(context, personOf);
  INTERVIEWEES.set(personOf, found);
  return found;
}

const INTERVIEWEES = new WeakMap<ReadonlyMap<NameMention, PersonDraft>, PersonDraft | null>();

function readInterviewee(
  context: AnalysisContext,
  personOf: ReadonlyMap<NameMention, PersonDraft>,
): PersonDraft | null {
  const firstLabel = firstInterviewLabel(context);
  if (firstLabel === -1) return null;
  const counts = new Map<PersonDraft, number>();
  const mentions = [...personOf].sort(([a], [b]) => a.first - b.first);
  for (const [mention, person] of mentions)
    if (mention.first < firstLabel) counts.set(person, (counts.get(person) ?? 0) + 1);
  let best: PersonDraft | null = null;
  for (const [person, count] of counts) if (best === null || count > counts.get(best)!) best = person;
  return best;
}

/** The token of the first "Q" or "A" label that opens a paragraph, or -1. */
function firstInterviewLabel(context: AnalysisContext): number {
  const { tokens } = context;
  for (const block of context.blocks) {
    const first = firstTokenAt(tokens, block.start);
    const word = tokens[first];
    if (
      word !== undefined &&
      word.start === block.start &&
      (QUESTION_LABELS.has(word.lower) || ANSWER_LABELS.has(word.lower)) &&
      tokens[nextWord(tokens, first)]?.text === ':'
    )
      return first;
  }
  return -1;
}

/** Whether a candidate is a transcript's line: a label and its colon opening a paragraph ("A:", "HADDAD:"). */
export function isTranscriptLine(context: AnalysisContext, candidate: AttributionCandidate): boolean {
  return (
    isLineLabel(context, candidate) &&
    !isHeadlineBlock(context.blocks[context.sentences[candidate.cue.sentence]!.block])
  );
}

/**
 * A label and its colon ("HADDAD:", "A:"): the layout's own cue, or the colon the tagger took for a cue
 * where the label opens a paragraph of the body.
 */
function isLineLabel(context: AnalysisContext, candidate: AttributionCandidate): boolean {
  const { tokens } = context;
  const { source, cue } = candidate;
  if (!source || tokens[nextWord(tokens, source.last)]?.text !== ':') return false;
  if (cue.kind === 'label') return true;
  const block = context.blocks[context.sentences[cue.sentence]!.block];
  // Not a headline's "Name: words", whose name is read as any source's.
  return (
    cue.range.first === cue.range.last &&
    tokens[cue.range.first]!.text === ':' &&
    block !== undefined &&
    !isHeadlineBlock(block) &&
    tokens[source.first]!.start === block.start
  );
}

/**
 * Words by which a transcript's introduction tells the occasion ("She spoke to Bayline on Friday", "an
 * edited transcript of Tuesday night's debate").
 */
const INTERVIEW_WORDS = new Set([
  'spoke',
  'speaking',
  'talked',
  'talking',
  'interview',
  'interviewed',
  'conversation',
  'transcript',
  'debate',
  'hearing',
  'podcast',
  'broadcast',
  'session',
  'answered',
]);

/**
 * When a transcript's words were said: the time its introduction gives the conversation ("She spoke to
 * Bayline's Orla Dempsey on Friday. This is an edited transcript of that interview."). Of the sentences
 * before the first line that tell of speaking, the last that dates anything; in it, the dated time nearest
 * the word that tells it ("spoke to the Gazette on Wednesday, two days after the debate on Monday"); null
 * where none is dated.
 */
export function interviewTime(
  context: AnalysisContext,
  candidates: readonly AttributionCandidate[],
  times: readonly TimeExpression[],
): TimeExpression | null {
  const { tokens } = context;
  let firstLine = -1;
  for (const candidate of candidates)
    if (isTranscriptLine(context, candidate) && (firstLine === -1 || candidate.cue.range.first < firstLine))
      firstLine = candidate.cue.range.first;
  if (firstLine === -1) return null;
  // The sentences before the first line that tell of speaking, the last first; in the first of them that
  // dates anything, the time nearest its first such word.
  let found: TimeExpression | null = null;
  for (let index = firstLine - 1; index >= 0 && found === null; index -= 1) {
    if (!INTERVIEW_WORDS.has(tokens[index]!.lower)) continue;
    const sentence = context.sentenceOfToken[index]!;
    if (isHeadlineBlock(context.blocks[context.sentences[sentence]!.block])) continue;
    let telling = context.sentences[sentence]!.firstToken;
    while (!INTERVIEW_WORDS.has(tokens[telling]!.lower)) telling += 1;
    const distance = (time: TimeExpression): number => Math.abs(time.first - telling);
    for (const time of times) {
      if (context.sentenceOfToken[time.first] !== sentence || time.first >= firstLine) continue;
      if (!time.date || time.future || time.kind === 'back-reference') continue;
      if (found === null || distance(time) < distance(found)) found = time;
    }
    index = context.sentences[sentence]!.firstToken;
  }
  return found;
}
