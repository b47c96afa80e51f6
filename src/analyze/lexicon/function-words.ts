import { PRONOUNS } from './pronouns.js';

/**
 * Closed-class English words, in one home. Noun phrases are found without a tagger, by where they stop:
 * these words bound them.
 */

/** The articles: an apposition opening on one describes what it follows ("Anna Holt, a taxi driver"). */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'another',
  'some',
  'any',
  'each',
  'every',
  'no',
]);

/** Determiners that make a description indefinite: "a senior official" is never resolved to a person. */
export const INDEFINITE_DETERMINERS = new Set([
  'a',
  'an',
  'another',
  'some',
  'any',
  'one',
  'several',
  'two',
  'three',
  'many',
]);

export const PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'from',
  'by',
  'about',
  'after',
  'before',
  'during',
  'despite',
  'under',
  'over',
  'into',
  'onto',
  'through',
  'against',
  'between',
  'among',
  'without',
  'within',
  'toward',
  'towards',
  'upon',
  'across',
  'behind',
  'beyond',
  'since',
  'until',
  'via',
  'amid',
  'like',
  'near',
  'per',
  'than',
  'off',
  'out',
  'around',
  'along',
]);

export const CONJUNCTIONS = new Set([
  'and',
  'but',
  'or',
  'nor',
  'so',
  'yet',
  'as',
  'while',
  'because',
  'although',
  'though',
  'if',
  'when',
  'whereas',
  'unless',
  'since',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'what',
  'whether',
  'then',
  'once',
  'after',
  'before',
  'until',
  'however',
]);

/** Sentence openers that continue the previous account ("And he said ..."). */
export const CONTINUATION_OPENERS = new Set(['and', 'then', 'so', 'later', 'afterwards', 'also']);

/** Pronouns that open a relative clause ("X, who ..."), lower-cased. */
export const RELATIVE_PRONOUNS = new Set(['who', 'whose', 'whom', 'which']);

/** Auxiliaries and modals that open a predicate ("is", "would"); WordNet lists none of them as verbs. */
export const AUXILIARIES = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'should',
  'may',
  'might',
  'must',
  'does',
  'did',
  'do',
]);

/** Words that are never the head of a person's noun phrase. */
export const NON_HEADS = new Set([
  ...DETERMINERS,
  ...PREPOSITIONS,
  ...CONJUNCTIONS,
  ...AUXILIARIES,
  'be',
  'been',
  'not',
  'it',
  'there',
  'here',
  'also',
  'very',
]);

/** Adverbs that open a sentence and so are capitalized before a name ("Meanwhile Petra Holm said"). */
export const SENTENCE_ADVERBS = new Set(
  `meanwhile however separately elsewhere still yet also later earlier instead today yesterday now then
  afterwards afterward finally moreover indeed likewise similarly nevertheless nonetheless otherwise
  previously recently subsequently tonight overnight initially`.split(/\s+/u),
);

/** Determiners, prepositions, conjunctions and pronouns: words that open no name, capitalized or not. */
export const isFunctionWord = (word: string): boolean =>
  DETERMINERS.has(word) || PREPOSITIONS.has(word) || CONJUNCTIONS.has(word) || PRONOUNS.has(word);
