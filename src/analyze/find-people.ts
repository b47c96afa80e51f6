import { isFiniteVerb } from './finite-verbs.js';
import { NUMBER_WORDS, TIME_WORDS } from './lexicon/time-words.js';
import { isHeadlineBlock } from './headline-blocks.js';
import type { Span } from '../types.js';
import type { AnalysisContext } from './context.js';
import {
  ANALYZED_BLOCK_KINDS,
  firstTokenAt,
  firstWordOfSentence,
  nextWord,
  previousWord,
} from './context.js';
import { CUE_VERB_FORMS } from './lexicon/cue-verbs.js';
import {
  ARTICLES,
  CONJUNCTIONS,
  DETERMINERS,
  isFunctionWord,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  SENTENCE_ADVERBS,
} from './lexicon/function-words.js';
import {
  isAnyGivenName,
  isGivenName,
  isWorldGivenName,
  WORDS_THAT_ARE_NAMES,
} from './lexicon/given-names.js';
import {
  canBeAdjective,
  canBeVerb,
  isGroupNoun,
  isInstitutionNoun,
  isOnlyAdverb,
  isKnownWord,
  isPersonNoun,
} from './model/word-classes.js';
import { POSSESSIVE_DETERMINERS, PRONOUNS } from './lexicon/pronouns.js';
import { WEEKDAYS } from './lexicon/time-words.js';
import { monthNumber } from '../read/months.js';
import { NAMED_THING_NOUNS, ORGANIZATION_WORDS, PLACE_NAME_WORDS } from './lexicon/sources.js';
import {
  COMPANY_NOUNS,
  HONORIFICS,
  KIN_NOUNS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
} from './lexicon/roles.js';
import type { TokenRange } from './noun-phrases.js';
import { isApostrophe, isCapitalized, isInitialLetter, type Token } from './tokenize.js';
import { NICKNAME_CLOSERS, NICKNAME_OPENERS, nicknameEnd } from './nicknames.js';

/** A person's name as written at one place, with the role written next to it. */
export interface NameMention {
  readonly name: TokenRange;
  /** The role before the name ("Former NATO Secretary General"), or null. */
  readonly role: TokenRange | null;
  /** The first token of the whole mention (role included). */
  readonly first: number;
  /** Whether the mention is the subject of its clause (for pronoun resolution). */
  readonly subject: boolean;
  readonly evidence: boolean;
  /** Whether the name ends an attribution's source ("Shah said"), which alone is no evidence of a person. */
  readonly sayer: boolean;
}

/** A person of one article, before ids and surface forms are rendered. */
export interface PersonDraft {
  key: string;
  name: TokenRange;
  readonly mentions: NameMention[];
  readonly roles: Span[];
  readonly aliases: Set<string>;
  gender: 'male' | 'female' | null;
}

/** Lower-case words that open a family name: "van der Berg", "de la Fuente", "al-Harthy". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'al',
  'el',
  'bin',
  'ibn',
  'da',
  'di',
  'du',
  'le',
  'la',
  'dos',
  'das',
  'zu',
  'ten',
  'ter',
]);
const SUBJECT_LEFT = new Set([',', ';', ':', '(', '“', '"', '«', '„', '—', '–']);
/** Capitalized words that open no name: function words and verbs of saying. */
const FUNCTION_CAPITALS = (token: Token): boolean =>
  isFunctionWord(token.lower) || CUE_VERB_FORMS.has(token.lower);

const isAcronym = (token: Token): boolean =>
  token.text.length >= 2 && token.text === token.text.toUpperCase() && /\p{Lu}/u.test(token.text);
const isRoleWord = (token: Token): boolean =>
  ROLE_NOUNS.has(token.lower) || ROLE_MODIFIERS.has(token.lower) || isAcronym(token);

/** Finds the capitalized runs that name people, with the roles written before them. */
export function findNameMentions(context: AnalysisContext, sources: SourceBounds): NameMention[] {
  const { tokens, blocks } = context;
  const mentions: NameMention[] = [];
  for (const block of blocks) {
    if (!ANALYZED_BLOCK_KINDS.has(block.kind)) continue;
    let index = firstTokenAt(tokens, block.start);
    while (index < tokens.length && tokens[index]!.start < block.end) {
      const token = tokens[index]!;
      if (!isCapitalized(token) || (FUNCTION_CAPITALS(token) && !context.familyNames.has(token.text))) {
        index += 1;
        continue;
      }
      const run = capitalizedRun(tokens, index, block.end, context.familyNames);
      const mention = splitRoleAndName(context, run, sources);
      if (mention) mentions.push(mention);
      index = run.last + 1;
    }
  }
  return mentions;
}

/**
 * Prepositions that put a month name before a name as a date ("in March", not "Theresa May"); not "early"
 * and "late", as "the late June Carter" is a person.
 */
const MONTH_PREPOSITIONS = new Set(['in', 'on', 'since', 'until', 'by', 'from', 'last', 'next']);

/** A weekday, or a month after a preposition of time, at this capitalized word. */
function isDateWord(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (WEEKDAYS.includes(token.lower)) return true;
  if (monthNumber(token.lower) === null) return false;
  return MONTH_PREPOSITIONS.has(tokens[previousWord(tokens, index)]?.lower ?? '');
}

/**
 * A given name and a family name with a person's title before them, in the run (from `first`) or as an
 * honorific just before it: "Councilwoman Dana Ferro", "Dr. Ann Steel"; not "Justice Department", nor a
 * body named after a titled person (WordNet's noun.group: "Bishop Noll Institute").
 */
