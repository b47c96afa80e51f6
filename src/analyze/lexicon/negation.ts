/**
 * The words that set an attribution's polarity, in English, in one home: negators and refusals that make
 * a report say the source did not say something ("did not say", "never claimed", "refused to say",
 * "stopped short of saying"), verbs of denial ("denied that", "rejected claims that"), and the words of a
 * verb group that may stand between them and the reporting verb ("has not yet said").
 */
import { CUE_MODIFIERS, regularForms } from './cue-verbs.js';

const formsOf = (lemmas: readonly string[]): string[] =>
  lemmas.flatMap((lemma) => [lemma, ...regularForms(lemma)]);

/** Words that negate the verb group they stand in. */
export const NEGATORS = new Set(['not', 'never', 'cannot']);

/** Word halves before `'t` in a contracted negation ("didn't", "won't", "can't"). */
export const CONTRACTED_NEGATION_STEMS = new Set([
  'don',
  'doesn',
  'didn',
  'isn',
  'aren',
  'wasn',
  'weren',
  'hasn',
  'haven',
  'hadn',
  'won',
  'wouldn',
  'can',
  'couldn',
  'shouldn',
  'mustn',
  'needn',
  'ain',
]);

/**
 * Words that govern a reporting verb and say the words were not said: "refused to say", "declined to
 * confirm", "failed to mention", "has yet to say", "avoided saying", "refrained from saying", "stopped short
 * of saying", "without saying".
 */
export const REFUSALS = new Set([
  ...formsOf(['refuse', 'decline', 'fail', 'avoid', 'refrain']),
  'yet',
  'short',
  'without',
  'unwilling',
  'unable',
]);

/** Verbs of denial: the source says the content is not so ("denied that", "dismissed reports that"). */
export const DENIAL_FORMS = new Set([
  ...formsOf(['deny', 'reject', 'dismiss', 'refute', 'dispute', 'repudiate', 'disavow']),
  'rebut',
  'rebuts',
  'rebutted',
  'rebutting',
]);

/**
 * Words that may stand in the verb group before a reporting verb without ending it: auxiliaries, the
 * adverbs that may sit between a source and its cue, the particles of "refused to say" and "short of saying",
 * and the verbs that pass a negation on ("did not want to say", "was not prepared to confirm").
 */
export const VERB_GROUP_WORDS = new Set([
  ...CUE_MODIFIERS,
  'am',
  'be',
  'can',
  'shall',
  'should',
  'must',
  'having',
  'ever',
  'yet',
  'so',
  'far',
  'to',
  'of',
  'from',
  ...formsOf(['want', 'wish', 'care', 'dare', 'need']),
  'chose',
  'choose',
  'willing',
  'prepared',
  'ready',
  'able',
  'going',
]);

/** Words after "not" that take the negation away from the verb ("not only said ..."). */
export const NEGATION_CANCELLERS = new Set(['only', 'just', 'merely', 'simply']);
