/**
 * The media words are said in, in English, in one home: the nouns that name a medium ("his memoirs", "a
 * statement", "a press conference"), the platforms posted on ("on X"), and the words that introduce a
 * medium to a reporting verb ("said in a statement", "told a hearing"). Occasions that date words
 * ("a conversation in February 2022") are another concept, in occasions.ts.
 */
import { MEDIA, type MediumKind } from '../../types.js';

/** Nouns that name a medium, singular and plural, lower-cased. */
export const MEDIUM_NOUNS: ReadonlyMap<string, MediumKind> = new Map<string, MediumKind>([
  ['memoir', 'memoir'],
  ['memoirs', 'memoir'],
  ['autobiography', 'memoir'],
  ['book', 'book'],
  ['books', 'book'],
  ['interview', 'interview'],
  ['interviews', 'interview'],
  ['statement', 'statement'],
  ['statements', 'statement'],
  ['communique', 'statement'],
  ['post', 'post'],
  ['posts', 'post'],
  ['tweet', 'post'],
  ['tweets', 'post'],
  ['speech', 'speech'],
  ['speeches', 'speech'],
  ['address', 'speech'],
  ['lecture', 'speech'],
  ['sermon', 'speech'],
  ['rally', 'speech'],
  ['letter', 'letter'],
  ['letters', 'letter'],
  ['briefing', 'briefing'],
  ['briefings', 'briefing'],
  ['broadcast', 'broadcast'],
  ['podcast', 'broadcast'],
  ['television', 'broadcast'],
  ['tv', 'broadcast'],
  ['radio', 'broadcast'],
  ['hearing', 'hearing'],
  ['testimony', 'hearing'],
  ['debate', 'debate'],
  ['report', 'report'],
]);

/** Two-word names whose last word alone names no medium ("a conference" is not a press conference). */
export const MEDIUM_COMPOUNDS: ReadonlyMap<string, MediumKind> = new Map<string, MediumKind>([
  ['press conference', 'press conference'],
  ['news conference', 'press conference'],
  ['press release', 'statement'],
  ['news release', 'statement'],
]);

/** Words after a medium noun that make it a modifier of another noun ("a book tour", "the hearing room"). */
export const MEDIUM_NOUN_BLOCKERS = new Set(
  `tour launch signing deal fair club room writer audience audiences host hosts program programme show
  station listeners viewers moderator moderators stage analysis performance prep transcript`.split(/\s+/u),
);

/** Medium nouns that also name a station, and so stay media when capitalized ("told Tessby Radio"). */
export const STATION_NOUNS = new Set(['radio', 'television', 'tv']);

/** Participles of verbs of speech that describe a medium rather than report ("a written statement"). */
export const MEDIUM_PARTICIPLES = new Set(['written', 'sworn']);

/** Platforms posted on, lower-cased, as they follow "on" ("wrote on X", "said on Telegram"). */
export const PLATFORMS: ReadonlyMap<string, MediumKind> = new Map<string, MediumKind>([
  ['x', 'post'],
  ['twitter', 'post'],
  ['facebook', 'post'],
  ['telegram', 'post'],
  ['instagram', 'post'],
  ['threads', 'post'],
  ['bluesky', 'post'],
  ['linkedin', 'post'],
  ['tiktok', 'post'],
  ['weibo', 'post'],
  ['youtube', 'post'],
  ['truth social', 'post'],
  ['social media', 'post'],
]);

/**
 * Prepositions that introduce the medium of a reporting verb, with the kinds each may introduce (null:
 * every kind). "In the debate over taxes" is a discussion, not a debate the words were said at; "on the
 * report" is a topic.
 */
export const MEDIUM_PREPOSITIONS: ReadonlyMap<string, ReadonlySet<MediumKind> | null> = new Map<
  string,
  ReadonlySet<MediumKind> | null
>([
  [
    'in',
    // Every medium but a debate: "in the debate" is where, not what, the words were said in.
    new Set<MediumKind>(MEDIA.filter((kind) => kind !== 'debate')),
  ],
  ['at', null],
  ['during', null],
  ['on', new Set<MediumKind>(['post', 'broadcast'])],
]);

/** Media that can stand as a source themselves ("the statement said", "according to his memoirs"). */
export const SPEAKING_MEDIA: ReadonlySet<MediumKind> = new Set<MediumKind>([
  'memoir',
  'book',
  'statement',
  'post',
  'letter',
  'report',
]);

/** Reporting verbs whose object may be the medium itself ("told a press conference", "told state television"). */
export const MEDIUM_OBJECT_VERBS = new Set(['tell']);

/** Pronouns after "in" that point back to a medium named before ("has published his memoirs. In them, ..."). */
export const MEDIUM_ANAPHORS = new Set(['it', 'them']);