function titledPerson(tokens: readonly Token[], first: number, nameTokens: readonly Token[]): boolean {
  if (!opensOnGivenName(tokens, nameTokens)) return false;
  // "King Solomon Missionary Baptist Church", "Queen Elizabeth Hospital": a title, a name, and a body.
  if (isInstitutionNoun(nameTokens.at(-1)!.lower)) return false;
  const nameFirst = tokens.indexOf(nameTokens[0]!, first);
  let from = first;
  // "Dr. Ann Steel": the honorific's period ends the capitalized run before the name.
  const period = previousWord(tokens, first);
  if (tokens[period]?.text === '.' && HONORIFICS.has(tokens[previousWord(tokens, period)]?.lower ?? ''))
    from = previousWord(tokens, period);
  for (let index = Math.max(0, from); index < nameFirst; index += 1) {
    const lower = tokens[index]!.lower;
    if (NAMESAKE_TITLES.has(lower)) return false;
    if (ROLE_HEADS.has(lower) || HONORIFICS.has(lower)) return true;
  }
  return false;
}

/** Titles that name places and bodies after their bearers ("Prince Albert Foundation", "Saint Mary Hospital"). */
const NAMESAKE_TITLES = new Set([
  'king',
  'queen',
  'prince',
  'princess',
  'saint',
  'st',
  'pope',
  'bishop',
  'lord',
  'lady',
  'sir',
  'dame',
]);

/** Whether a comma and a relative pronoun follow token `index` ("May, who said"). */
function beforeRelativeClause(tokens: readonly Token[], index: number): boolean {
  const comma = nextWord(tokens, index);
  return tokens[comma]?.text === ',' && RELATIVE_PRONOUNS.has(tokens[nextWord(tokens, comma)]?.lower ?? '');
}

/**
 * Whether a name of two words or more opens on a given name ("Anna Holt", not "Holm Council"). A given name
 * of the birth registers only ("Megyn Kelly", "Huma Abedin") needs a last word that WordNet does not know or
 * knows as a person: the registers list words and places too ("Vigo County", "Hyde Amendment", "Cruz Has").
 */
function opensOnGivenName(tokens: readonly Token[], nameTokens: readonly Token[]): boolean {
  if (nameTokens.length < 2 || isHyphenedPair(tokens, nameTokens)) return false;
  const given = nameTokens[0]!.lower;
  if (PLACE_OPENERS.has(given)) return false;
  if (isGivenName(given)) return true;
  const last = nameTokens.at(-1)!.lower;
  return isWorldGivenName(given) && (!isKnownWord(last) || isPersonNoun(last));
}

/**
 * Words that open places' names more often than people's, though first-name lists hold some ("Port Ardley",
 * "West Bank", "Royal Oak", "Bay Ridge"): they make no given name.
 */
const PLACE_OPENERS = new Set(
  `port bay royal north south east west mount fort lake cape upper lower new old great little saint st san
  santa sao`.split(/\s+/u),
);

/**
 * "Cruz-Rubio", "McCain-Kennedy", "Kovács-Szabó": two words joined by a hyphen are a pairing or a double
 * family name, not a given name and a family name.
 */
function isHyphenedPair(tokens: readonly Token[], nameTokens: readonly Token[]): boolean {
  if (nameTokens.length !== 2) return false;
  const between = tokens[firstTokenAt(tokens, nameTokens[0]!.end)];
  return between !== undefined && HYPHENS.has(between.text) && between.end === nameTokens[1]!.start;
}

const HYPHENS = new Set(['-', '‐', '‑']);

const INDEFINITE_ARTICLES = new Set(['a', 'an']);

/** Generational suffixes, written after a name with or without a period. */
const NAME_SUFFIXES = new Set(['jr', 'sr']);

/** A maximal run of capitalized words, with hyphens, apostrophes, initials and name particles inside. */
function capitalizedRun(
  tokens: readonly Token[],
  first: number,
  limit: number,
  familyNames: ReadonlySet<string>,
): TokenRange {
  let last = first;
  for (;;) {
    const next = last + 1;
    const token = tokens[next];
    if (!token || token.start >= limit) break;
    if (token.kind === 'space' && token.text === ' ') {
      // A nickname in quotation marks after a given name, before the family name: Declan "Big Dec" Fahy.
      // After a title the run begins with, the word before the nickname must be a given name the lexicon
      // knows: Delegate Marcia "Cia" Price, not a headline's Mayor Says "No" To Plan.
      const afterNickname =
        last === first || isGivenName(tokens[last]!.lower) ? nicknameEnd(tokens, next + 1, limit) : -1;
      if (afterNickname !== -1) {
        last = afterNickname;
        continue;
      }
      const word = tokens[next + 1];
      if (word && isCapitalized(word) && (!FUNCTION_CAPITALS(word) || familyNames.has(word.text))) {
        last = next + 1;
        continue;
      }
      // Not after a day or a month: "said Monday al-Qaeda had claimed the attack".
      const particles = TIME_WORDS.has(tokens[last]!.lower) ? -1 : particlesBeforeName(tokens, next + 1);
      if (particles !== -1) {
        last = particles;
        continue;
      }
      break;
    }
    // Joiners inside a name: Jean-Claude, O'Brien, J. K. Not a possessive in capitals: EDITOR'S NOTE.
    if (
      (token.text === '-' || (isApostrophe(token) && tokens[next + 1]?.text !== 'S')) &&
      tokens[next + 1] &&
      isCapitalized(tokens[next + 1]!)
    ) {
      last = next + 1;
      continue;
    }
    // A Korean given name of two syllables: "Kim Jong-un", "Lee Ji-woo" (not "a Ted Cruz-led effort").
    // Also first, before a family name: "Min-jun Park", "Seo-yeon Choi".
    if (
      token.text === '-' &&
      (last > first || beforeCapitalizedWord(tokens, next + 1)) &&
      isSecondSyllable(tokens, last, tokens[next + 1])
    ) {
      last = next + 1;
      continue;
    }
    // A generational suffix keeps its period: "Marten Vos Jr." is the name, and where its source ends.
    if (token.text === '.' && NAME_SUFFIXES.has(tokens[last]!.lower)) {
      last = next;
      break;
    }
    // Initials written together before a name: "J.R. Okafor" (not "the F.A.A. records", "D.C. He said").
    const initialsName = token.text === '.' ? nameAfterInitials(tokens, last) : -1;
    if (initialsName !== -1) {
      last = initialsName;
      continue;
    }
    if (
      token.text === '.' &&
      tokens[last]!.text.length === 1 &&
      tokens[next + 1]?.text === ' ' &&
      tokens[next + 2] &&
      isCapitalized(tokens[next + 2]!) &&
      !FUNCTION_CAPITALS(tokens[next + 2]!)
    ) {
      last = next + 2;
      continue;
    }
    break;
  }
  // An initial that no name follows is an abbreviation's first letter: "Washington D" of "Washington D.C.".
  if (last > first && isInitialLetter(tokens[last]) && tokens[last + 1]?.text === '.')
    last = previousWord(tokens, last, first);
  return { first, last };
}

