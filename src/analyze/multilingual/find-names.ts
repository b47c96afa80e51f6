/**
 * People named in an article in any of the five languages: a known given name (Cyrillic in any case form,
 * or a Latin spelling) followed by a capitalized family name is a person; a family name alone is that person
 * again, in any case form; and a capitalized word where a source stands (before or after a cue) is a person
 * known by one name. Mentions are grouped into people by family name and given name.
 */
import { GIVEN_NAME_GENDERS } from '../lexicon/given-names.js';
import { CYRILLIC_GIVEN_NAMES, EUROPEAN_GIVEN_NAMES } from './cyrillic-given-names.js';
import { familyNominatives, givenNameForms, sameFamilyName } from './inflection.js';
import type { Gender } from './language-rules.js';
import { latinSpellings } from './transliterate.js';
import { inBackground } from './find-background.js';
import type { Span } from '../../types.js';

export interface NameMention {
  readonly start: number;
  readonly end: number;
  /** The given name's nominative (lower case), or null for a family name alone. */
  readonly given: string | null;
  /** The family name as written. */
  readonly family: string;
  readonly gender: Gender | null;
}

export interface FoundPerson {
  readonly id: string;
  /** The name as the text writes it in the nominative (or the fullest form found). */
  readonly name: string;
  readonly given: string | null;
  readonly gender: Gender | null;
  readonly mentions: NameMention[];
}

/** Every form of a given name (lower case) to its nominative and gender: Cyrillic forms and Latin spellings. */
type GivenForm = { nominative: string; gender: 'male' | 'female' | null };
let givenForms: ReadonlyMap<string, GivenForm> | undefined;
/** Built on first use: an English-only run never needs it. */
const GIVEN_FORMS = (): ReadonlyMap<string, GivenForm> => (givenForms ??= buildGivenForms());
function buildGivenForms(): ReadonlyMap<string, GivenForm> {
  const forms = new Map<string, { nominative: string; gender: 'male' | 'female' | null }>();
  for (const [name, gender] of CYRILLIC_GIVEN_NAMES) {
    for (const form of givenNameForms(name))
      if (!forms.has(form)) forms.set(form, { nominative: name, gender });
    for (const spelling of latinSpellings(name))
      if (!forms.has(spelling)) forms.set(spelling, { nominative: spelling, gender });
  }
  for (const [name, gender] of [...EUROPEAN_GIVEN_NAMES, ...GIVEN_NAME_GENDERS])
    if (!forms.has(name)) forms.set(name, { nominative: name, gender });
  return forms;
}

const fold = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A given name's nominative and gender, if the word is one in any case form. */
export function givenName(word: string): { nominative: string; gender: 'male' | 'female' | null } | null {
  return GIVEN_FORMS().get(word.toLowerCase()) ?? GIVEN_FORMS().get(fold(word)) ?? null;
}

const CAPITALIZED = /^\p{Lu}[\p{L}\p{M}’'-]*$/u;
export const isCapitalized = (word: string): boolean => CAPITALIZED.test(word) && word.length > 1;

/** Words with their offsets: letters, marks, digits, inner apostrophes and hyphens. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}
export function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  const pattern = /[\p{L}\p{M}\p{N}]+(?:[’'-][\p{L}\p{M}\p{N}]+)*/gu;
  pattern.lastIndex = start;
  for (let match = pattern.exec(text); match !== null && match.index < end; match = pattern.exec(text))
    words.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  return words;
}

const genderOf = (gender: 'male' | 'female' | null): Gender | null =>
  gender === 'male' ? 'm' : gender === 'female' ? 'f' : null;

/** A family name's gender from its ending, for Cyrillic names (Орлова, Вербицька) when no given name says. */
function familyGender(family: string): Gender | null {
  if (!/[\p{Script=Cyrillic}]/u.test(family)) return null;
  if (/(ова|ева|іна|ина|ська|цька|зька|ая)$/u.test(family.toLowerCase())) return 'f';
  if (/(ов|ев|ін|ин|ський|цький|ий|ой)$/u.test(family.toLowerCase())) return 'm';
  return null;
}

/**
 * Full names in the text: a given name followed by one or two capitalized words (a hyphenated family name
 * counts as one), as NameMentions. Particles that join family names ("de", "von", "van") are kept. A word
 * the article's language uses as a function word is no given name there, whatever name lists say ("Der
 * Streit", "La ministra", "El alcalde": Der, La and El are given names somewhere).
 */
export function findFullNames(
  words: readonly Word[],
  text: string,
  isFunctionWord: (word: string) => boolean = () => false,
): NameMention[] {
  const mentions: NameMention[] = [];
  for (let index = 0; index < words.length - 1; index += 1) {
    const first = words[index]!;
    if (!isCapitalized(first.text)) continue;
    const given = isFunctionWord(first.text) ? null : givenName(first.text);
    if (given === null) continue;
    let last = index + 1;
    const next = words[last]!;
    // Only white space between the given name and the family name.
    if (!/^[\s\u00a0]+$/u.test(text.slice(first.end, next.start))) continue;
    if (!isCapitalized(next.text)) continue;
    // A second given name ("Jean Pierre Dupont"): the family name is the word after it.
    const after = words[last + 1];
    if (
      after &&
      isCapitalized(after.text) &&
      /^[\s\u00a0]+$/u.test(text.slice(next.end, after.start)) &&
      givenName(next.text) !== null
    )
      last += 1;
    const family = words[last]!;
    mentions.push({
      start: first.start,
      end: family.end,
      given: given.nominative,
      family: family.text,
      gender: genderOf(given.gender) ?? familyGender(family.text),
    });
    index = last;
  }
  return mentions;
}

