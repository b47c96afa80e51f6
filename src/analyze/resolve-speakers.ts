import type { AnalysisContext } from './context.js';
import type { AttributionCandidate } from './build-attributions.js';
import { wordsOf, type NameMention, type PersonDraft } from './find-people.js';
import { DETERMINERS, INDEFINITE_DETERMINERS } from './lexicon/function-words.js';
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

  const order = candidates
    .map((candidate, index) => ({ candidate, index }))
    .filter(({ candidate }) => candidate.source);
  order.sort((a, b) => a.candidate.source!.first - b.candidate.source!.first);
  const speakers = new Array<PersonDraft | null>(candidates.length).fill(null);
  for (const { candidate, index } of order) {
    const source = candidate.source!;
    const person = resolveSource(context, source, references, people, personOf);
    speakers[index] = person;
    if (person) {
      const subject = candidate.cue.kind === 'verb';
      insertReference(references, {
        token: source.first,
        sentence: context.sentenceOfToken[source.first]!,
        person,
        subject,
      });
      const pronoun = PRONOUNS.get(context.tokens[source.first]!.lower);
      if (pronoun && isPersonalPronoun(pronoun) && pronoun.gender !== 'neutral')
        person.gender ??= pronoun.gender;
    }
  }
  return speakers;
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
  if (words.length === 1) {
    const pronoun = PRONOUNS.get(first.lower);
    if (pronoun)
      return isPersonalPronoun(pronoun)
        ? resolvePronoun(context, source.first, pronoun.gender, references)
        : null;
  }
  return resolveDescription(context, words, source.first, references, people);
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
  token: number,
  references: readonly Reference[],
  people: readonly PersonDraft[],
): PersonDraft | null {
  const first = words[0]!;
  if (INDEFINITE_DETERMINERS.has(first.lower) || !DETERMINERS.has(first.lower)) return null;
  const content = new Set(
    words.map((word) => word.lower).filter((word) => !DETERMINERS.has(word) && word !== 'of'),
  );
  const roleWords = [...content].filter((word) => ROLE_HEADS.has(word));
  const head = [...content].at(-1) ?? '';
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