/**
 * The name word after initials written together that end at the letter `letter` ("J.R. Okafor", "T.R.
 * Fehrenbach"): three letters at most, then a period, a space and a capitalized word of two letters or
 * more that is no function word; -1 otherwise.
 */
function nameAfterInitials(tokens: readonly Token[], letter: number): number {
  if (!isInitialLetter(tokens[letter])) return -1;
  let end = letter;
  for (let letters = 1; tokens[end + 1]?.text === '.' && isInitialLetter(tokens[end + 2]); letters += 1) {
    if (letters === 3) return -1;
    end += 2;
  }
  if (end === letter || tokens[end + 1]?.text !== '.' || tokens[end + 2]?.text !== ' ') return -1;
  const name = tokens[end + 3];
  return name !== undefined && name.text.length > 1 && isCapitalized(name) && !FUNCTION_CAPITALS(name)
    ? end + 3
    : -1;
}

const HYPHENED_PARTICLES = new Set(['al', 'el']);

/**
 * The last token of the family name that one or two lower-case particles starting at `first` introduce
 * ("van der Berg", "de la Fuente", "bin Saeed", "al-Harthy"), or -1 where no capitalized word follows them.
 */
function particlesBeforeName(tokens: readonly Token[], first: number): number {
  let particle = first;
  if (!NAME_PARTICLES.has(tokens[particle]?.text ?? '')) return -1;
  if (tokens[particle + 1]?.text === ' ' && NAME_PARTICLES.has(tokens[particle + 2]?.text ?? ''))
    particle += 2;
  const joiner = tokens[particle + 1]?.text;
  const name = tokens[particle + 2];
  // Only the Arabic article takes a hyphen: "al-Harthy", "el-Sayed" (not "Khrushchev de-Stalinized").
  const joined = joiner === ' ' || (joiner === '-' && HYPHENED_PARTICLES.has(tokens[particle]!.text));
  return joined && name !== undefined && isCapitalized(name) ? particle + 2 : -1;
}

/**
 * The lower-case second syllable of a hyphenated given name after a family name ("Jong-un", "Ji-woo"): both
 * syllables short, the second no common suffix of a compound ("-led", "-era", "-run").
 */
function isSecondSyllable(tokens: readonly Token[], first: number, syllable: Token | undefined): boolean {
  return (
    syllable !== undefined &&
    syllable.kind === 'word' &&
    syllable.text === syllable.lower &&
    /^\p{L}{2,5}$/u.test(syllable.text) &&
    tokens[first]!.text.length <= 5 &&
    !syllable.text.endsWith('ed') &&
    !COMPOUND_SUFFIXES.has(syllable.text)
  );
}

/** Whether the word at `index` is followed by one space and a capitalized word. */
const beforeCapitalizedWord = (tokens: readonly Token[], index: number): boolean =>
  tokens[index + 1]?.text === ' ' && tokens[index + 2] !== undefined && isCapitalized(tokens[index + 2]!);

/** Short words that follow a hyphen after a name in compounds: "Obama-era", "Cruz-run", "Bush-type". */
const COMPOUND_SUFFIXES = new Set(
  'era run old age war day man men ish like type free wide long made born area bloc camp team'.split(' '),
);

