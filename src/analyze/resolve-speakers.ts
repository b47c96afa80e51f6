import type { AnalysisContext } from './context.js';
import type { Span } from '../types.js';
import { firstWordOfSentence, isAnalyzedSentence, nextWord, previousWord } from './context.js';
import { headOfPhrase, nounPhraseEndingAt, nounPhraseStartingAt } from './noun-phrases.js';
import type { AttributionCandidate } from './candidate.js';
import { wordsOf, type NameMention, type PersonDraft } from './find-people.js';
import {
  CONTINUATION_OPENERS,
  DETERMINERS,
  INDEFINITE_DETERMINERS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
} from './lexicon/function-words.js';
import { isPersonalPronoun, POSSESSIVE_DETERMINERS, PRONOUNS } from './lexicon/pronouns.js';
import { ELDER_WORDS, KIN_NOUNS, ROLE_HEADS, roleKey, TITLE_NOUNS, YOUNGER_WORDS } from './lexicon/roles.js';
import { GROUP_HEADS } from './lexicon/sources.js';
import { MEDIUM_NOUNS } from './lexicon/media.js';
import type { TokenRange } from './noun-phrases.js';
import { isApostrophe, isCapitalized, type Token } from './tokenize.js';
import { isClauseVerb, isFiniteVerb } from './finite-verbs.js';
import { isGivenName } from './lexicon/given-names.js';
import { isPersonNoun, isPluralPersonNoun } from './model/word-classes.js';
import { agesOf, isParentEpithet, personOfAge, statedAge, unnamedAgesOf } from './stated-ages.js';
import { isTranscriptLine, labelSpeaker } from './transcript-speakers.js';
import { FORMER_WORDS, roleTime } from './role-times.js';

/** Role heads as matched: their synonym groups ("leader" for "boss" and "chair"). */
const ROLE_KEYS = new Set([...ROLE_HEADS].map(roleKey));

/** How far back (in sentences) a pronoun looks for the person it refers to. */
const PRONOUN_WINDOW = 3;

/** One place where a person is referred to, in text order: a name, or a source resolved to them. */
interface Reference {
  readonly token: number;
  readonly sentence: number;
  readonly person: PersonDraft;
  readonly subject: boolean;
  /**
   * A name in the possessive that opens its sentence, of no person ("Mr Marsh's own line moved"): the
   * person the sentence is about when it names nobody else, whom a pronoun after it refers to.
   */
  readonly possessor: boolean;
}

/**
 * Resolves each attribution's source to a person of the article: a name directly; a pronoun to the person it
 * refers to by grammatical role and discourse (the subject of the clause before it, not simply the nearest
 * name); a definite description to the person whose role it names. Unnamed sources, groups and
 * institutions resolve to nobody.
 */
export function resolveSpeakers(
  context: AnalysisContext,
  candidates: readonly AttributionCandidate[],
  people: readonly PersonDraft[],
  personOf: ReadonlyMap<NameMention, PersonDraft>,
): (PersonDraft | null)[] {
  const references: Reference[] = [];
  for (const [mention, person] of personOf)
    references.push({
      token: mention.first,
      sentence: context.sentenceOfToken[mention.first]!,
      person,
      subject: mention.subject,
      possessor: opensAsPossessor(context, mention),
    });
  references.sort((a, b) => a.token - b.token);
  inferGenders(context, personOf);

  // Sources and the descriptions that open sentences ("The 47-year-old minister did not ..."), in text
  // order, so that each pronoun sees every reference made before it.
  const sourceStarts = new Set(
    candidates.flatMap((candidate) => (candidate.source ? [candidate.source.first] : [])),
  );
  const events = [
    ...candidates.flatMap((candidate, index) =>
      candidate.source ? [{ range: candidate.source, index }] : [],
    ),
    ...describingSubjects(context)
      .filter((range) => !sourceStarts.has(range.first))
      .map((range) => ({ range, index: -1 })),
  ].sort((a, b) => a.range.first - b.range.first);

  const speakers = new Array<PersonDraft | null>(candidates.length).fill(null);
  for (const { range, index } of events) {
    const labelled = index === -1 ? undefined : labelSpeaker(context, candidates[index]!, people, personOf);
    const person =
      labelled !== undefined ? labelled : resolveSource(context, range, references, people, personOf);
    if (index !== -1) speakers[index] = person;
    if (!person) continue;
    const subject = index === -1 || candidates[index]!.cue.kind === 'verb';
    insertReference(references, {
      token: range.first,
      sentence: context.sentenceOfToken[range.first]!,
      person,
      subject,
      possessor: false,
    });
    // A source that is a pronoun alone tells its person's gender; not "Her opponent, Bartosz Wójcik",
    // whose possessive is someone else's.
    const pronoun = range.first === range.last ? PRONOUNS.get(context.tokens[range.first]!.lower) : undefined;
    if (pronoun && isPersonalPronoun(pronoun) && pronoun.gender !== 'neutral')
      person.gender ??= pronoun.gender;
  }
  // "I said my door was open" inside someone's words (a quotation, a transcript's line) is that someone.
  candidates.forEach((candidate, index) => {
    const source = candidate.source;
    if (speakers[index] || !source || source.first !== source.last) return;
    if (context.tokens[source.first]!.lower !== 'i') return;
    const at = context.tokens[source.first]!.start;
    const enclosing = candidates.findIndex(
      (other, otherIndex) =>
        otherIndex !== index &&
        speakers[otherIndex] !== null &&
        other.content.some((fragment) => fragment.start <= at && at < fragment.end),
    );
    if (enclosing !== -1) speakers[index] = speakers[enclosing]!;
  });
  // "A: The acting mayor came to the depot. She told us ...": in a transcript's line, "he" or "she" is not
  // the line's speaker, who would say "I"; left unresolved rather than given the words of someone else.
  // Only under a transcript's label ("A:", "DEMPSEY:"), not a heading that names its subject ("Bernie
  // Sanders: Credit scores ... He does not offer further details").
  candidates.forEach((candidate, index) => {
    const source = candidate.source;
    if (!speakers[index] || !source || source.first !== source.last) return;
    if (!THIRD_PERSON_SUBJECTS.has(context.tokens[source.first]!.lower)) return;
    const at = context.tokens[source.first]!.start;
    const inOwnLine = candidates.some(
      (other, otherIndex) =>
        otherIndex !== index &&
        speakers[otherIndex] === speakers[index] &&
        isTranscriptLine(context, other) &&
        isSpeakerLabel(context, other.source) &&
        other.content.some((fragment) => fragment.start <= at && at < fragment.end),
    );
    if (inOwnLine) speakers[index] = null;
  });
  // "On Thursday you said ..." in a transcript of two people's lines is the other one: the person the line
  // speaks to. With three or more (a debate, a panel), who "you" is is not the layout's to say.
  const saidByYou = candidates.some(
    (candidate, index) =>
      !speakers[index] && candidate.source && context.tokens[candidate.source.last]!.lower === 'you',
  );
  const lines = !saidByYou
    ? []
    : candidates.flatMap((other, otherIndex) =>
        speakers[otherIndex] && isTranscriptLine(context, other)
          ? [
              {
                start: other.content[0]!.start,
                end: other.content.at(-1)!.end,
                speaker: speakers[otherIndex],
              },
            ]
          : [],
      );
  const lineSpeakers = new Set(lines.map((line) => line.speaker));
  // With three or more, the person the sentence calls on by name or title ("Mr Mensah, on Friday you
  // said ...", "Governor, in 2019 you told ...").
  if (lineSpeakers.size > 2)
    candidates.forEach((candidate, index) => {
      const source = candidate.source;
      if (speakers[index] || !source || context.tokens[source.last]!.lower !== 'you') return;
      if (context.quotationOfToken[source.last] !== -1) return;
      const at = context.tokens[source.first]!.start;
      if (!lines.some((line) => line.start <= at && at < line.end)) return;
      speakers[index] = addressee(
        context,
        context.sentenceOfToken[source.first]!,
        references,
        people,
        personOf,
      );
    });
  if (lineSpeakers.size === 2)
    candidates.forEach((candidate, index) => {
      const source = candidate.source;
      if (speakers[index] || !source || context.tokens[source.last]!.lower !== 'you') return;
      // Not a "you" quoted from someone else ("until we tell you otherwise").
      if (context.quotationOfToken[source.last] !== -1) return;
      const at = context.tokens[source.first]!.start;
      const line = lines.find((other) => other.start <= at && at < other.end);
      if (line) speakers[index] = [...lineSpeakers].find((speaker) => speaker !== line.speaker)!;
    });
  return speakers;
}

