import { nextWord, previousWord, type AnalysisContext } from './context.js';
import type { NameMention, PersonDraft } from './find-people.js';
import { INDEFINITE_DETERMINERS } from './lexicon/function-words.js';
import { NUMBER_WORDS } from './lexicon/time-words.js';
import type { Token } from './tokenize.js';

/*
 * Ages, as news states them of people ("Mancuso, 62,", "a 47-year-old farmer", "62-year-old Aurelio
 * Mancuso") and refers to people by them ("the 62-year-old said", "the elder Haddad").
 */

/** The age a description states ("the 62-year-old", "The 47-year-old minister"), or null. */
export function statedAge(words: readonly Token[]): number | null {
  for (let index = 0; index + 2 < words.length; index += 1)
    if (
      /^\d{1,3}$/u.test(words[index]!.text) &&
      words[index + 1]!.lower === 'year' &&
      words[index + 2]!.lower === 'old'
    )
      return Number(words[index]!.text);
  return null;
}

/** Parents and grandparents, as a description counts a person's children ("the mum-of-two"). */
const PARENT_WORDS = new Set(
  'mum mom mother dad father gran granny grandmother grandma nan grandfather grandad granddad grandpa parent'.split(
    ' ',
  ),
);

/**
 * Whether a description ends on a count of the person's children or grandchildren ("the gran-of-five",
 * "the father of four"), which, like an age, describes the person the story is about rather than naming a
 * role: the count is of the person's own family, not someone else's ("her mother" is a relation).
 */
export function isParentEpithet(words: readonly Token[]): boolean {
  const count = words.at(-1);
  const of = words.at(-2);
  const parent = words.at(-3);
  return (
    words.length >= 4 &&
    count !== undefined &&
    (/^\d{1,2}$/u.test(count.text) ||
      (NUMBER_WORDS.has(count.lower) && count.lower !== 'a' && count.lower !== 'an')) &&
    of?.lower === 'of' &&
    parent !== undefined &&
    PARENT_WORDS.has(parent.lower)
  );
}

/**
 * The ages the article states of a person: "Mancuso, 62," or "Sutrisno, a 47-year-old farmer," after a
 * mention, "62-year-old Aurelio Mancuso" before one.
 */
export function agesOf(context: AnalysisContext, mentions: readonly NameMention[]): number[] {
  // A person's mentions are one array for the whole resolution: read once, not for every description.
  const cached = AGES.get(mentions);
  if (cached) return cached;
  const ages = readAges(context, mentions);
  AGES.set(mentions, ages);
  return ages;
}

const AGES = new WeakMap<readonly NameMention[], number[]>();

function readAges(context: AnalysisContext, mentions: readonly NameMention[]): number[] {
  const { tokens } = context;
  const ages: number[] = [];
  for (const mention of mentions) {
    const comma = nextWord(tokens, mention.name.last);
    if (tokens[comma]?.text === ',') {
      let next = nextWord(tokens, comma);
      if (INDEFINITE_DETERMINERS.has(tokens[next]?.lower ?? '')) next = nextWord(tokens, next);
      const number = tokens[next];
      if (number && /^\d{1,3}$/u.test(number.text)) {
        const after = tokens[nextWord(tokens, next)];
        if (after?.text === ',' || after?.text === '-') ages.push(Number(number.text));
      }
    }
    // "the 62-year-old Aurelio Mancuso": the words before the mention.
    const before = [previousWord(tokens, mention.first)];
    for (let step = 0; step < 4; step += 1) before.push(previousWord(tokens, before.at(-1)!));
    const [old, , year, , number] = before.map((index) => tokens[index]);
    if (old?.lower === 'old' && year?.lower === 'year' && number && /^\d{1,3}$/u.test(number.text))
      ages.push(Number(number.text));
  }
  return ages;
}

/** The one person whose stated age is `age`; null when none is, or several are. */
export function personOfAge(
  context: AnalysisContext,
  people: readonly PersonDraft[],
  age: number,
): PersonDraft | null {
  const ofAge = people.filter((person) => agesOf(context, person.mentions).includes(age));
  return ofAge.length === 1 ? ofAge[0]! : null;
}

/**
 * The ages at which the article introduces someone unnamed ("a 34-year-old man", not "Sutrisno, a
 * 47-year-old farmer,"), each with the token where it first does; read once an article.
 */
export function unnamedAgesOf(context: AnalysisContext): ReadonlyMap<number, number> {
  const cached = UNNAMED_AGES.get(context.tokens);
  if (cached) return cached;
  const { tokens } = context;
  const ages = new Map<number, number>();
  for (let index = 0; index < tokens.length; index += 1) {
    const word = tokens[index]!;
    if (word.kind !== 'word' || !/^\d{1,3}$/u.test(word.text)) continue;
    const article = previousWord(tokens, index);
    if (!INDEFINITE_DETERMINERS.has(tokens[article]?.lower ?? '')) continue;
    if (tokens[previousWord(tokens, article)]?.text === ',') continue;
    const age = Number(word.text);
    if (!ages.has(age)) ages.set(age, index);
  }
  UNNAMED_AGES.set(context.tokens, ages);
  return ages;
}

const UNNAMED_AGES = new WeakMap<readonly Token[], Map<number, number>>();
