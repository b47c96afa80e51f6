import type { Polarity } from '../types.js';
import { nextWord, type AnalysisContext } from './context.js';
import type { Cue } from './find-cues.js';
import { CUE_VERB_FORMS } from './lexicon/cue-verbs.js';
import {
  CONTRACTED_NEGATION_STEMS,
  DENIAL_FORMS,
  NEGATION_CANCELLERS,
  NEGATORS,
  REFUSALS,
  VERB_GROUP_WORDS,
} from './lexicon/negation.js';
import type { Token } from './tokenize.js';

/** Particles a refusal reaches its reporting verb through ("refused to say", "short of saying"). */
const REFUSAL_PARTICLES = new Set(['to', 'of', 'from']);
const APOSTROPHES = new Set(["'", '’']);

/**
 * The polarity of a verb cue, read from its verb group: the cue's own words before its reporting verb and
 * the auxiliaries, adverbs and particles right before them, back to the first word that is none of these.
 * Only a negation that governs the reporting verb counts ("did not say that ...", "has never said",
 * "refused to say", "stopped short of saying"); one in the content ("said he did not ...") is the
 * content's. A verb of denial gives `denied` ("denied that", "rejected claims that"), unless it is itself
 * negated ("did not deny that" says the source did not say it either way). Other cues are affirmed.
 */
export function findPolarity(context: AnalysisContext, cue: Cue): Polarity {
  if (cue.kind !== 'verb') return 'affirmed';
  const { tokens } = context;
  const floor = context.sentences[cue.sentence]!.firstToken;
  const head = reportingVerbOf(tokens, cue);
  let negated = false;
  let denied = DENIAL_FORMS.has(tokens[head]!.lower);
  // A refusal as the cue itself: "declined to comment", "refused to say more".
  if (REFUSALS.has(tokens[head]!.lower) && tokens[nextWord(tokens, head)]?.lower === 'to') return 'negated';
  let closer = head; // the word read before this one, nearer the verb
  for (let index = head - 1; index >= floor; index -= 1) {
    const token = tokens[index]!;
    if (token.kind === 'space') continue;
    const inCue = index >= cue.range.first;
    if (isContractedNot(tokens, index)) {
      negated = true;
      index -= 2; // the apostrophe and the auxiliary's stem ("didn")
      closer = index;
      continue;
    }
    const word = token.lower;
    if (token.kind !== 'word') {
      if (inCue) continue;
      break;
    }
    if (NEGATORS.has(word)) {
      if (!NEGATION_CANCELLERS.has(tokens[closer]!.lower)) negated = true;
    } else if (REFUSALS.has(word) && governs(tokens, closer, head)) negated = true;
    else if (DENIAL_FORMS.has(word)) denied = true;
    else if (!inCue && !VERB_GROUP_WORDS.has(word)) break;
    closer = index;
  }
  return negated ? 'negated' : denied ? 'denied' : 'affirmed';
}

/** The cue's reporting verb: its last word that is a cue verb or a verb of denial ("denied saying"). */
function reportingVerbOf(tokens: readonly Token[], cue: Cue): number {
  for (let index = cue.range.last; index >= cue.range.first; index -= 1) {
    const word = tokens[index]!.lower;
    if (CUE_VERB_FORMS.has(word) || DENIAL_FORMS.has(word)) return index;
  }
  return cue.range.last;
}

/**
 * Whether a refusal governs the verb: through a particle ("refused to say", "stopped short of saying",
 * "refrained from saying") or right before a gerund ("avoided saying", "without saying"); "yet said" is
 * a conjunction and a verb.
 */
function governs(tokens: readonly Token[], closer: number, head: number): boolean {
  if (REFUSAL_PARTICLES.has(tokens[closer]!.lower)) return true;
  return closer === head && tokens[head]!.lower.endsWith('ing');
}

/** `t` after an apostrophe after a negatable auxiliary's stem: "didn't", "won't", "can’t". */
function isContractedNot(tokens: readonly Token[], index: number): boolean {
  const stem = tokens[index - 2];
  return (
    tokens[index]!.lower === 't' &&
    APOSTROPHES.has(tokens[index - 1]?.text ?? '') &&
    stem !== undefined &&
    CONTRACTED_NEGATION_STEMS.has(stem.lower)
  );
}