/** Splits "Former NATO Secretary General Jens Stoltenberg" into its role and the name that follows it. */
function splitRoleAndName(
  context: AnalysisContext,
  found: TokenRange,
  sources: SourceBounds,
): NameMention | null {
  let run = found;
  const { tokens } = context;
  // "Meanwhile Petra Holm said": a sentence adverb is capitalized only because it opens the sentence.
  if (
    run.first === context.sentences[context.sentenceOfToken[run.first]!]!.firstToken &&
    (SENTENCE_ADVERBS.has(tokens[run.first]!.lower) || isOnlyAdverb(tokens[run.first]!.lower)) &&
    run.last > run.first
  )
    run = { first: nextWord(tokens, run.first, run.last + 1), last: run.last };
  // "On Monday Kravets said", "in March Vos told": a day or a month is capitalized, not part of a name.
  while (run.last > run.first && isDateWord(tokens, run.first))
    run = { first: nextWord(tokens, run.first, run.last + 1), last: run.last };
  // "Crews will finish by Friday, the spokesman said": a date alone names no one; but "negotiated by May,
  // who said" names the prime minister.
  if (run.last === run.first && isDateWord(tokens, run.first) && !beforeRelativeClause(tokens, run.last))
    return null;
  // "the ferry Marit Vos", "Storm Idun": the name of a vessel or a storm, not a person.
  const before0 = tokens[previousWord(tokens, run.first)];
  if (
    NAMED_THING_NOUNS.has(tokens[run.first]!.lower) ||
    (before0 !== undefined && before0.text === before0.lower && NAMED_THING_NOUNS.has(before0.lower))
  )
    return null;
  let nameFirst = run.first;
  let lastRole = -1;
  // A nickname's words are no role: Tomasz "Mr No-Pay" Wroblewski.
  const outsideNickname = new Set(nameWordsOf(tokens, run));
  for (let index = run.first; index <= run.last; index = nextWord(tokens, index, run.last + 1)) {
    const token = tokens[index]!;
    // "Stephen King": a title that ends the run is the family name the article gives it.
    if (
      token.kind === 'word' &&
      outsideNickname.has(token) &&
      isRoleWord(token) &&
      !(index === run.last && context.familyNames.has(token.text))
    )
      lastRole = index;
  }
  // "Sprinter Adaeze Nwankwo said", "Architect Kofi Asante-Darko": a sentence's first word, capitalized for
  // opening it, that names a person's occupation (WordNet's first noun sense, no verb, no given name)
  // before a name of two words or more; not in a headline, which capitalizes every word.
  const opener = tokens[run.first]!;
  const openerSentence = context.sentences[context.sentenceOfToken[run.first]!]!;
  if (
    lastRole === -1 &&
    !isHeadlineBlock(context.blocks[openerSentence.block]) &&
    run.first === openerSentence.firstToken &&
    wordsOf(tokens, run).length >= 3 &&
    (isPersonNoun(opener.lower) ||
      // "Midfielder Bruno Salas": a word WordNet lacks, ending as a doer's does, before a given name.
      (!isKnownWord(opener.lower) &&
        /(?:er|ist|ician)$/u.test(opener.lower) &&
        isGivenName(tokens[nextWord(tokens, run.first)]?.lower ?? ''))) &&
    !canBeVerb(opener.lower) &&
    !isGivenName(opener.lower)
  )
    lastRole = run.first;
  // "District Collector Anjali Deshpande": a person's noun right before a given name ends the role.
  for (let index = run.first; index < run.last; index = nextWord(tokens, index, run.last + 1)) {
    const word = tokens[index]!;
    const next = tokens[nextWord(tokens, index, run.last + 1)];
    if (
      index > lastRole &&
      isPersonNoun(word.lower) &&
      !isGivenName(word.lower) &&
      next !== undefined &&
      isAnyGivenName(next.lower) &&
      nextWord(tokens, index, run.last + 1) < run.last
    )
      lastRole = index;
  }
  // "Minister for Emergency Management Inés Carvajal Ortega", "Secretary of Health Ana Ruiz": a role's
  // portfolio after "for" or "of" opens the run; the name starts at its given name.
  const preposition = previousWord(tokens, run.first);
  if (
    lastRole === -1 &&
    PORTFOLIO_PREPOSITIONS.has(tokens[preposition]?.lower ?? '') &&
    ROLE_HEADS.has(tokens[previousWord(tokens, preposition)]?.lower ?? '')
  )
    for (let index = nextWord(tokens, run.first, run.last + 1); index < run.last;) {
      // Not a place's second word ("mayor of New York City"): a given name after a place's opener is none.
      const before = tokens[previousWord(tokens, index)]!;
      if (
        tokens[index]!.kind === 'word' &&
        isAnyGivenName(tokens[index]!.lower) &&
        !PLACE_OPENERS.has(before.lower)
      ) {
        lastRole = previousWord(tokens, index);
        break;
      }
      index = nextWord(tokens, index, run.last + 1);
    }
  // Role words inside the run: the name starts after the last one, if anything is left after it.
  if (lastRole !== -1 && lastRole < run.last) nameFirst = nextWord(tokens, lastRole, run.last + 1);
  else if (lastRole === run.last) return null; // "NATO", "Secretary General": a role or an acronym alone
  const nameTokens = nameWordsOf(tokens, { first: nameFirst, last: run.last });
  if (nameTokens.length === 0 || nameTokens.every(isAcronym)) return null;
  // "One, who asked not to be named": a number alone (not "Erik ten Hag", "Ten Hag said").
  if (nameTokens.length === 1 && NUMBER_WORDS.has(nameTokens[0]!.lower)) return null;
  const givenNamed = opensOnGivenName(tokens, nameTokens);
  // "the riders' group Fare Share Marrick", "the consulting firm Halden Partners": a body's name right
  // after the noun of its kind, in lower case (not "party Chairman Reince Priebus", whose role comes first,
  // nor "a group Barack Obama won", which a given name opens).
  const kind = tokens[previousWord(tokens, run.first)];
  if (nameFirst === run.first && !givenNamed && kind?.kind === 'word' && BODY_KIND_NOUNS.has(kind.text))
    return null;
  // "Kestrel Metals", "Northline Press"; but "Councilwoman Dana Ferro" is a person for her title.
  const lastWord = nameTokens.at(-1)!.lower;
  if (
    (ORGANIZATION_WORDS.has(lastWord) || PLACE_NAME_WORDS.has(lastWord)) &&
    !titledPerson(tokens, run.first, nameTokens) &&
    // "Heath Ledger said", "coach Bruce Arena", "Skier Picabo Street": a word that is a family name too,
    // after a role, or after a given name in a sayer's name (not "Pearl Harbor", "the Philippine Star").
    !(
      FAMILY_NAME_WORDS.has(lastWord) &&
      (nameFirst !== run.first ||
        (givenNamed &&
          tokens[previousWord(tokens, run.first)]?.lower !== 'the' &&
          endsSource(tokens, nameFirst, run.last, sources)))
    )
  )
    return null;
  // "Brookings Institution", "Holm Council": a body by WordNet's noun.group, unless a given name opens it
  // ("Frank Church"), or a person's role follows it ("Uchenna Obi, a taxi driver").
  if (
    nameTokens.length >= 2 &&
    isGroupNoun(nameTokens.at(-1)!.lower) &&
    !givenNamed &&
    !(wideAppositionFits(tokens, run.first, nameTokens) && describedAsPerson(tokens, run.first, run.last))
  )
    return null;
  if (namesRolePlace(tokens, run.first, nameTokens)) return null;
  // "the University of Lagos, who", "The Ministry of Social Affairs": the end of a body's or place's name
  // (not "President of Ukraine Volodymyr Zelensky").
  if (
    lastRole === -1 &&
    endsCapitalizedName(tokens, run.first) &&
    !nameTokens.some((token) => isAnyGivenName(token.lower))
  )
    return null;
  if (context.text.slice(tokens[nameFirst]!.start, tokens[run.last]!.end).includes('\n')) return null;
  let roleFirst = nameFirst === run.first ? -1 : run.first;
  // "Ms. Strand", "Dr. Vos": the honorific ends with its period, which ends the capitalized run before the name.
  const period = previousWord(tokens, run.first);
  const title = previousWord(tokens, period);
  if (
    roleFirst === -1 &&
    tokens[period]?.text === '.' &&
    tokens[title]?.kind === 'word' &&
    HONORIFICS.has(tokens[title].lower) &&
    isCapitalized(tokens[title])
  )
    roleFirst = title;
  // A role written before the run in lower case: "Ukrainian leader Volodymyr Zelensky", "the auditor Tomas Reyes".
  let before = previousWord(tokens, run.first);
  let lowercaseRole = 0;
  const sentence = context.sentenceOfToken[run.first];
  while (
    before >= 0 &&
    tokens[before]!.kind === 'word' &&
    context.sentenceOfToken[before] === sentence &&
    lowercaseRole < 4
  ) {
    const token = tokens[before]!;
    // "Marathon winner Fatima Bello", "the sprinter Ana Ruiz": right before the name, any singular noun
    // whose first sense is a person's (WordNet) and that is no verb is a role too.
    const roleLike =
      ROLE_NOUNS.has(token.lower) ||
      ROLE_MODIFIERS.has(token.lower) ||
      KIN_NOUNS.has(token.lower) ||
      (lowercaseRole === 0 &&
        token.text === token.lower &&
        !token.lower.endsWith('s') &&
        isPersonNoun(token.lower) &&
        // not a verb ("accused Donald Trump")
        !canBeVerb(token.lower));
    // A clause's verb ends the role ("The speakers are Governor Eleni Papadakis": the role is "Governor").
    if (!roleLike && isFiniteVerb(token)) break;
    if (roleLike || (roleFirst !== -1 && !FUNCTION_CAPITALS(token) && token.lower !== 'of')) {
      roleFirst = before;
      lowercaseRole += 1;
      before = previousWord(tokens, before);
    } else break;
  }
  const role = roleFirst === -1 ? null : { first: roleFirst, last: previousWord(tokens, nameFirst) };
  const roleHasHead =
    role !== null &&
    wordsOf(tokens, role).some(
      (token) => ROLE_HEADS.has(token.lower) || HONORIFICS.has(token.lower) || KIN_NOUNS.has(token.lower),
    );
  const name = { first: nameFirst, last: run.last };
  const first = role?.first ?? nameFirst;
  const sentenceInitial = first === context.sentences[context.sentenceOfToken[first]!]!.firstToken;
  const subject = isSubject(context, first, run.last);
  const sayer = endsSource(tokens, nameFirst, run.last, sources);
  // No evidence of a person after a company's noun ("The developer, Samudra Kirana Resorts,"), but the
  // mention may still join a person named elsewhere ("The board, Kahale said, ...").
  const company = followsCompanyApposition(context, run.first) && !givenNamed;
  const evidence =
    roleHasHead ||
    (!company &&
      ((givenNamed &&
        !(sentenceInitial && isWordBeforeName(nameTokens[0]!.lower, nameTokens.at(-1)!.lower))) ||
        // A sayer of two words or more, one of which WordNet does not know, or that opens on a given name
        // that is also a word ("Jack Marino said") or on a particle ("Le Pen told"): not "City Hall",
        // "Social Democrats", "Lakeside Books".
        (nameTokens.length >= 2 &&
          sayer &&
          (nameTokens.some((token) => !isKnownWord(token.lower)) ||
            isGivenName(nameTokens[0]!.lower) ||
            NAME_PARTICLES.has(nameTokens[0]!.lower))) ||
        hasPersonApposition(tokens, run.last, {
          wide: wideAppositionFits(tokens, run.first, nameTokens),
          nounsOnly: false,
          nameFirst: run.first,
        }) ||
        followsRoleApposition(tokens, run.first, nameTokens.length) ||
        // Only after a given name: "Los Angeles has lost 10,000 homes. He said ..." is about a place, and
        // "Kyiv said ... He said ..." about someone else.
        (givenNamed && subject && sentenceInitial && nextSentenceOpensOnHeOrShe(context, first)) ||
        // "Sutrisno, a 47-year-old farmer, said": described as a person (not "Huawei, the telecoms maker,").
        // An indefinite one: not "Alibaba, the Chinese e-commerce leader,".
        (nameTokens.length === 1 &&
          !isKnownWord(nameTokens[0]!.lower) &&
          INDEFINITE_ARTICLES.has(tokens[nextWord(tokens, nextWord(tokens, run.last))]?.lower ?? '') &&
          describedAsPerson(tokens, run.first, run.last))));
  // Without evidence a mention is kept only to join a person named elsewhere (see groupPeople).
  return { name, role, first, subject, evidence, sayer };
}

