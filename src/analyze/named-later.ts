import type { AttributionCandidate } from './candidate.js';
import { nextWord, type AnalysisContext } from './context.js';
import { wordsOf, type PersonDraft } from './find-people.js';
import { ROLE_HEADS, roleKey } from './lexicon/roles.js';
import type { TokenRange } from './noun-phrases.js';

/** How many sentences after an unnamed description its naming may come. */
const NAMING_REACH = 3;

/**
 * "A police spokeswoman said ... The spokeswoman, Sgt. Katarzyna Nowak, said ...": a description that no
 * person was found for takes the person a later source names, where that source is the same role made
 * definite and followed by the name ("The spokeswoman, NAME,"), within a few sentences. Returns the
 * speakers with those filled in; the others are left as they are.
 */
export function withDescriptionsNamedLater(
  context: AnalysisContext,
  candidates: readonly AttributionCandidate[],
  speakers: readonly (PersonDraft | null)[],
): (PersonDraft | null)[] {
  const namings = candidates.flatMap((candidate, index) => {
    const person = speakers[index];
    const roles = candidate.source && person ? namingRoles(context, candidate.source) : null;
    return roles && person ? [{ at: candidate.source!.first, roles, person }] : [];
  });
  if (namings.length === 0) return [...speakers];
  return speakers.map((speaker, index) => {
    const source = candidates[index]!.source;
    if (speaker !== null || source === null) return speaker;
    const head = roleHeadOf(context, source);
    if (head === null) return null;
    const sentence = context.sentenceOfToken[source.first]!;
    const naming = namings.find(
      ({ at, roles }) =>
        at > source.last && context.sentenceOfToken[at]! - sentence <= NAMING_REACH && roles.has(head),
    );
    return naming?.person ?? null;
  });
}

/** The words of a source as the lexicon reads them, in lower case. */
const wordsIn = (context: AnalysisContext, range: TokenRange): string[] =>
  wordsOf(context.tokens, range).map((word) => word.lower);

/**
 * The role keys of a source that opens on "The" and a role, then names its person after a comma ("The
 * spokeswoman, Sgt. Katarzyna Nowak,", "The chief executive, Ana Ruiz,"); null for any other source.
 */
function namingRoles(context: AnalysisContext, source: TokenRange): Set<string> | null {
  const { tokens } = context;
  if (tokens[source.first]!.lower !== 'the') return null;
  let comma = source.first;
  while (comma <= source.last && tokens[comma]!.text !== ',') comma += 1;
  if (comma > source.last || nextWord(tokens, comma) > source.last) return null;
  const roles = wordsIn(context, { first: source.first, last: comma - 1 })
    .filter((word) => ROLE_HEADS.has(word))
    .map(roleKey);
  return roles.length === 0 ? null : new Set(roles);
}

/**
 * The role a description of no one in particular ends on ("A police spokeswoman", "The shipyard's chief
 * executive"), as a key; null where the source has a comma or no role word (a name, a pronoun, a group).
 */
function roleHeadOf(context: AnalysisContext, source: TokenRange): string | null {
  const words = wordsIn(context, source);
  const hasComma = context.tokens.slice(source.first, source.last + 1).some((token) => token.text === ',');
  if (words.length > 6 || hasComma) return null;
  const head = words.findLast((word) => ROLE_HEADS.has(word));
  return head === undefined ? null : roleKey(head);
}
