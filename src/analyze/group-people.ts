import type { Span } from '../types.js';
import type { AnalysisContext } from './context.js';
import { previousWord } from './context.js';
import { ELDER_WORDS, HONORIFICS, YOUNGER_WORDS } from './lexicon/roles.js';
import { agesOf } from './stated-ages.js';
import { NAME_PARTICLES, nameWordsOf, wordsOf, type NameMention, type PersonDraft } from './find-people.js';
import { genderOfGivenName, isGivenName, SURNAMES_WRITTEN_FIRST } from './lexicon/given-names.js';
import { isKnownWord, isPersonNoun } from './model/word-classes.js';
import {
  AUXILIARIES,
  CONJUNCTIONS,
  DETERMINERS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  SENTENCE_ADVERBS,
} from './lexicon/function-words.js';
import { PRONOUNS } from './lexicon/pronouns.js';
import type { TokenRange } from './noun-phrases.js';

const nameKey = (context: AnalysisContext, range: TokenRange): string =>
  nameWordsOf(context.tokens, range)
    .map((token) => token.lower)
    .join(' ');

/** Generational suffixes: part of the family name they follow. */
const SUFFIXES = new Set(['jr', 'sr']);

/** Two words or more, not counting a suffix: "Halden Jr." is a family name, like "Halden". */
const isFullName = (context: AnalysisContext, range: TokenRange): boolean => {
  const words = wordsOf(context.tokens, range).map((token) => token.lower);
  return (SUFFIXES.has(words.at(-1)!) ? words.length - 1 : words.length) >= 2;
};

const surnameOf = (context: AnalysisContext, range: TokenRange): string => context.tokens[range.last]!.lower;

/**
 * A given name and a family name, two words, not after a preposition, whose family name alone is a sayer
 * elsewhere: the given name in the lexicon, or a word WordNet does not know ("Priya Shah", "Hanne Lund"),
 * not "Republican Donald Trump", "Senate Republicans" or "Maybe Trump".
 */
function isSayersFullName(
  context: AnalysisContext,
  mention: NameMention,
  sayers: ReadonlySet<string>,
): boolean {
  const { tokens } = context;
  const words = wordsOf(tokens, mention.name);
  if (words.length !== 2 || !sayers.has(surnameOf(context, mention.name))) return false;
  // Not after a preposition, where a place is named as often ("Crowds in Maidan Kyiv cheered").
  const before = tokens[previousWord(tokens, mention.first)]?.lower ?? '';
  if (PREPOSITIONS.has(before)) return false;
  // Two words apart ("Cruz-Rubio" is a pairing), the first no function word ("Of Sanders", "Will Sanders").
  if (context.text.slice(words[0]!.end, words[1]!.start) !== ' ') return false;
  const given = words[0]!.lower;
  if (NOT_GIVEN_NAMES.some((set) => set.has(given))) return false;
  return isGivenName(given) || !isKnownWord(given);
}

/** Words that open a capitalized run without being a given name. */
const NOT_GIVEN_NAMES: readonly ReadonlySet<string>[] = [
  DETERMINERS,
  PREPOSITIONS,
  CONJUNCTIONS,
  AUXILIARIES,
  RELATIVE_PRONOUNS,
  SENTENCE_ADVERBS,
  new Set(PRONOUNS.keys()),
  // "of" is no preposition to the lexicon, which reads it inside names ("Bank of Holm").
  new Set(['of', 'how', 'why', 'what', 'when', 'where', 'will', 'may']),
];

/**
 * Groups name mentions into the people of one article. Full names with evidence found people; a bare
 * surname joins the person whose full name ends with it (the most recently mentioned one when several
 * share it: Hillary and Bill Clinton); a name with no evidence that matches nobody is not a person.
 */