/** A transcript's label: a letter or a name in capitals ("Q", "A", "DEMPSEY"), no word in lower case. */
const isSpeakerLabel = (context: AnalysisContext, source: TokenRange | null): boolean =>
  source !== null &&
  !/\p{Ll}/u.test(context.text.slice(context.tokens[source.first]!.start, context.tokens[source.last]!.end));

/** The pronouns of one other person as a clause's subject. */
const THIRD_PERSON_SUBJECTS = new Set(['he', 'she']);

/** How many words a description set off between a name and its "who" may have. */
const APPOSITION_REACH = 20;

/**
 * The person whose name stands before a description set off by commas that ends at `last` ("Linh Tran, a bus
 * driver of seventeen years and the union's shop steward at the depot,"): the description opens on an
 * article, a possessive or a word in lower case, holds no verb of its own, and names a person by a role or
 * a person's noun, or the name is surely a person's.
 */
function nameBeforeApposition(
  context: AnalysisContext,
  last: number,
  personOf: ReadonlyMap<NameMention, PersonDraft>,
): PersonDraft | null {
  const { tokens } = context;
  let index = last;
  let describesPerson = false;
  for (let words = 0; index >= 0 && words < APPOSITION_REACH; words += 1) {
    const token = tokens[index]!;
    if (token.text === ',') break;
    if (token.kind === 'punct' && !isApostrophe(token) && token.text !== '-') return null;
    if (token.kind === 'word' && isClauseVerb(tokens, index)) return null;
    if (ROLE_HEADS.has(token.lower) || isPersonNoun(token.lower)) describesPerson = true;
    index = previousWord(tokens, index);
  }
  if (tokens[index]?.text !== ',') return null;
  const opener = tokens[nextWord(tokens, index)];
  if (!opener || opener.kind !== 'word' || (opener.text !== opener.lower && !DETERMINERS.has(opener.lower)))
    return null;
  const nameLast = previousWord(tokens, index);
  for (const [mention, person] of personOf)
    if (mention.name.last === nameLast && (describesPerson || isSurePerson(tokens, person))) return person;
  return null;
}

/**
 * Whether the words between two tokens introduce a person without a name: an indefinite article before a
 * person's noun ("a man", "a young woman", "an officer") or a possessive before a relative's ("her
 * grandson").
 */
function introducesUnnamedPerson(context: AnalysisContext, from: number, to: number): boolean {
  const { tokens } = context;
  for (let index = from; index < to; index += 1) {
    const lower = tokens[index]!.lower;
    const indefinite = lower === 'a' || lower === 'an';
    if (!indefinite && !POSSESSIVE_DETERMINERS.has(lower)) continue;
    // Not an apposition that describes a name ("Aurelio Mancuso, a farmer,").
    if (tokens[previousWord(tokens, index)]?.text === ',') continue;
    let next = index;
    for (let words = 0; words < 2; words += 1) {
      next = nextWord(tokens, next, to);
      const word = tokens[next];
      if (!word || next >= to || word.kind !== 'word' || word.text !== word.lower) break;
      if (indefinite ? isPersonNoun(word.lower) : KIN_NOUNS.has(word.lower)) return true;
    }
  }
  return false;
}

/** Definite descriptions with a role word that open a sentence as its subject. */
function describingSubjects(context: AnalysisContext): TokenRange[] {
  const { tokens } = context;
  const subjects: TokenRange[] = [];
  context.sentences.forEach((sentence) => {
    if (!isAnalyzedSentence(context, sentence)) return;
    let first =
      tokens[sentence.firstToken]!.kind === 'word'
        ? sentence.firstToken
        : nextWord(tokens, sentence.firstToken, sentence.lastToken);
    if (CONTINUATION_OPENERS.has(tokens[first]?.lower ?? ''))
      first = nextWord(tokens, first, sentence.lastToken);
    if (tokens[first]?.lower !== 'the') return;
    const phrase = nounPhraseStartingAt(context, first, sentence.lastToken);
    if (!phrase || !wordsOf(tokens, phrase).some((word) => ROLE_HEADS.has(word.lower))) return;
    const after = tokens[nextWord(tokens, phrase.last, sentence.lastToken)];
    if (after?.kind === 'word' && !PREPOSITIONS.has(after.lower)) subjects.push(phrase);
  });
  return subjects;
}

/**
 * A person named as a subject and then referred to by he or she in the same sentence, before anyone
 * else is named, has that gender ("Petra Holm on Tuesday defended her decision").
 */
