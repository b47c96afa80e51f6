import type { AnalysisContext } from './context.js';
import { nextWord } from './context.js';
import type { NameMention, PersonDraft } from './find-people.js';
import { DETERMINERS, PREPOSITIONS } from './lexicon/function-words.js';
import { ROLE_HEADS } from './lexicon/roles.js';
import { spanOf } from './group-people.js';

const COPULAS = new Set([
  'is',
  'was',
  'has',
  'had',
  'been',
  'served',
  'serves',
  'became',
  'becomes',
  'remains',
  'remained',
  'as',
]);

/**
 * Roles from appositions after a name: "Biden, who was the US president at the time," gives "US president";
 * "Reyes, the city's auditor," gives "city's auditor". The role ends at a comma or at a preposition other
 * than "of" (its time, "at the time", is read by the time stage, not kept in the role).
 */
export function findAppositionRoles(
  context: AnalysisContext,
  personOf: ReadonlyMap<NameMention, PersonDraft>,
): void {
  const { tokens } = context;
  for (const [mention, person] of personOf) {
    const comma = nextWord(tokens, mention.name.last);
    if (tokens[comma]?.text !== ',') continue;
    let first = nextWord(tokens, comma);
    let relative = false;
    if (tokens[first]?.lower === 'who') {
      relative = true;
      first = nextWord(tokens, first);
      while (tokens[first] && COPULAS.has(tokens[first]!.lower)) first = nextWord(tokens, first);
    }
    if (tokens[first] && DETERMINERS.has(tokens[first]!.lower)) first = nextWord(tokens, first);
    let last = -1;
    let hasRoleHead = false;
    for (let index = first; index < tokens.length; index = nextWord(tokens, index)) {
      const token = tokens[index]!;
      if (token.kind === 'punct' && !(token.text === "'" || token.text === '’' || token.text === '-')) break;
      if (
        token.kind === 'word' &&
        (PREPOSITIONS.has(token.lower) || token.lower === 'and' || token.lower === 'or')
      )
        break;
      if (token.kind === 'word' && ROLE_HEADS.has(token.lower)) hasRoleHead = true;
      last = index;
      if (index - first > 16) break;
    }
    if (last < first || !hasRoleHead) continue;
    // A plain apposition is closed by a comma or the sentence end ("Reyes, the town's auditor, said"), and
    // short; otherwise the words after the comma are the next clause ("According to Voss, the delay ...").
    const closing = tokens[nextWord(tokens, last)];
    if (!relative && (last - first > 12 || !closing || !/^[,.;)]$/u.test(closing.text))) continue;
    person.roles.push(spanOf(context, { first, last }));
  }
}