export function groupPeople(
  context: AnalysisContext,
  mentions: readonly NameMention[],
): { people: PersonDraft[]; personOf: Map<NameMention, PersonDraft> } {
  const people: PersonDraft[] = [];
  const byKey = new Map<string, PersonDraft>();
  const personOf = new Map<NameMention, PersonDraft>();
  const found = (mention: NameMention): PersonDraft => {
    const key = nameKey(context, mention.name);
    let person = byKey.get(key);
    if (!person) {
      person = {
        key,
        name: mention.name,
        mentions: [],
        roles: [],
        aliases: new Set(),
        gender: genderOfName(context, mention),
      };
      byKey.set(key, person);
      people.push(person);
    }
    return person;
  };
  // Full names first (two words or more, with evidence), so that surnames anywhere can join them. A full
  // name whose family name alone is a sayer elsewhere ("Priya Shah met the union. ... Shah said") is a
  // person too: a given name the lexicon lacks is no evidence against one. Not where a full name with
  // evidence has that family name ("Donald Trump" ... "Ivanka Trump" ... "Trump said": his words).
  const established = new Set(
    mentions
      .filter((mention) => mention.evidence && isFullName(context, mention.name))
      .map((mention) => surnameOf(context, mention.name)),
  );
  const sayers = new Set(
    mentions
      .filter((mention) => mention.sayer && mention.name.first === mention.name.last)
      .map((mention) => surnameOf(context, mention.name))
      .filter((surname) => !established.has(surname)),
  );
  const founding = mentions.filter((mention) =>
    mention.evidence ? isFullName(context, mention.name) : isSayersFullName(context, mention, sayers),
  );
  const foundingKeys = new Set(founding.map((mention) => nameKey(context, mention.name)));
  // Family names written after a word other than an honorific somewhere ("Marine Le Pen", where "Marine"
  // was read as a role): another first name's, which no mention of them may join to a fuller name.
  const titled = new Set(
    mentions
      .filter((mention) => mention.role && !onlyHonorifics(context, mention.role))
      .map((mention) => nameKey(context, mention.name)),
  );
  const tails = new Map<NameMention, string>();
  for (const mention of founding) {
    const key = nameKey(context, mention.name);
    const fuller = fullerNameOf(key, foundingKeys) ?? withMiddleNameOf(key, foundingKeys);
    if (fuller === null) personOf.set(mention, found(mention));
    else tails.set(mention, fuller);
  }
  for (const [mention, fuller] of tails) {
    const person = byKey.get(fuller)!;
    personOf.set(
      mention,
      joinsFullerName(context, mention, person, titled, fuller) ? person : found(mention),
    );
  }
  // Each person under the first and last word of their name, for surname (or given-name) look-ups.
  const byPart = new Map<string, PersonDraft[]>();
  const index = (person: PersonDraft): void => {
    const parts = person.key.split(' ');
    // "Joris Halden Jr." is found as "Halden Jr.", never as "Halden" (that is his father).
    const family =
      parts.length > 2 && SUFFIXES.has(parts.at(-1)!) ? parts.slice(-2).join(' ') : parts.at(-1)!;
    for (const part of new Set([parts[0]!, family, ...paternalSurname(parts)]))
      byPart.set(part, [...(byPart.get(part) ?? []), person]);
  };
  people.forEach(index);
  for (const mention of mentions) {
    if (personOf.has(mention)) continue;
    const key = nameKey(context, mention.name);
    const fuller = key.includes(' ')
      ? (fullerNameOf(key, byKey.keys()) ?? withMiddleNameOf(key, byKey.keys()))
      : null;
    const fullerPerson = fuller === null ? undefined : byKey.get(fuller);
    const exact =
      byKey.get(key) ??
      (fullerPerson && joinsFullerName(context, mention, fullerPerson, titled, fuller!)
        ? fullerPerson
        : undefined);
    // A bare family name shared by nobody else is also the family name of a "Jr." (his father unnamed here).
    // "the younger Vos" may be the "Jr." too, so both are candidates when an age word precedes the name.
    const juniors = byPart.get(`${key} jr`) ?? [];
    const plain = byPart.get(key) ?? [];
    const byPartOrJunior =
      plain.length === 0 ? juniors : ageWordOf(context, mention) !== null ? [...plain, ...juniors] : plain;
    const bySurname = exact ? [exact] : narrowNamesakes(context, mention, byPartOrJunior, personOf);
    if (bySurname.length > 0) {
      personOf.set(
        mention,
        bySurname.length === 1
          ? bySurname[0]!
          : (calledSoBefore(context, bySurname, personOf, mention) ??
              nearestBefore(bySurname, personOf, mention) ??
              firstMentioned(bySurname, personOf) ??
              bySurname[0]!),
      );
    } else if (mention.evidence) {
      const person = found(mention);
      personOf.set(mention, person);
      index(person);
    }
  }
  // Single-word people (Biden) join a fuller name that ends with them if one was found later.
  for (const [mention, person] of personOf) {
    person.mentions.push(mention);
    if (mention.role) person.roles.push(spanOf(context, mention.role));
    if (
      mention.name.last - mention.name.first > person.name.last - person.name.first &&
      surnameOf(context, mention.name) === surnameOf(context, person.name)
    )
      person.name = mention.name;
  }
  for (const person of people) person.mentions.sort((a, b) => a.first - b.first);
  return { people: people.filter((person) => person.mentions.length > 0), personOf };
}