/**
 * `the mayor of Holm`, `the head of Brennhof Ferries`: words after a role and "of" name the place or body
 * the role is of, not a person, whatever follows them (", who said"). Not after a relation ("the father
 * of ..."), nor a name that opens on a given name ("the chief of staff of Anna Holt").
 */
function namesRolePlace(tokens: readonly Token[], first: number, nameTokens: readonly Token[]): boolean {
  const of = previousWord(tokens, first);
  if (tokens[of]?.lower !== 'of') return false;
  const role = tokens[previousWord(tokens, of)]?.lower ?? '';
  if (!ROLE_HEADS.has(role) || RELATION_ROLES.has(role)) return false;
  return !opensOnGivenName(tokens, nameTokens);
}

/**
 * Whether a given name that is also a word ("Bill", "Rose", "Will") is read as the word where it opens a
 * sentence: always for a modal ("Will Congress act?", "May Sanders ..."); otherwise unless the last word
 * looks like a family name, one WordNet does not know or knows as a person ("Bill Clinton spoke",
 * "Mark Zuckerberg said"; not "Rose Garden", "Grant Park").
 */
function isWordBeforeName(given: string, last: string): boolean {
  if (!WORDS_THAT_ARE_NAMES.has(given)) return false;
  return MODAL_NAMES.has(given) || (isKnownWord(last) && !isPersonNoun(last));
}

const MODAL_NAMES = new Set(['will', 'may', 'can', 'shall', 'must']);