function inferGenders(context: AnalysisContext, personOf: ReadonlyMap<NameMention, PersonDraft>): void {
  const { tokens } = context;
  const mentionStarts = new Set([...personOf.keys()].map((mention) => mention.first));
  for (const [mention, person] of personOf) {
    if (!mention.subject || person.gender) continue;
    const sentence = context.sentences[context.sentenceOfToken[mention.first]!]!;
    for (let index = mention.name.last + 1; index < sentence.lastToken; index += 1) {
      if (mentionStarts.has(index) || context.quotationOfToken[index] !== -1) break;
      const pronoun = PRONOUNS.get(tokens[index]!.lower);
      if (pronoun && isPersonalPronoun(pronoun) && pronoun.gender !== 'neutral') {
        person.gender = pronoun.gender;
        break;
      }
    }
  }
}

/** How many words a vocative that opens a sentence may have ("Governor", "Mr Mensah", "Dr Farah Qureshi"). */
const VOCATIVE_WORDS = 3;

/**
 * The person a sentence opens by calling on, by name ("Mr Mensah, ...") or by a title the article gives
 * one person alone ("Governor, ..."), or null.
 */
function addressee(
  context: AnalysisContext,
  sentenceIndex: number,
  references: readonly Reference[],
  people: readonly PersonDraft[],
  personOf: ReadonlyMap<NameMention, PersonDraft>,
): PersonDraft | null {
  const { tokens, text } = context;
  const sentence = context.sentences[sentenceIndex]!;
  const first = nextWord(tokens, sentence.firstToken - 1, sentence.lastToken);
  let comma = first;
  for (let words = 0; words < VOCATIVE_WORDS && comma < sentence.lastToken; words += 1) {
    if (!isCapitalized(tokens[comma]!)) return null;
    comma = nextWord(tokens, comma, sentence.lastToken);
    if (tokens[comma]?.text === '.') comma = nextWord(tokens, comma, sentence.lastToken);
    if (tokens[comma]?.text === ',') break;
  }
  if (tokens[comma]?.text !== ',') return null;
  const range = { first, last: previousWord(tokens, comma, first) };
  const named = resolveSource(context, range, references, people, personOf);
  if (named) return named;
  if (range.first !== range.last) return null;
  // The title as written before a name ("Governor Eleni Papadakis"), not a word of a phrase that holds it
  // in lower case ("whoever is governor").
  const title = tokens[first]!.text;
  const holders = people.filter((person) =>
    person.roles.some((role) => text.slice(role.start, role.end).split(/\s+/u).includes(title)),
  );
  return holders.length === 1 ? holders[0]! : null;
}

function resolveSource(
  context: AnalysisContext,
  source: TokenRange,
  references: readonly Reference[],
  people: readonly PersonDraft[],
  personOf: ReadonlyMap<NameMention, PersonDraft>,
): PersonDraft | null {
  const { tokens } = context;
  // "Paul Gentry and Maya Ruiz said": words said by two people have no one speaker.
  if (namesTwoPeople(context, source, personOf)) return null;
  const named = nameInSource(context, source, personOf);
  if (named) return named;
  // "The family of missing climber Tomas Rybak said": the phrase before the preposition is who speaks, and
  // the words after it describe the one it hangs on, not the speaker ("climber" is Rybak's role).
  const governing = governedFirst(context, source, personOf);
  if (governing !== -1) {
    const head = previousWord(tokens, governing, source.first);
    return head < source.first
      ? null
      : resolveSource(context, { first: source.first, last: head }, references, people, personOf);
  }
  const words = wordsOf(tokens, source);
  const first = words[0];
  if (!first) return null;
  // "Joris Vos Jr., chief executive of Vos Lines, said", "Vos, the company's founder, who told": a
  // description set off after a name is an apposition to it, and so is a relative pronoun after one.
  const host = appositionHost(context, source, personOf);
  if (host) return host;
  if (words.length === 1 && first.lower === 'who') {
    // "Barkley, who said ...": the relative pronoun is its antecedent.
    let before = previousWord(tokens, source.first);
    if (tokens[before]?.text === ',') before = previousWord(tokens, before);
    // "... with House Speaker Paul Ryan, who said": a person's name right before it is who it stands for,
    // wherever the name stands in its clause; only a sure person's, with a role or a given name ("the
    // president of the Foundation for Middle East Peace, who" names a body, and the loop below reads it).
    // Not the object of a person's description ("a friend of Tom Rell, who", "an adviser to Trump, who"):
    // the one described is more often meant.
    for (const [mention, person] of personOf)
      if (
        mention.name.last === before &&
        isSurePerson(tokens, person) &&
        !describesSomeoneOf(context, mention.first)
      )
        return person;
    // "Linh Tran, a bus driver and the union's shop steward at the depot, who told": the name a description
    // set off by commas follows.
    const described = nameBeforeApposition(context, before, personOf);
    if (described) return described;
    // The antecedent is within its clause: "The claim came from Senator Ekholm, who said" does not reach
    // back over "came".
    const sentenceStart = context.sentences[context.sentenceOfToken[source.first]!]!.firstToken;
    let clauseStart = Math.max(before, sentenceStart);
    while (clauseStart > sentenceStart && !isClauseVerb(tokens, clauseStart - 1)) clauseStart -= 1;
    let antecedent = before >= 0 ? nounPhraseEndingAt(context, before, clauseStart) : null;
    // "Anna Holt, a fisherman from Holm, who said": the phrase a preposition's object hangs on refers.
    while (antecedent && followsPreposition(tokens, antecedent.first)) {
      const preposition = previousWord(tokens, antecedent.first);
      // "The claim came from Senator Ekholm, who said": after a verb the preposition's object is the one.
      const beforePreposition = tokens[previousWord(tokens, preposition)];
      if (beforePreposition === undefined || isFiniteVerb(beforePreposition)) break;
      const head =
        preposition > clauseStart
          ? nounPhraseEndingAt(context, previousWord(tokens, preposition), clauseStart)
          : null;
      if (!head) break;
      antecedent = { first: head.first, last: antecedent.last };
    }
    return antecedent && tokens[antecedent.first]!.lower !== 'who'
      ? resolveSource(context, antecedent, references, people, personOf)
      : null;
  }
  // "the company's founder, who", "The union leader, whose sister is mayor,": a relative clause in a source
  // says more of the phrase before it, which is what refers.
  const relative = relativeClauseStart(tokens, source);
  if (relative !== -1 && relative > source.first) {
    let last = previousWord(tokens, relative, source.first);
    if (tokens[last]?.text === ',') last = previousWord(tokens, last, source.first);
    if (last >= source.first)
      return resolveSource(context, { first: source.first, last }, references, people, personOf);
  }
  if (words.length === 1) {
    const pronoun = PRONOUNS.get(first.lower);
    if (pronoun)
      return isPersonalPronoun(pronoun)
        ? resolvePronoun(context, source.first, pronoun.gender, references)
        : null;
  }
  const relation = resolveRelative(context, words, source, references, people);
  if (relation !== undefined) return relation;
  return resolveDescription(context, words, source, references, people);
}