/**
 * The first of two family names, by which Spanish and Portuguese writing calls a person on second mention
 * ("Montoya" of "Rafael Montoya Ibáñez", "Rivas" of "Ana Rivas Ortega"): the middle word of a name of
 * three, when it is no given name, particle or initial and the last no common word ("Hillary Rodham Clinton" keeps "Rodham", which
 * no other name of the article is likely to claim).
 */
function paternalSurname(parts: readonly string[]): string[] {
  // The second family name is no common word ("Rachel Maddow Show", "Hillary Clinton Goes"), though
  // WordNet may know it as a person's ("Ortega", "Castro").
  if (parts.length !== 3) return [];
  const [, middle, last] = parts as [string, string, string];
  if (SUFFIXES.has(last) || (isKnownWord(last) && !isPersonNoun(last))) return [];
  if (middle.length < 3 || middle.includes('.') || NAME_PARTICLES.has(middle) || isGivenName(middle))
    return [];
  return [middle];
}

/**
 * The one longer full name among `keys` that ends with the words of `key`, a family name of two words or
 * more written alone ("Kovács-Szabó" of "Zsófia Kovács-Szabó", "Ní Bhriain" of "Síle Ní Bhriain", "Van der
 * Berg" of "Marieke van der Berg"); null
 * when there is none or several, or when `key` opens on a given name ("Mary Smith" is no family name).
 */
function fullerNameOf(key: string, keys: Iterable<string>): string | null {
  const words = key.split(' ');
  // "Al-Mansouri" and "Van der Berg" open on a particle capitalized, not on "Al" or "Van".
  if (isGivenName(words[0]!) && !NAME_PARTICLES.has(words[0]!)) return null;
  let fuller: string | null = null;
  for (const other of keys) {
    if (other.length <= key.length || !other.endsWith(` ${key}`)) continue;
    if (fuller !== null) return null;
    fuller = other;
  }
  return fuller;
}

/**
 * The one longer name among `keys` that is `key` with a middle name or initials between its given and
 * family names ("donald j trump", "hillary rodham clinton" of "donald trump", "hillary clinton"): the same
 * person, named in full once. Null where there is none or several ("george w bush" and "george h w bush"
 * of "george bush"), or where `key` is not a given and a family name.
 */
function withMiddleNameOf(key: string, keys: Iterable<string>): string | null {
  const words = key.split(' ');
  if (words.length !== 2 || SUFFIXES.has(words[1]!)) return null;
  const [given, family] = words;
  let fuller: string | null = null;
  for (const other of keys) {
    const parts = other.split(' ');
    if (parts.length < 3 || parts.length > 4 || parts[0] !== given || parts.at(-1) !== family) continue;
    if (fuller !== null) return null;
    fuller = other;
  }
  return fuller;
}

/**
 * Namesakes told apart by what is written with the family name: an honorific's gender ("Ms. Strand" among
 * Pavel and Mira Strand), or "the elder Vos" / "the younger Vos" between a father and his namesake "Jr.".
 */