/** Whether a run follows "of" after a capitalized word: "University of Lagos", "Ministry of Social Affairs". */
function endsCapitalizedName(tokens: readonly Token[], first: number): boolean {
  const of = previousWord(tokens, first);
  if (tokens[of]?.text !== 'of') return false;
  const before = tokens[previousWord(tokens, of)];
  return before !== undefined && before.kind === 'word' && isCapitalized(before);
}

/** Role heads that name a relation to a person rather than to a place or body. */
const RELATION_ROLES = new Set(['father', 'sister', 'brother', 'partner', 'lady', 'lord', 'dame', 'member']);

/** Where the attributions' sources start and end (token indices): the names that say something. */
export interface SourceBounds {
  readonly starts: ReadonlySet<number>;
  readonly ends: ReadonlySet<number>;
}

/**
 * Whether a name is its source's sayer: the source ends with the name, or with the comma that closes it
 * ("the founder, Joris Vos, said"), or opens on it and goes on with where the sayer belongs ("Chua Mei Ling
 * of the residents' group Clean Tap told", "Ana Ruiz from the union said").
 */
function endsSource(tokens: readonly Token[], first: number, last: number, sources: SourceBounds): boolean {
  if (sources.ends.has(last)) return true;
  // "of the", "from the": where the sayer belongs; not "Rio Tinto of Australia", a body and its place.
  const affiliation = nextWord(tokens, last);
  if (
    sources.starts.has(first) &&
    AFFILIATION_WORDS.has(tokens[affiliation]?.lower ?? '') &&
    tokens[nextWord(tokens, affiliation)]?.lower === 'the'
  )
    return true;
  // Only a name set off on both sides: not "chief baker at Vos Bread," closing an apposition.
  const comma = nextWord(tokens, last);
  return (
    tokens[comma]?.text === ',' &&
    sources.ends.has(comma) &&
    tokens[previousWord(tokens, first)]?.text === ','
  );
}

/** Words that join a role to its portfolio ("minister for", "secretary of"). */
const PORTFOLIO_PREPOSITIONS = new Set(['for', 'of']);

/** Words that say, after a sayer's name, where the sayer belongs. */
const AFFILIATION_WORDS = new Set(['of', 'from']);

/**
 * `the company's founder, Joris Vos`, `his father, Joris Vos`, `His neighbour, Wartini,`: a name in apposition
 * to a role, a relative or a person's noun.
 */
function followsRoleApposition(tokens: readonly Token[], first: number, words: number): boolean {
  const comma = previousWord(tokens, first);
  if (tokens[comma]?.text !== ',') return false;
  const noun = tokens[previousWord(tokens, comma)];
  return (
    noun !== undefined &&
    noun.kind === 'word' &&
    noun.text === noun.lower &&
    (ROLE_HEADS.has(noun.lower) ||
      KIN_NOUNS.has(noun.lower) ||
      // Any person's noun before a one-word name only: "the contractor, Nordvik Marine," is a company.
      (words === 1 && isPersonNoun(noun.lower)))
  );
}

/**
 * `The developer, Samudra Kirana Resorts,`, `The hotel group, Atlântida Hotéis,`: a name in apposition to a
 * noun that names a company as often as a person, or a body, is a company's.
 */
function followsCompanyApposition(context: AnalysisContext, first: number): boolean {
  const { tokens } = context;
  const sentenceStart = context.sentences[context.sentenceOfToken[first]!]!.firstToken;
  // The phrase opens its sentence or follows punctuation: not "Addressing the committee, Xi Jinping said".
  const opensPhrase = (index: number): boolean => {
    const before = previousWord(tokens, index);
    return before < sentenceStart || tokens[before]!.kind !== 'word';
  };
  const comma = previousWord(tokens, first);
  if (tokens[comma]?.text !== ',') return false;
  const head = previousWord(tokens, comma);
  const noun = tokens[head];
  if (
    noun === undefined ||
    noun.kind !== 'word' ||
    noun.text !== noun.lower ||
    !(COMPANY_NOUNS.has(noun.lower) || isGroupNoun(noun.lower))
  )
    return false;
  // The noun heads a short phrase of its own ("The hotel group", "The developer"), not the object of a
  // preposition ("The chair of the growers' union, Tigist Alemu,").
  for (let index = previousWord(tokens, head), words = 0; index >= 0 && words < 4; words += 1) {
    const token = tokens[index]!;
    if (token.kind !== 'word' && !isApostrophe(token)) return false;
    if (DETERMINERS.has(token.lower) || POSSESSIVE_DETERMINERS.has(token.lower)) return opensPhrase(index);
    // "Namukasa's publisher, Lakeside Books,": a named possessor opens the phrase as a determiner would
    // (not "the growers' union", whose phrase goes on).
    if (isApostrophe(tokens[index + 1]) && isCapitalized(token)) return opensPhrase(index);
    // "the House Benghazi committee, Vice President Biden decided": a capitalized phrase is a body's name.
    if (isPreposition(token.lower) || (token.kind === 'word' && token.text !== token.lower)) return false;
    index = previousWord(tokens, index);
  }
  return false;
}

/** How `hasPersonApposition` reads an apposition after a name. */
interface AppositionReading {
  /**
   * Whether an apposition that opens on an article may name its person by any noun whose first sense is a
   * person's, and whether, after a verb of saying, the sentence may close the apposition (see
   * `wideAppositionFits`).
   */
  readonly wide: boolean;
  /** Whether that noun must not be an adjective as well ("a conservative group"). */
  readonly nounsOnly: boolean;
  /** The name's first token. */
  readonly nameFirst: number;
}