/**
 * The person named in a source phrase: the last name in it ("Former NATO Secretary General Jens Stoltenberg",
 * "Meridia's trade minister, Mira Vos,"), leaving out names inside a relative clause ("The union leader,
 * whose sister Sofie Vos is mayor,") and possessors ("Vos's lawyer").
 */
function nameInSource(
  context: AnalysisContext,
  source: TokenRange,
  personOf: ReadonlyMap<NameMention, PersonDraft>,
): PersonDraft | null {
  const { tokens } = context;
  const relative = relativeClauseStart(tokens, source);
  const relativeAt = relative === -1 ? Number.POSITIVE_INFINITY : relative;
  // "Joris Vos Jr., chief baker at Vos Bread,": a source that opens with a name set off by a comma is that
  // name's, whatever the apposition after it names.
  for (const [mention, person] of personOf)
    if (
      Math.min(mention.first, mention.name.first) === source.first &&
      mention.name.last < source.last &&
      tokens[nextWord(tokens, mention.name.last)]?.text === ','
    )
      return person;
  // A source that is part of a name ("Verbytskyi" of "Energy Minister Ostap Verbytskyi said", where the
  // tagger took the family name alone) is that name's.
  for (const [mention, person] of personOf)
    if (source.first >= mention.name.first && source.last <= mention.name.last) return person;
  let named: PersonDraft | null = null;
  let namedAt = -1;
  for (const [mention, person] of personOf) {
    // The name inside the source, though its role may start before it ("Acting" of "Acting Mayor Farah
    // Haddad told", where the tagger's source starts at "Mayor").
    const start = Math.max(source.first, Math.min(mention.first, mention.name.first));
    if (mention.name.first < source.first || start > source.last || mention.name.last > relativeAt) continue;
    // A source cut after the title ("Mr." of "Mr. Vos told") still names the person the title introduces.
    if (mention.name.last > source.last && source.last >= mention.name.first) continue;
    if (isApostrophe(tokens[nextWord(tokens, mention.name.last)])) {
      if (named) continue;
      // "Eriksen's office", "Eze's campaign", "Mayor Bakker's spokeswoman": the possessor's people speak,
      // not the possessor; "Eriksen's statement", "Trump's own words" are still theirs.
      if (!isPossessorsSaying(tokens, mention.name.last, source.last)) continue;
    }
    // "a fisherman from Holm", "the lawyer for Vos", "The family of missing climber Tomas Rybak": the
    // object of a preposition is not who the phrase is.
    if (governingPreposition(tokens, source.first, start) !== -1) continue;
    // "One Clinton spokesman", "a Trump adviser": a name that modifies a person's noun is not that person.
    if (modifiesPersonNoun(tokens, mention.name.last, source.last)) continue;
    if (mention.name.first > namedAt) {
      named = person;
      namedAt = mention.name.first;
    }
  }
  return named;
}

/**
 * Whether what a possessor owns, in a source, is their own saying: the last word before a comma, a
 * preposition or the source's end names a medium or a saying ("Eriksen's statement", "Trump's own words"), not a body, a
 * role or a relation that speaks for them ("Eriksen's office", "Namukasa's publisher, Lakeside Books").
 */
function isPossessorsSaying(tokens: readonly Token[], possessor: number, sourceLast: number): boolean {
  let head = '';
  for (let index = nextWord(tokens, possessor); index <= sourceLast; index += 1) {
    const token = tokens[index]!;
    if (token.text === ',' || PREPOSITIONS.has(token.lower) || token.lower === 'of') break;
    if (token.kind === 'word' && !(token.lower === 's' && isApostrophe(tokens[index - 1])))
      head = token.lower;
  }
  // "Trump's | strikingly personal attacks on": a source that is the possessor alone, its cue the noun.
  return head === '' || MEDIUM_NOUNS.has(head) || SAYING_NOUNS.has(head);
}

/** Nouns of what someone says, besides the media (`MEDIUM_NOUNS`): "Trump's remarks", "her reply". */
const SAYING_NOUNS = new Set(
  `remarks remark comments comment words message messages email emails op-ed essay column memo note
  response reply answer answers account claim claims argument view views announcement video ad ads
  assessment warning promise pledge`.split(/\s+/u),
);

/** Whether the word after a name, inside the source, is a role or a person's noun in lower case. */
function modifiesPersonNoun(tokens: readonly Token[], last: number, sourceLast: number): boolean {
  const next = nextWord(tokens, last, sourceLast + 1);
  const word = tokens[next];
  return (
    word !== undefined &&
    next <= sourceLast &&
    word.kind === 'word' &&
    word.text === word.lower &&
    !ELDER_WORDS.has(word.lower) &&
    !YOUNGER_WORDS.has(word.lower) &&
    (ROLE_HEADS.has(word.lower) || isPersonNoun(word.lower))
  );
}

/**
 * Whether a source joins two people or more by "and" (or "&"): "Paul Gentry and Maya Ruiz", "Paul
 * Gentry, the CEO, and Maya Ruiz", "The candidates, Hillary Clinton and Senator Bernie Sanders". Names
 * and joints count at the top of the phrase only: not after a preposition in their stretch between commas
 * ("Maya Ruiz, a former aide to Paul Gentry and Anna Holt,", "a lawyer at Bailey & Glasser"), nor in a
 * relative clause.
 */
function namesTwoPeople(
  context: AnalysisContext,
  source: TokenRange,
  personOf: ReadonlyMap<NameMention, PersonDraft>,
): boolean {
  const { tokens } = context;
  const end = lastBeforeRelativeClause(tokens, source);
  // Whether a preposition ("of" after a word in lower case) stands between the comma (or the source's
  // start) before `index` and it.
  const governed = (index: number): boolean => {
    for (let at = index - 1; at >= source.first; at -= 1) {
      const token = tokens[at]!;
      if (token.text === ',') return false;
      if (followsPreposition(tokens, at + 1)) return true;
    }
    return false;
  };
  const mentions = [...personOf.keys()].filter(
    (mention) =>
      mention.first >= source.first &&
      mention.name.last <= end &&
      !governed(mention.first) &&
      !isApostrophe(tokens[nextWord(tokens, mention.name.last)]),
  );
  for (let index = source.first; index <= end; index += 1) {
    if ((tokens[index]!.lower !== 'and' && tokens[index]!.text !== '&') || governed(index)) continue;
    if (
      mentions.some((mention) => mention.first > index) &&
      mentions.some((mention) => mention.name.last < index)
    )
      return true;
  }
  return false;
}