function narrowNamesakes(
  context: AnalysisContext,
  mention: NameMention,
  candidates: readonly PersonDraft[],
  personOf: ReadonlyMap<NameMention, PersonDraft>,
): readonly PersonDraft[] {
  if (candidates.length < 2) return candidates;
  let narrowed = candidates;
  const gender = honorificGender(context, mention);
  if (gender) {
    const agreeing = narrowed.filter((person) => person.gender === gender);
    if (agreeing.length > 0) narrowed = agreeing;
    else narrowed = narrowed.filter((person) => person.gender === null);
  }
  // "Senator Brink" between Senator Lotte Brink and Judge Harald Brink: the one the article gave that title.
  if (mention.role && narrowed.length > 1) {
    const titles = new Set(roleWordsOf(context, [mention]));
    const titled = narrowed.filter((person) =>
      roleWordsOf(context, mentionsSoFar(person, personOf)).some((word) => titles.has(word)),
    );
    if (titled.length > 0) narrowed = titled;
  }
  const age = ageWordOf(context, mention);
  if (age && narrowed.length > 1) {
    const junior = (person: PersonDraft): boolean => person.key.endsWith(' jr');
    const senior = (person: PersonDraft): boolean => person.key.endsWith(' sr');
    let byAge: readonly PersonDraft[] = narrowed.filter((person) =>
      age === 'younger' ? junior(person) : senior(person) || !junior(person),
    );
    // Without "Jr.": the ages the article states ("Omar Haddad, 41," and "Ibrahim Haddad, 73,").
    if (byAge.length === 0 || byAge.length === narrowed.length)
      byAge = byStatedAge(context, narrowed, age, personOf);
    if (byAge.length > 0 && byAge.length < narrowed.length) narrowed = byAge;
  }
  return narrowed.length > 0 ? narrowed : candidates;
}

/** A person's mentions grouped so far: they are gathered into `mentions` only once all are grouped. */
const mentionsSoFar = (person: PersonDraft, personOf: ReadonlyMap<NameMention, PersonDraft>): NameMention[] =>
  [...personOf].filter(([, of]) => of === person).map(([mention]) => mention);

/** The role words written before mentions, in lower case, honorifics of either sex left out ("Dr." stays). */
const roleWordsOf = (context: AnalysisContext, mentions: readonly NameMention[]): string[] =>
  mentions.flatMap((mention) =>
    mention.role
      ? wordsOf(context.tokens, mention.role)
          .map((word) => word.lower)
          .filter((word) => !MALE_TITLES.has(word) && !FEMALE_TITLES.has(word))
      : [],
  );

/** The eldest or youngest of namesakes whose ages are all stated; all of them when some age is not. */
function byStatedAge(
  context: AnalysisContext,
  namesakes: readonly PersonDraft[],
  age: 'elder' | 'younger',
  personOf: ReadonlyMap<NameMention, PersonDraft>,
): readonly PersonDraft[] {
  const ages = namesakes.map((person) => agesOf(context, mentionsSoFar(person, personOf))[0]);
  if (ages.some((stated) => stated === undefined)) return namesakes;
  const wanted = age === 'elder' ? Math.max(...(ages as number[])) : Math.min(...(ages as number[]));
  return namesakes.filter((_, index) => ages[index] === wanted);
}

/**
 * "the younger Vos", "the elder Mr. Vos": an age word right before the name, or before its honorific, or
 * read as the mention's role.
 */
function ageWordOf(context: AnalysisContext, mention: NameMention): 'elder' | 'younger' | null {
  const { tokens } = context;
  for (const first of new Set([mention.first, mention.name.first])) {
    const before = tokens[previousWord(tokens, first)]?.lower ?? '';
    if (ELDER_WORDS.has(before)) return 'elder';
    if (YOUNGER_WORDS.has(before)) return 'younger';
  }
  return null;
}

/**
 * Whether a family name written alone may join the full name it ends: not when the article writes that
 * family name after a word other than an honorific (`titled`: "Marine Le Pen", where "Marine" was read as
 * a role, is not her father Jean-Marie Le Pen), nor when its honorific's gender is not the full name's.
 */
function joinsFullerName(
  context: AnalysisContext,
  mention: NameMention,
  person: PersonDraft,
  titled: ReadonlySet<string>,
  fuller: string,
): boolean {
  const key = nameKey(context, mention.name);
  // A title before a given name and a family name ("nominee Donald Trump") cannot have been read from a
  // given name, as "Marine" of "Marine Le Pen" can: the name it joins shares its given name.
  const sameGiven = key.includes(' ') && fuller.startsWith(`${key.split(' ')[0]} `);
  if (titled.has(key) && !sameGiven) return false;
  const gender = honorificGender(context, mention);
  return gender === null || person.gender === null || gender === person.gender;
}