/** `Biden, who ...`, `Clinton, 35, ...`: an apposition only people take. */
function hasPersonApposition(
  tokens: readonly Token[],
  last: number,
  { wide: wideApposition, nounsOnly, nameFirst }: AppositionReading = {
    wide: false,
    nounsOnly: false,
    nameFirst: last,
  },
): boolean {
  const comma = nextWord(tokens, last);
  if (tokens[comma]?.text !== ',') return false;
  const next = tokens[nextWord(tokens, comma)];
  if (!next) return false;
  if (next.lower === 'who' || next.lower === 'whose') return true;
  // An age: "Clinton, 35, said" (a number set off by commas, not "Tarnby, 200 kilometres").
  if (/^\d{1,3}$/u.test(next.text) && tokens[nextWord(tokens, nextWord(tokens, comma))]?.text === ',')
    return true;
  // A role set off by commas on both sides: "Kellan, an economist at Brannvik University, said", "Halden,
  // chief executive of Halden Lines, said" (not "Ukraine, the former Secretary General admitted"). After a
  // name of two words or more, an apposition that opens on an article may also close the sentence and name
  // its person by any noun whose first sense is a person's (WordNet): "..., said Uchenna Obi, a taxi
  // driver.", "Adaeze Nwankwo, the two-time Olympic champion, announced"; not "Nevertheless, the senator
  // ...", a clause after an adverb.
  const wide = wideApposition && ARTICLES.has(next.lower);
  // The sentence may close the apposition only after a verb of saying: "..., said Uchenna Obi, a taxi
  // driver.", "..., said Emre Aydin, chief economist at Bosphorus Capital."
  const closesSentence =
    wideApposition && CUE_VERB_FORMS.has(tokens[previousWord(tokens, nameFirst)]?.lower ?? '');
  let hasRole = false;
  let headPassed = false;
  // A role and its body may run long ("director of medicines safety at the Global Medicines Safety
  // Agency"): past ten words, only where a preposition follows the role word ("director of"), not a list
  // or a clause ("Democrats, including President Obama and ...", "July, and the rebel chief sat ...").
  let roleOfBody = false;
  for (let index = nextWord(tokens, comma), words = 0; index < tokens.length && words < (wide ? 12 : 14);) {
    const word = tokens[index]!;
    if (word.text === ',') return hasRole && (wide || words <= 10 || roleOfBody);
    if (
      closesSentence &&
      word.text === '.' &&
      (index + 1 >= tokens.length || tokens[index + 1]!.kind === 'space')
    )
      return hasRole;
    // "the two-time champion": a hyphen inside a word.
    if (
      wide &&
      word.text === '-' &&
      tokens[index - 1]?.kind === 'word' &&
      tokens[index + 1]?.kind === 'word'
    ) {
      index += 1;
      continue;
    }
    // A possessive inside the role ("the company's founder") is not a word of its own.
    const possessive = isApostrophe(word) && words > 0;
    if (word.kind !== 'word' && !possessive) return false;
    if (words < 4 && ROLE_HEADS.has(word.lower)) {
      hasRole = true;
      roleOfBody ||= BODY_PREPOSITIONS.has(tokens[nextWord(tokens, index)]?.lower ?? '');
    }
    // The head of the apposition's noun phrase: the word before a preposition, a relative pronoun or the
    // end ("a taxi driver", "an aviation analyst at Ridgeway Capital"; not "the group led by Tom Rell").
    if (
      wide &&
      words < 6 &&
      !headPassed &&
      namesPerson(word.lower) &&
      !COMPANY_NOUNS.has(word.lower) &&
      !(nounsOnly && canBeAdjective(word.lower)) &&
      closesNounPhrase(tokens, index)
    )
      hasRole = true;
    // ... or a participle after the head ("the group led by"; not "a retired taxi driver").
    const participle = words > 1 && /(?:ed|ing)$/u.test(word.lower);
    if (wide && (isPreposition(word.lower) || RELATIVE_PRONOUNS.has(word.lower) || participle))
      headPassed = true;
    if (!possessive && !(word.lower === 's' && isApostrophe(tokens[index - 1]))) words += 1;
    index = nextWord(tokens, index);
  }
  return false;
}

/** Words that end bodies' or places' names and are family names too: after a given name, a person's. */
const FAMILY_NAME_WORDS = new Set(
  'street bridge arena temple harbour harbor ledger courier star globe mirror express square'.split(' '),
);

/** Nouns of bodies only, which a body's name follows: "the advocacy group Fare Share Marrick". */
const BODY_KIND_NOUNS = new Set(
  `group firm company conglomerate consortium organization organisation coalition association charity
  nonprofit movement network alliance federation`.split(/\s+/u),
);

/** Prepositions that join a role to its body or place: "director of", "analyst at", "spokesman for". */
const BODY_PREPOSITIONS = new Set(['of', 'at', 'for', 'in', 'with']);

/** Whether the word at `index` ends its noun phrase: a preposition, a relative pronoun, a comma or a period follows. */
function closesNounPhrase(tokens: readonly Token[], index: number): boolean {
  const next = tokens[nextWord(tokens, index)];
  return (
    next === undefined ||
    next.text === ',' ||
    next.text === '.' ||
    isPreposition(next.lower) ||
    RELATIVE_PRONOUNS.has(next.lower)
  );
}

/**
 * Where an apposition may name its person by any person noun and close the sentence (see
 * `hasPersonApposition`): after a name of two words or more that no preposition governs ("governor of New
 * Mexico, a Democrat who ..."), opening on a given name or on a word WordNet does not know (a company's
 * name is made of words: "Foot Locker, a sneaker retailer").
 */
function wideAppositionFits(tokens: readonly Token[], first: number, nameTokens: readonly Token[]): boolean {
  const given = nameTokens[0]!.lower;
  return (
    nameTokens.length >= 2 &&
    !isPreposition(tokens[previousWord(tokens, first)]?.lower ?? '') &&
    // "Uchenna Obi", "Indra Nooyi", not "Best Buy, the electronics retailer" nor "Judicial Watch".
    (isGivenName(given) || !isKnownWord(given))
  );
}

/**
 * An apposition that opens on an article and names a person by a noun that is no adjective: "Uchenna Obi, a
 * taxi driver" (not "..., who", nor "the American Action Forum, a conservative, pro-growth group").
 */