/** Where a relative clause set off by a comma begins inside a range ("X, who ...", "X, whose ..."), or -1. */
function relativeClauseStart(tokens: readonly Token[], range: TokenRange): number {
  for (let index = range.first + 1; index <= range.last; index += 1)
    if (
      RELATIVE_PRONOUNS.has(tokens[index]!.lower) &&
      tokens[previousWord(tokens, index, range.first)]?.text === ','
    )
      return index;
  return -1;
}

/**
 * The person a source stands in apposition to: the name right before it, set off by a comma (an age may sit
 * between: "Vos, 52, who said"). The source must be a description or a relative pronoun, and closed by a
 * comma or a relative pronoun, so that "After meeting Vos, the minister said" stays the minister's.
 */
function appositionHost(
  context: AnalysisContext,
  source: TokenRange,
  personOf: ReadonlyMap<NameMention, PersonDraft>,
): PersonDraft | null {
  const { tokens } = context;
  let comma = previousWord(tokens, source.first);
  if (tokens[comma]?.text !== ',') return null;
  let before = previousWord(tokens, comma);
  if (/^\d{1,3}$/u.test(tokens[before]?.text ?? '') && tokens[previousWord(tokens, before)]?.text === ',') {
    comma = previousWord(tokens, before);
    before = previousWord(tokens, comma);
  }
  let host: PersonDraft | null = null;
  for (const [mention, person] of personOf)
    if (mention.name.last === before && !followsPreposition(tokens, mention.first)) host = person;
  if (!host) return null;
  const firstWord = tokens[source.first]!;
  const lastWord = tokens[source.last]!;
  const after = tokens[nextWord(tokens, source.last)];
  const relative = firstWord.lower === 'who' || lastWord.lower === 'who';
  const closed =
    relative ||
    lastWord.text === ',' ||
    after?.text === ',' ||
    (after !== undefined && RELATIVE_PRONOUNS.has(after.lower));
  const describes =
    relative ||
    DETERMINERS.has(firstWord.lower) ||
    POSSESSIVE_DETERMINERS.has(firstWord.lower) ||
    wordsOf(tokens, source).some((word) => ROLE_HEADS.has(word.lower));
  return closed && describes && !INDEFINITE_DETERMINERS.has(firstWord.lower) ? host : null;
}

/**
 * "his father", "her older sister": the possessive pronoun's person, then the relative of theirs that the
 * article names with that relation ("His father, Joris Vos,") or, for the father of a "Jr.", the namesake
 * without the suffix. Undefined when the source is not such a phrase; null when it is but nobody fits.
 */
function resolveRelative(
  context: AnalysisContext,
  words: readonly Token[],
  source: TokenRange,
  references: readonly Reference[],
  people: readonly PersonDraft[],
): PersonDraft | null | undefined {
  const pronoun = PRONOUNS.get(words[0]!.lower);
  const kin = words.at(-1)!.lower;
  if (!pronoun || pronoun.case !== 'possessive' || !KIN_NOUNS.has(kin) || words.length > 3) return undefined;
  const anchor = isPersonalPronoun(pronoun)
    ? resolvePronoun(context, source.first, pronoun.gender, references)
    : null;
  const kinOf = (person: PersonDraft): boolean =>
    person !== anchor &&
    person.roles.some((role) =>
      context.text
        .slice(role.start, role.end)
        .toLowerCase()
        .split(/[^\p{L}-]+/u)
        .includes(kin),
    );
  const named = people.filter(kinOf);
  if (named.length === 1) return named[0]!;
  if (anchor && kin === 'father' && anchor.key.endsWith(' jr')) {
    const father = people.find((person) => person.key === anchor.key.slice(0, -3));
    if (father) return father;
  }
  return named.length > 0 ? nearestReferenced(named, references, source.first) : null;
}

function nearestReferenced(
  candidates: readonly PersonDraft[],
  references: readonly Reference[],
  token: number,
): PersonDraft {
  const latest = references.filter(
    (reference) => reference.token < token && candidates.includes(reference.person),
  );
  return latest.at(-1)?.person ?? candidates[0]!;
}

/**
 * A pronoun refers to the subject of its own clause's earlier part or of the nearest sentence before it
 * that has one, agreeing in gender where the person's gender is known; failing that, the latest mention.
 */
function resolvePronoun(
  context: AnalysisContext,
  token: number,
  gender: string | null,
  references: readonly Reference[],
): PersonDraft | null {
  const sentence = context.sentenceOfToken[token]!;
  const agrees = (reference: Reference): boolean =>
    gender === null || reference.person.gender === null || reference.person.gender === gender;
  // A pronoun outside quotation marks refers to a name outside them first: in "'Without Joanna I would
  // have lost,' she said", she is the speaker, and in "'... Hillary Clinton represents failure,' she said.
  // '...,' she added", the speaker again. A name inside a quotation that another sentence reports is the
  // last resort ("'Ana Ruiz is our best,' Rell said. She said ..."); one inside a quotation this sentence
  // reports is none.
  const inQuotation = (reference: Reference): boolean => context.quotationOfToken[reference.token] !== -1;
  // "He said he would speak to Salas privately": a person named after a pronoun that opens its sentence as
  // its subject, outside quotation marks, is someone else. Not after a pronoun in a clause before the main
  // one ("When she endorsed Clinton, Warren said"), nor a possessive ("In his view, Obama ...").
  const opensAsSubject =
    NOMINATIVE_PRONOUNS.has(context.tokens[token]!.lower) && token === firstWordOfSentence(context, sentence);
  const namedAfter = new Set(
    opensAsSubject
      ? references
          .filter(
            (reference) =>
              reference.sentence === sentence && reference.token > token && !inQuotation(reference),
          )
          .map((reference) => reference.person)
      : [],
  );
  const candidates = references.filter(
    (reference) =>
      reference.token < token &&
      sentence - reference.sentence <= PRONOUN_WINDOW &&
      agrees(reference) &&
      !namedAfter.has(reference.person),
  );
  if (context.quotationOfToken[token] !== -1) return antecedentAmong(candidates, sentence);
  const reported = quotationsOf(context, sentence);
  return (
    antecedentAmong(
      candidates.filter((reference) => !inQuotation(reference)),
      sentence,
    ) ??
    antecedentAmong(
      candidates.filter((reference) => !reported.has(context.quotationOfToken[reference.token]!)),
      sentence,
    )
  );
}

const NOMINATIVE_PRONOUNS = new Set(['he', 'she']);

/**
 * Among the references before a pronoun in sentence `sentence`: the subject of its own clause's earlier
 * part, else the first subject of the nearest sentence before it that has one, else the latest reference.
 */