/**
 * Two capitalized Cyrillic words inside a sentence: Ukrainian and Russian capitalize names and little else,
 * so such a pair is a person's name ("комісарка Катрін Вендельштайн") even when the given name is not a known
 * one. Words in capitals (ГЕС, ЄС) and pairs opening a sentence are not.
 */
const ADJECTIVE_ENDING =
  /(ой|ий|ій|ый|ая|яя|ое|ее|ого|его|ому|ему|ої|ою|ної|ном|ній|ська|цька|зька|ські|ских|ских|ных|них|ская|ское|ська|ной|ная|ные|ні|на)$/u;

export function findCyrillicPairs(
  words: readonly Word[],
  text: string,
  isTitle: (word: string) => boolean = () => false,
): NameMention[] {
  const mentions: NameMention[] = [];
  for (let index = 1; index < words.length - 1; index += 1) {
    const [first, second] = [words[index]!, words[index + 1]!];
    if (
      !/^\p{Script=Cyrillic}/u.test(first.text) ||
      !isCapitalized(first.text) ||
      !isCapitalized(second.text)
    )
      continue;
    if (/^\p{Lu}+$/u.test(first.text) || /^\p{Lu}+$/u.test(second.text)) continue;
    if (!/^[\p{Script=Cyrillic}’'-]+$/u.test(second.text)) continue;
    const given = givenName(first.text);
    // An adjective's ending ("Верховна Рада", "Днестровской области") is a place or an institution's name.
    if (given === null && ADJECTIVE_ENDING.test(first.text.toLowerCase())) continue;
    // A place before a name ("у Днестровой Галина Довженко"): the name starts at the second word.
    if (given === null && givenName(second.text) !== null) continue;
    if (!/^[\s\u00a0]+$/u.test(text.slice(first.end, second.start))) continue;
    const before = text.slice(words[index - 1]!.end, first.start);
    if (/[.!?«»“„—–:]/u.test(before) || before.includes('\n')) continue;
    // Part of a longer capitalized Cyrillic name (an institution's); a Latin brand before it does not count,
    // nor a title capitalized because it opens the sentence ("Єврокомісарка Катрін Вендельштайн сказала").
    if (
      isCapitalized(words[index - 1]!.text) &&
      !isTitle(words[index - 1]!.text.toLowerCase()) &&
      /^\p{Script=Cyrillic}/u.test(words[index - 1]!.text) &&
      /^[\s\u00a0]+$/u.test(before)
    )
      continue;
    mentions.push({
      start: first.start,
      end: second.end,
      given: given?.nominative ?? first.text.toLowerCase(),
      family: second.text,
      gender: genderOf(given?.gender ?? null) ?? familyGender(second.text),
    });
    index += 1;
  }
  return mentions;
}

/**
 * The mention of a family name alone at these words, if it is the family name of a found person. Of two
 * people of one family name ("Олена Кравець" and "Максим Кравець"), the one named last before it, not
 * counting names in the background ("Olena Krawez – nicht verwandt mit Maxym Krawez – führte …", see
 * find-background.ts) unless only the background names them.
 */
export function familyMention(
  word: Word,
  people: readonly FoundPerson[],
  background: readonly Span[] = [],
): FoundPerson | null {
  if (!isCapitalized(word.text)) return null;
  const matching = people.filter((person) =>
    person.mentions.some((mention) => sameFamilyName(mention.family, word.text)),
  );
  if (matching.length <= 1) return matching[0] ?? null;
  const outside = (mention: NameMention) => !inBackground(background, mention);
  const anyOutside = matching.some((person) => lastMention(person, word.start, outside) >= 0);
  const order = (person: FoundPerson) => lastMention(person, word.start, anyOutside ? outside : () => true);
  return matching.sort((a, b) => order(b) - order(a))[0]!;
}

const lastMention = (
  person: FoundPerson,
  before: number,
  counted: (mention: NameMention) => boolean,
): number =>
  Math.max(
    -1,
    ...person.mentions
      .filter((mention) => mention.start < before && counted(mention))
      .map((mention) => mention.start),
  );

/**
 * Groups full-name mentions into people: same family name (in any case) and same given name. Each person is
 * named by a mention whose given name is written in the nominative, else by the guessed nominatives.
 */
export function groupFullNames(mentions: readonly NameMention[], text: string): FoundPerson[] {
  const people: (FoundPerson & { mentions: NameMention[] })[] = [];
  for (const mention of mentions) {
    const same = people.find(
      (person) =>
        person.given === mention.given &&
        person.mentions.some((other) => sameFamilyName(other.family, mention.family)),
    );
    if (same) same.mentions.push(mention);
    else
      people.push({
        id: `p${people.length + 1}`,
        name: '',
        given: mention.given,
        gender: mention.gender,
        mentions: [mention],
      });
  }
  return people.map((person) => ({ ...person, name: nominativeName(person, text) }));
}

/** The person's name in the nominative: a mention that writes the given name so, else the first mention. */
function nominativeName(person: FoundPerson, text: string): string {
  const nominative = person.mentions.find((mention) => {
    const givenWord = text.slice(mention.start, mention.end).split(/[\s\u00a0]+/u)[0]!;
    return fold(givenWord) === fold(person.given ?? '') || givenWord.toLowerCase() === person.given;
  });
  if (nominative) return text.slice(nominative.start, nominative.end).replace(/[\s\u00a0]+/gu, ' ');
  const first = person.mentions[0]!;
  const written = text.slice(first.start, first.end).split(/[\s\u00a0]+/u);
  const family = familyNominatives(first.family);
  const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
  // The guessed nominative of the family name: the rule's first guess beyond the form itself.
  const guessed = family[1] ?? family[0]!;
  return [capitalize(person.given ?? written[0]!), capitalize(guessed)].join(' ');
}