const onlyHonorifics = (context: AnalysisContext, role: TokenRange): boolean =>
  wordsOf(context.tokens, role).every((word) => HONORIFICS.has(word.lower));

function honorificGender(context: AnalysisContext, mention: NameMention): 'male' | 'female' | null {
  if (!mention.role) return null;
  for (const word of wordsOf(context.tokens, mention.role).reverse()) {
    if (MALE_TITLES.has(word.lower)) return 'male';
    if (FEMALE_TITLES.has(word.lower)) return 'female';
  }
  return null;
}

const MALE_TITLES = new Set([
  'mr',
  'sir',
  'lord',
  'sheikh',
  'emir',
  'sultan',
  'datuk',
  'dato',
  'alhaji',
  'shri',
]);
const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'sheikha', 'datin', 'hajia', 'smt']);

/**
 * Of namesakes, the one an earlier mention written the same way was already taken for: "Governor Eleni
 * Papadakis won ... Papadakis took 47 per cent, independent Nikos Papadakis 12 per cent ... Papadakis told
 * supporters" is the governor again, as a writer who calls one namesake by the family name alone gives the
 * other the full name. Undefined where no earlier mention, or several people's, was written so.
 */
function calledSoBefore(
  context: AnalysisContext,
  candidates: readonly PersonDraft[],
  personOf: ReadonlyMap<NameMention, PersonDraft>,
  mention: NameMention,
): PersonDraft | undefined {
  const key = nameKey(context, mention.name);
  // Written the same way, title and all: "Ms. Chen" is not the person "Prof. Chen" was.
  const title = titleOf(context, mention);
  const called = new Set<PersonDraft>();
  for (const [other, person] of personOf)
    if (
      other.first < mention.first &&
      candidates.includes(person) &&
      nameKey(context, other.name) === key &&
      titleOf(context, other) === title
    )
      called.add(person);
  return called.size === 1 ? [...called][0] : undefined;
}

/** The words written before a mention's name ("ms.", "prof.", "former minister"), in lower case; "" for none. */
const titleOf = (context: AnalysisContext, mention: NameMention): string =>
  mention.role === null
    ? ''
    : context.text
        .slice(context.tokens[mention.role.first]!.start, context.tokens[mention.role.last]!.end)
        .toLowerCase();

/**
 * Of namesakes none of whom was named yet (a family name in a headline), the one the article names first:
 * "Grayson family drama" before "Alan Grayson ... his new wife, Dena Minning Grayson".
 */
function firstMentioned(
  candidates: readonly PersonDraft[],
  personOf: ReadonlyMap<NameMention, PersonDraft>,
): PersonDraft | undefined {
  let first: NameMention | undefined;
  for (const [mention, person] of personOf)
    if (candidates.includes(person) && (first === undefined || mention.first < first.first)) first = mention;
  return first === undefined ? undefined : personOf.get(first);
}

function nearestBefore(
  candidates: readonly PersonDraft[],
  personOf: Map<NameMention, PersonDraft>,
  mention: NameMention,
): PersonDraft | undefined {
  let best: PersonDraft | undefined;
  let bestPosition = -1;
  for (const [other, person] of personOf) {
    if (!candidates.includes(person) || other.first >= mention.first || other.first <= bestPosition) continue;
    best = person;
    bestPosition = other.first;
  }
  return best;
}

export function spanOf(context: AnalysisContext, range: TokenRange): Span {
  return { start: context.tokens[range.first]!.start, end: context.tokens[range.last]!.end };
}

/** A person's gender as their given name or honorific tells it (Mrs Holm, Petra Holm), else null. */
function genderOfName(context: AnalysisContext, mention: NameMention): 'male' | 'female' | null {
  const first = context.tokens[mention.name.first]!.lower;
  // "Chen Weiling", "Kim Jong Un": a family name that opens names written family first tells no gender,
  // though the English lists give "Chen" and "Kim" one ("Kim Davis" loses hers: no pronoun is kept from her).
  if (mention.name.last > mention.name.first && !SURNAMES_WRITTEN_FIRST.has(first)) {
    const gender = genderOfGivenName(first);
    if (gender) return gender;
  }
  return honorificGender(context, mention);
}