function antecedentAmong(before: readonly Reference[], sentence: number): PersonDraft | null {
  const sameSentence = before.filter((reference) => reference.sentence === sentence);
  const subject = sameSentence.filter((reference) => reference.subject).at(-1) ?? soleAbout(sameSentence);
  if (subject) return subject.person;
  for (let back = 1; back <= PRONOUN_WINDOW; back += 1) {
    const inSentence = before.filter((reference) => reference.sentence === sentence - back);
    const first = inSentence.find((reference) => reference.subject) ?? soleAbout(inSentence);
    if (first) return first.person;
  }
  return before.at(-1)?.person ?? null;
}

/**
 * Of a sentence's references (with no subject among them), the possessor that opens it, when the sentence
 * refers to no one else ("Trump's temperament came under scrutiny", not "Trump's grasp of policy is
 * worrying, Cuban said").
 */
function soleAbout(references: readonly Reference[]): Reference | undefined {
  const possessor = references.find((reference) => reference.possessor);
  return possessor && references.every((reference) => reference.person === possessor.person)
    ? possessor
    : undefined;
}

/**
 * Whether a name opens its sentence in the possessive, and what it possesses is no person ("Mr Marsh's
 * own line", "Suu Kyi's fate"; not "Trump's attorney, Alan Garten,").
 */
function opensAsPossessor(context: AnalysisContext, mention: NameMention): boolean {
  const { tokens } = context;
  const sentence = context.sentenceOfToken[mention.first]!;
  if (mention.first !== firstWordOfSentence(context, sentence)) return false;
  const apostrophe = nextWord(tokens, mention.name.last);
  if (!isApostrophe(tokens[apostrophe])) return false;
  // The word after "'s" (or after the bare apostrophe of "Reeves'"), the possessed phrase's first word.
  let possessed = nextWord(tokens, apostrophe);
  if (tokens[possessed]?.lower === 's') possessed = nextWord(tokens, possessed);
  const word = tokens[possessed];
  return (
    word?.kind === 'word' &&
    !ROLE_HEADS.has(word.lower) &&
    !KIN_NOUNS.has(word.lower) &&
    !isPersonNoun(word.lower)
  );
}

/** The quotations that a sentence holds a part of. */
function quotationsOf(context: AnalysisContext, sentenceIndex: number): Set<number> {
  const sentence = context.sentences[sentenceIndex]!;
  const found = new Set<number>();
  for (let index = sentence.firstToken; index < sentence.lastToken; index += 1) {
    const quotation = context.quotationOfToken[index]!;
    if (quotation !== -1) found.add(quotation);
  }
  return found;
}

/** "the former Secretary General of the Alliance" is the person whose role shares its role words. */
function resolveDescription(
  context: AnalysisContext,
  words: readonly Token[],
  range: TokenRange,
  references: readonly Reference[],
  people: readonly PersonDraft[],
): PersonDraft | null {
  const token = range.first;
  const first = words[0]!;
  // "the minister", "its chief executive", "the company's founder": definite descriptions.
  const possessed = isApostrophe(context.tokens[nextWord(context.tokens, range.first)]);
  if (
    INDEFINITE_DETERMINERS.has(first.lower) ||
    !(DETERMINERS.has(first.lower) || POSSESSIVE_DETERMINERS.has(first.lower) || possessed)
  )
    return null;
  const keysOf = (of: readonly Token[], titleGeneral = true): Set<string> =>
    new Set(
      roleKeysOf(
        of
          .map((word) => word.lower)
          .filter((word) => !DETERMINERS.has(word) && !POSSESSIVE_DETERMINERS.has(word) && word !== 'of'),
        titleGeneral,
      ),
    );
  const content = keysOf(words);
  // "The chief of staff of Mayor Anna Holt": a role word after a preposition is someone else's, whom this
  // one is not (see `followsPreposition` for "of"); the words there still tell two holders of the role apart.
  const head = headOfPhrase(context.tokens, range).lower;
  // A noun WordNet knows first as a person's heads a role too where it heads the description ("the
  // novelist"), as it does where the article gives the role ("Novelist Ifeoma Nwachukwu").
  // Only one person's noun in lower case ("the actress", not "The Fed", "the attendees"), and not after a
  // possessive pronoun, which makes it someone's relation ("her friend").
  const headText = headOfPhrase(context.tokens, range).text;
  const personHead =
    isPersonNoun(head) &&
    !ROLE_HEADS.has(head) &&
    !isPluralPersonNoun(head) &&
    headText === head &&
    !POSSESSIVE_DETERMINERS.has(first.lower);
  const roleWords = [...keysOf(words.slice(0, headWordsEnd(words)), false)].filter(
    (word) => ROLE_HEADS.has(word) || ROLE_KEYS.has(word) || (personHead && word === roleKey(head)),
  );
  // "The 62-year-old" after "Aurelio Mancuso, 62,": an age is matched on the ages the article states.
  const age = statedAge(words);
  // "The gran-of-five" counts the person's own family: a description of the person as an age is.
  const epithet = age === null && isParentEpithet(words);
  // With no age stated for anyone, it is the person the story is about, as "he" or "she" would be.
  // Not someone's relation ("Her 72-year-old mother").
  if (
    (roleWords.length === 0 || epithet) &&
    (age !== null || epithet) &&
    !possessed &&
    !POSSESSIVE_DETERMINERS.has(first.lower) &&
    (epithet || !KIN_NOUNS.has(head))
  ) {
    if (age !== null) {
      const ofAge = personOfAge(context, people, age);
      if (ofAge) return ofAge;
      // "A 34-year-old man was stabbed ... The 34-year-old told police": someone the article introduced
      // unnamed at that age.
      if ((unnamedAgesOf(context).get(age) ?? Number.POSITIVE_INFINITY) < token) return null;
    }
    // The one person of the last sentences whose age is not stated otherwise ("Aurelio Mancuso walked the
    // rows. ... said the 62-year-old"); no one where two are ("Maria Lopez ... Her landlord, Tom Reilly").
    // A count of children says nothing of age: anyone there.
    const sentence = context.sentenceOfToken[token]!;
    const ageless = references.filter(
      (reference) =>
        reference.token < token &&
        sentence - reference.sentence <= PRONOUN_WINDOW &&
        (epithet || agesOf(context, reference.person.mentions).length === 0),
    );
    // Not after someone introduced unnamed since the first of them ("Ana Ruiz said officers arrested a man
    // at the home of Tom Reed. The 23-year-old told officers"): the description may be that one.
    const sinceFirst = ageless[0]?.token ?? token;
    if (introducesUnnamedPerson(context, sinceFirst, token)) return null;
    const persons = new Set(ageless.map((reference) => reference.person));
    if (persons.size === 1) return ageless[0]!.person;
    // Or the one of them its paragraph names before its sentence (a live blog's entry: "06:15 — Declan
    // Fahy addressed strikers. ... the 58-year-old told the crowd"), not a name inside the words it quotes.
    const block = context.sentences[sentence]!.block;
    const inParagraph = new Set(
      ageless
        .filter(
          (reference) =>
            reference.sentence < sentence && context.sentences[reference.sentence]!.block === block,
        )
        .map((reference) => reference.person),
    );
    if (inParagraph.size === 1) return [...inParagraph][0]!;
    // Or the one of them who was a clause's subject, as "he" or "she" would be ("Governor Eleni
    // Papadakis denied saying ..., a charge first made by Aroha Te Rangi ... The 64-year-old said").
    // Where several were, the first subject of the nearest sentence that has one, as a pronoun's
    // antecedent is read: a relative clause's subject after it ("..., who told a rally") comes second.
    const subjects = ageless.filter((reference) => reference.subject);
    for (let back = 0; back <= PRONOUN_WINDOW; back += 1) {
      const first = subjects.find((reference) => reference.sentence === sentence - back);
      if (first) return first.person;
    }
    return null;
  }
  if (roleWords.length === 0 || (GROUP_HEADS.has(head) && !ROLE_HEADS.has(head))) return null;
  // Each conjunct has its head: "the Florida senator and Republican presidential candidate".
  const heads = [
    head,
    ...words.flatMap((word, index) => (word.lower === 'and' && index > 0 ? [words[index - 1]!.lower] : [])),
  ].map(roleKey);
  const headedRole = roleWords.length >= 2 && ROLE_HEADS.has(head);
  // "The mayor" is whoever holds the office now, not the former mayor beside her: a description that
  // says nothing of time prefers a person who holds the role it names over one who held it.
  const ofThePast = words.some((word) => FORMER_WORDS.has(word.lower) || word.lower === 'then');
  let best: PersonDraft | null = null;
  let bestScore = 0;
  let bestRecency = -1;
  // The title right before the name also goes by its nouns ("Gen." by "general").
  const keysOfRole = (role: Span): string[] => {
    const roleWords = roleTextWords(context, role);
    return [...roleWords, ...(TITLE_NOUNS.get(roleWords.at(-1) ?? '') ?? [])].map(roleKey);
  };
  for (const person of people) {
    const roleTokens = new Set(person.roles.flatMap(keysOfRole));
    if (!roleWords.some((word) => roleTokens.has(word))) continue;
    // A description of several role words is matched on its head: "the chief financial officer" is not
    // the committee's chair, whom only "chief" would match.
    if (headedRole && !heads.some((key) => roleTokens.has(key))) continue;
    // A person's noun matches the head of a role, not its possessor ("The suspect said" is not "the
    // suspect's lawyer, Ana Ruiz").
    if (personHead && !ROLE_KEYS.has(roleKey(head)) && !roleHeadsOf(context, person).has(roleKey(head)))
      continue;
    // "Tollmarsh's assistant manager" is not the manager: a description with rank words ("assistant",
    // "deputy", "vice") is of a person whose role the description names has them too. Not the other way:
    // "the new minister" may be the deputy minister promoted.
    const rank = rankOf(headModifiers(context.tokens, range));
    if (
      rank !== '' &&
      !person.roles.some((role) => {
        const keys = keysOfRole(role);
        return keys.some((word) => roleWords.includes(word)) && rankOf(keys) === rank;
      })
    )
      continue;
    const ages = agesOf(context, person.mentions);
    if (age !== null && ages.length > 0 && !ages.includes(age)) continue;
    const heldNow =
      ofThePast ||
      person.roles.some(
        (role) =>
          roleTime(context, role) === 'current' && keysOfRole(role).some((word) => roleWords.includes(word)),
      );
    const score =
      [...content].filter((word) => roleTokens.has(word)).length +
      (ages.includes(age ?? -1) ? 1 : 0) -
      (heldNow ? 0 : 0.5);
    const recency =
      references.filter((reference) => reference.person === person && reference.token < token).at(-1)
        ?.token ?? -1;
    if (score > bestScore || (score === bestScore && recency > bestRecency)) {
      best = person;
      bestScore = score;
      bestRecency = recency;
    }
  }
  return best;
}

