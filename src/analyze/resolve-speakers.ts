import type { AnalysisContext } from './context.js';
import { isAnalyzedSentence, nextWord, previousWord } from './context.js';
import { headOfPhrase, nounPhraseEndingAt, nounPhraseStartingAt } from './noun-phrases.js';
import type { AttributionCandidate } from './build-attributions.js';
import { wordsOf, type NameMention, type PersonDraft } from './find-people.js';
import {
  CONTINUATION_OPENERS,
  DETERMINERS,
  INDEFINITE_DETERMINERS,
  PREPOSITIONS,
} from './lexicon/function-words.js';
import { isPersonalPronoun, PRONOUNS } from './lexicon/pronouns.js';
import { ROLE_HEADS } from './lexicon/roles.js';
import { GROUP_HEADS } from './lexicon/sources.js';
import type { TokenRange } from './noun-phrases.js';

/** How far back (in sentences) a pronoun looks for the person it refers to. */
const PRONOUN_WINDOW = 3;

/** One place where a person is referred to, in text order: a name, or a source resolved to them. */
interface Reference {
  readonly token: number;
  readonly sentence: number;
  readonly person: PersonDraft;
  readonly subject: boolean;
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
    const person = resolveSource(context, range, references, people, personOf);
    if (index !== -1) speakers[index] = person;
    if (!person) continue;
    const subject = index === -1 || candidates[index]!.cue.kind === 'verb';
    insertReference(references, {
      token: range.first,
      sentence: context.sentenceOfToken[range.first]!,
      person,
      subject,
    });
    const pronoun = PRONOUNS.get(context.tokens[range.first]!.lower);
    if (pronoun && isPersonalPronoun(pronoun) && pronoun.gender !== 'neutral')
      person.gender ??= pronoun.gender;
  }
  return speakers;
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

function resolveSource(
  context: AnalysisContext,
  source: TokenRange,
  references: readonly Reference[],
  people: readonly PersonDraft[],
  personOf: ReadonlyMap<NameMention, PersonDraft>,
): PersonDraft | null {
  const { tokens } = context;
  // A name inside the source phrase: the last one ("Former NATO Secretary General Jens Stoltenberg").
  let named: PersonDraft | null = null;
  for (const [mention, person] of personOf)
    if (mention.name.first >= source.first && mention.name.last <= source.last) named = person;
  if (named) return named;
  const words = wordsOf(tokens, source);
  const first = words[0];
  if (!first) return null;
  if (words.length === 1 && first.lower === 'who') {
    // "Barkley, who said ...": the relative pronoun is its antecedent.
    let before = previousWord(tokens, source.first);
    if (tokens[before]?.text === ',') before = previousWord(tokens, before);
    const antecedent = before >= 0 ? nounPhraseEndingAt(context, before, 0) : null;
    return antecedent && tokens[antecedent.first]!.lower !== 'who'
      ? resolveSource(context, antecedent, references, people, personOf)
      : null;
  }
  if (words.length === 1) {
    const pronoun = PRONOUNS.get(first.lower);
    if (pronoun)
      return isPersonalPronoun(pronoun)
        ? resolvePronoun(context, source.first, pronoun.gender, references)
        : null;
  }
  return resolveDescription(context, words, source, references, people);
}

/**
 * A pronoun refers to the subject of its own clause's earlier part or of the nearest sentence before it
 * that has one, agreeing in gender where the person's gender is known; failing that, the latest mention.
 */
function resolvePronoun(
  context: AnalysisContext,
  token: number,
  gender: string,
  references: readonly Reference[],
): PersonDraft | null {
  const sentence = context.sentenceOfToken[token]!;
  const agrees = (reference: Reference): boolean =>
    reference.person.gender === null || reference.person.gender === gender;
  const before = references.filter(
    (reference) =>
      reference.token < token && sentence - reference.sentence <= PRONOUN_WINDOW && agrees(reference),
  );
  const sameSentence = before.filter((reference) => reference.sentence === sentence && reference.subject);
  if (sameSentence.length > 0) return sameSentence.at(-1)!.person;
  for (let back = 1; back <= PRONOUN_WINDOW; back += 1) {
    const subjects = before.filter(
      (reference) => reference.sentence === sentence - back && reference.subject,
    );
    if (subjects.length > 0) return subjects[0]!.person;
  }
  return before.at(-1)?.person ?? null;
}

/** "the former Secretary General of the Alliance" is the person whose role shares its role words. */
function resolveDescription(
  context: AnalysisContext,
  words: readonly { lower: string }[],
  range: TokenRange,
  references: readonly Reference[],
  people: readonly PersonDraft[],
): PersonDraft | null {
  const token = range.first;
  const first = words[0]!;
  if (INDEFINITE_DETERMINERS.has(first.lower) || !DETERMINERS.has(first.lower)) return null;
  const content = new Set(
    words.map((word) => word.lower).filter((word) => !DETERMINERS.has(word) && word !== 'of'),
  );
  const roleWords = [...content].filter((word) => ROLE_HEADS.has(word));
  const head = headOfPhrase(context.tokens, range).lower;
  if (roleWords.length === 0 || (GROUP_HEADS.has(head) && !ROLE_HEADS.has(head))) return null;
  let best: PersonDraft | null = null;
  let bestScore = 0;
  let bestRecency = -1;
  for (const person of people) {
    const roleTokens = new Set(
      person.roles.flatMap((role) =>
        context.text
          .slice(role.start, role.end)
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u),
      ),
    );
    if (!roleWords.some((word) => roleTokens.has(word))) continue;
    const score = [...content].filter((word) => roleTokens.has(word)).length;
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

function insertReference(references: Reference[], reference: Reference): void {
  const at = references.findIndex((other) => other.token > reference.token);
  if (at === -1) references.push(reference);
  else references.splice(at, 0, reference);
}