function describedAsPerson(tokens: readonly Token[], first: number, last: number): boolean {
  const comma = nextWord(tokens, last);
  return (
    tokens[comma]?.text === ',' &&
    ARTICLES.has(tokens[nextWord(tokens, comma)]?.lower ?? '') &&
    hasPersonApposition(tokens, last, { wide: true, nounsOnly: true, nameFirst: first })
  );
}

/**
 * Whether a noun names a person: its first sense in WordNet is a person's, or WordNet does not know it and it
 * ends as the names of specialists do ("astrobiologist", "geneticist", "paediatrician").
 */
const namesPerson = (word: string): boolean =>
  isPersonNoun(word) || (!isKnownWord(word) && /(?:ist|ician)s?$/u.test(word));

/** The prepositions, "of" among them (which the shared list leaves out for names such as "Bank of England"). */
const isPreposition = (word: string): boolean => word === 'of' || PREPOSITIONS.has(word);

/**
 * "Amara Okafor was gracious in defeat. She told reporters ...": a name that opens its sentence as its
 * subject, whose next sentence (in the same block) opens on "He" or "She" (or "His", "Her"), is a
 * person's: bodies are "it" and "they".
 */
function nextSentenceOpensOnHeOrShe(context: AnalysisContext, token: number): boolean {
  const sentenceIndex = context.sentenceOfToken[token]!;
  const next = context.sentences[sentenceIndex + 1];
  if (next === undefined || next.block !== context.sentences[sentenceIndex]!.block) return false;
  const opening = firstWordOfSentence(context, sentenceIndex + 1);
  return opening < next.lastToken && GENDERED_OPENINGS.has(context.tokens[opening]!.text);
}

const GENDERED_OPENINGS = new Set(['He', 'She', 'His', 'Her']);

/** A mention is a clause subject when it opens a clause and a verb-like word (not a preposition) follows. */
function isSubject(context: AnalysisContext, first: number, last: number): boolean {
  const { tokens } = context;
  const sentence = context.sentences[context.sentenceOfToken[first]!]!;
  const left = previousWord(tokens, first, sentence.firstToken);
  const leftToken = tokens[left];
  const opensClause =
    left < sentence.firstToken ||
    (leftToken !== undefined &&
      (SUBJECT_LEFT.has(leftToken.text) ||
        ['and', 'but', 'as', 'while', 'that', 'because', 'when', 'if', 'although'].includes(
          leftToken.lower,
        )));
  if (!opensClause) return false;
  const right = tokens[nextWord(tokens, last)];
  if (!right) return false;
  if (isApostrophe(right)) return false; // a possessive: "Stoltenberg's memoir"
  // "Moreau, 63, did not attend" is a subject; "his lawyer, Claire Dubois, and ..." is an apposition.
  if (right.text === ',')
    return left < sentence.firstToken || namesOpeningSubject(context, sentence.firstToken, left, last);
  return right.kind === 'word' && !PREPOSITIONS.has(right.lower) && !CONJUNCTIONS.has(right.lower);
}

/**
 * "Her deputy, Tomasz Nowicki, disagreed.": a name set off by commas after the short description of a
 * person that opens the sentence, and before its verb, names the sentence's subject.
 */
function namesOpeningSubject(context: AnalysisContext, from: number, comma: number, last: number): boolean {
  const { tokens } = context;
  // One noun phrase: "Her deputy", "The bakery's founder", "Brandt's deputy" (not "Police arrested her
  // husband", "Like her lawyer").
  const openerAt = tokens[from]!.kind === 'word' ? from : nextWord(tokens, from);
  const opener = tokens[openerAt];
  const possessiveName =
    opener !== undefined && isCapitalized(opener) && isApostrophe(tokens[nextWord(tokens, openerAt)]);
  if (!(
    DETERMINERS.has(opener?.lower ?? '') ||
    POSSESSIVE_DETERMINERS.has(opener?.lower ?? '') ||
    possessiveName
  ))
    return false;
  let words = 0;
  let person = false;
  for (let index = from; index < comma; index += 1) {
    const token = tokens[index]!;
    if (token.kind === 'space' || isApostrophe(token)) continue;
    if (token.kind !== 'word') return false;
    words += 1;
    if (ROLE_NOUNS.has(token.lower) || KIN_NOUNS.has(token.lower) || isPersonNoun(token.lower)) person = true;
  }
  if (!person || words > 5) return false;
  const verb = tokens[nextWord(tokens, nextWord(tokens, last))];
  return (
    verb?.kind === 'word' &&
    !isCapitalized(verb) &&
    !PREPOSITIONS.has(verb.lower) &&
    !CONJUNCTIONS.has(verb.lower) &&
    !DETERMINERS.has(verb.lower) &&
    !RELATIVE_PRONOUNS.has(verb.lower) &&
    !PRONOUNS.has(verb.lower)
  );
}

/** The words of a name less a nickname in quotation marks (Declan Fahy of Declan "Big Dec" Fahy). */
export function nameWordsOf(tokens: readonly Token[], range: TokenRange): Token[] {
  const words: Token[] = [];
  let quoted = false;
  for (let index = range.first; index <= range.last; index += 1) {
    const token = tokens[index]!;
    if (token.kind === 'word') {
      if (!quoted) words.push(token);
    } else if (!quoted && NICKNAME_OPENERS.has(token.text) && tokens[index - 1]?.text === ' ') quoted = true;
    else if (quoted && NICKNAME_CLOSERS.has(token.text)) quoted = false;
  }
  return words;
}

/** A name's text less a nickname in quotation marks, for display: "Declan Fahy". */
export function nameText(text: string, tokens: readonly Token[], range: TokenRange): string {
  const words = nameWordsOf(tokens, range);
  const full = text.slice(tokens[range.first]!.start, tokens[range.last]!.end);
  if (words.length === wordsOf(tokens, range).length) return full;
  return words.map((word) => word.text).join(' ');
}

export function wordsOf(tokens: readonly Token[], range: TokenRange): Token[] {
  const words: Token[] = [];
  for (let index = range.first; index <= range.last; index += 1)
    if (tokens[index]!.kind === 'word') words.push(tokens[index]!);
  return words;
}