/** Words that make a role a lower rank of another: an assistant manager is not the manager. */
const RANK_WORDS = new Set(['assistant', 'deputy', 'vice', 'associate', 'under']);

/** A role's rank words, in order: "" for the role itself. */
const rankOf = (keys: Iterable<string>): string =>
  [...new Set([...keys].filter((key) => RANK_WORDS.has(key)))].sort().join(' ');

/**
 * The role keys of the words right before a description's head, back to a possessive or a determiner:
 * "assistant" of "Tollmarsh's assistant manager", none of "the former vice president's spokeswoman".
 */
function headModifiers(tokens: readonly Token[], range: TokenRange): string[] {
  const head = headOfPhrase(tokens, range);
  let index = range.first;
  while (index <= range.last && tokens[index] !== head) index += 1;
  const keys: string[] = [];
  for (let at = index - 1; at >= range.first; at -= 1) {
    const token = tokens[at]!;
    if (token.kind === 'space' || token.text === '-') continue;
    if (token.kind !== 'word' || token.lower === 's' || DETERMINERS.has(token.lower)) break;
    keys.push(roleKey(token.lower));
  }
  return keys;
}

/** A role's words, in lower case. */
const roleTextWords = (context: AnalysisContext, role: Span): string[] =>
  context.text
    .slice(role.start, role.end)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');

/** The role keys of the heads of a person's roles ("lawyer" of "suspect's lawyer", "mayor" of "mayor of Holm"). */
function roleHeadsOf(context: AnalysisContext, person: PersonDraft): Set<string> {
  return new Set(
    person.roles.flatMap((role) => {
      const words = roleTextWords(context, role);
      // Before the role's place or body: "chief executive" of "chief executive of Nordkraft".
      const of = words.findIndex((word) => word === 'of' || PREPOSITIONS.has(word));
      const last = (of === -1 ? words : words.slice(0, of)).at(-1);
      return last === undefined ? [] : [roleKey(last)];
    }),
  );
}

/**
 * The role keys of a description's words (see `roleKey`). Without `titleGeneral`, "general" beside another
 * title is left out: "the inspector general", "the club's general manager" must be matched on "inspector"
 * or "manager", not on a general's "Gen.";
 * it still counts among the words that tell two matches apart ("the attorney general").
 */
const roleKeysOf = (words: readonly string[], titleGeneral: boolean): string[] =>
  words.flatMap((word, index) =>
    !titleGeneral &&
    word === 'general' &&
    (ROLE_HEADS.has(words[index - 1] ?? '') || ROLE_HEADS.has(words[index + 1] ?? ''))
      ? []
      : [roleKey(word)],
  );

/** How far back the nouns a name's preposition hangs on are looked for ("the chief of staff of"). */
const DESCRIBED_REACH = 8;

/**
 * Whether the phrase a name's preposition hangs on describes a person: "a friend of Tom Rell", "the chief
 * of staff of Mayor Anna Holt", "a lawyer for the estate of Anna Holt" (a noun of a person among the
 * words, prepositions and determiners before it), not "the rise of Donald Trump".
 */
function describesSomeoneOf(context: AnalysisContext, index: number): boolean {
  const { tokens } = context;
  if (!followsPreposition(tokens, index)) return false;
  // From preposition to preposition: the noun before each, over its determiner ("the estate of").
  let preposition = previousWord(tokens, index);
  for (let links = 0; links < DESCRIBED_REACH; links += 1) {
    const nounIndex = previousWord(tokens, preposition);
    const noun = tokens[nounIndex];
    if (!noun || noun.kind !== 'word' || noun.text !== noun.lower) return false;
    if (ROLE_HEADS.has(noun.lower) || KIN_NOUNS.has(noun.lower) || isPersonNoun(noun.lower)) return true;
    let before = previousWord(tokens, nounIndex);
    while (tokens[before] !== undefined && DETERMINERS.has(tokens[before]!.lower))
      before = previousWord(tokens, before);
    const word = tokens[before]?.lower ?? '';
    if (!PREPOSITIONS.has(word) && word !== 'of') return false;
    preposition = before;
  }
  return false;
}

/** A person with a role somewhere in the article, or whose name opens on a given name. */
const isSurePerson = (tokens: readonly Token[], person: PersonDraft): boolean =>
  person.roles.length > 0 || isGivenName(tokens[person.name.first]!.lower);

/**
 * How many of a description's words come before its first preposition, or its first "of" after a word
 * in lower case: "the mayor" of "the mayor of Holm", "the chief" of "the chief of staff of Mayor Holt",
 * but all of "the Secretary of State".
 */
function headWordsEnd(words: readonly Token[]): number {
  for (let index = 1; index < words.length; index += 1) {
    const word = words[index]!;
    const before = words[index - 1]!;
    if (PREPOSITIONS.has(word.lower) || (word.lower === 'of' && before.text === before.lower)) return index;
  }
  return words.length;
}

function insertReference(references: Reference[], reference: Reference): void {
  const at = references.findIndex((other) => other.token > reference.token);
  if (at === -1) references.push(reference);
  else references.splice(at, 0, reference);
}

/**
 * The preposition that governs a name starting at token `start` within a source that opens at `first`:
 * the word right before it ("the lawyer for Vos") or before the lower-case words that open its phrase
 * ("The family of missing climber Tomas Rybak", "Friends of the late singer Ama Boateng"), with no comma,
 * capital or verb between; -1 when there is none. A capital between ("Friends of the Earth campaigner Jo
 * Hale") is a name the words belong to.
 */
function governingPreposition(tokens: readonly Token[], first: number, start: number): number {
  for (let at = start; at > first;) {
    if (followsPreposition(tokens, at)) {
      const preposition = previousWord(tokens, at);
      // "Of", "for" or "without" after a title's head and before a bare noun, with words between it and
      // the name, is part of the title: "Former Reagan chief of staff Don Regan", "special envoy for
      // climate John Kerry", "Minister without portfolio Anna Holt" (but "a lawyer for Vos" is someone
      // else's lawyer, and "a representative for the Ivanka Trump brand" is the brand's).
      const head = tokens[previousWord(tokens, preposition)];
      const object = tokens[nextWord(tokens, preposition)]?.lower ?? '';
      return at !== start &&
        TITLE_PREPOSITIONS.has(tokens[preposition]!.lower) &&
        !DETERMINERS.has(object) &&
        ROLE_HEADS.has(head?.lower ?? '')
        ? -1
        : preposition;
    }
    const word = previousWord(tokens, at, first);
    const token = tokens[word];
    if (token?.kind !== 'word' || token.text !== token.lower || isFiniteVerb(token)) return -1;
    at = word;
  }
  return -1;
}

const TITLE_PREPOSITIONS = new Set(['of', 'for', 'without']);

/** The last token of a source before its relative clause ("The union leader, whose sister ..."), if any. */
function lastBeforeRelativeClause(tokens: readonly Token[], source: TokenRange): number {
  const relative = relativeClauseStart(tokens, source);
  return relative === -1 ? source.last : relative - 1;
}

/**
 * The preposition governing the first name of a source, where every name of it (outside a relative
 * clause) is governed by one and the source opens on a common noun phrase ("Relatives of Daniel Osei",
 * "A lawyer for Mira Vos"); -1 otherwise.
 */
function governedFirst(
  context: AnalysisContext,
  source: TokenRange,
  personOf: ReadonlyMap<NameMention, PersonDraft>,
): number {
  const { tokens } = context;
  const end = lastBeforeRelativeClause(tokens, source);
  let first = -1;
  for (const mention of personOf.keys()) {
    const start = Math.min(mention.first, mention.name.first);
    if (start < source.first || mention.name.last > end) continue;
    const preposition = governingPreposition(tokens, source.first, start);
    if (preposition === -1) return -1;
    if (first === -1 || preposition < first) first = preposition;
  }
  return first;
}

/**
 * Whether the word before token `index` is a preposition: "from Holm", "for Vos", "the lawyer of Vos" name
 * no speaker, nor "the lawyer representing Vos". "Of" is no preposition to the lexicon, which reads it
 * inside names ("Bank of Holm"), and it counts here only after a word in lower case, or a sentence's first
 * word that is no title: "Secretary of State Anna Holt" is her title.
 */
const followsPreposition = (tokens: readonly Token[], index: number): boolean => {
  const before = previousWord(tokens, index);
  const word = tokens[before]?.lower ?? '';
  if (word === 'representing') return true;
  if (word !== 'of') return PREPOSITIONS.has(word);
  const at = previousWord(tokens, before);
  const head = tokens[at];
  if (head === undefined || head.kind !== 'word') return false;
  // "Relatives of Daniel Osei said": people capitalized only because they open the sentence ("Bank of Holm
  // governor Mark Dale" is a title).
  return (
    head.text === head.lower ||
    (opensSentence(tokens, at) &&
      !ROLE_HEADS.has(head.lower) &&
      (isPersonNoun(head.lower) || FAMILY_WORDS.has(head.lower)))
  );
};

const FAMILY_WORDS = new Set(['family', 'families']);

/** Whether token `index` opens its sentence or paragraph: nothing, a line break or a full stop before it. */
function opensSentence(tokens: readonly Token[], index: number): boolean {
  const space = tokens[index - 1];
  if (space === undefined || (space.kind === 'space' && space.text.includes('\n'))) return true;
  const before = tokens[previousWord(tokens, index)];
  return before === undefined || before.text === '.' || before.text === '!' || before.text === '?';
}
