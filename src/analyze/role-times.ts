import type { Person, RoleTime, Span } from '../types.js';
import { firstTokenAt, nextWord, previousWord, type AnalysisContext } from './context.js';

/** Words that mark a role as no longer held ("former minister", "ex-minister"). */
export const FORMER_WORDS = new Set(['former', 'ex', 'formerly']);

/** Verbs of leaving a role, before its "as": "resigned as mayor", "stepped down as chairman". */
const LEAVING_WORDS = new Set(['resigned', 'resigns', 'quit', 'quits', 'down', 'retired', 'retires']);

/**
 * When a role is held, as the words around it tell: `former` ("Former NATO Secretary General",
 * "ex-minister", "resigned as mayor"), `then` ("then-president", "the then minister", "who was the US president at the time",
 * "who was then mayor"), else `current`.
 */
export function roleTime(context: AnalysisContext, role: Span): RoleTime {
  const { tokens } = context;
  const first = firstTokenAt(tokens, role.start);
  let before = previousWord(tokens, first);
  if (tokens[before]?.text === '-') before = previousWord(tokens, before);
  for (let index = first; index < tokens.length && tokens[index]!.end <= role.end; index += 1) {
    const lower = tokens[index]!.lower;
    if (lower === 'then') return 'then';
    if (index === first && FORMER_WORDS.has(lower)) return 'former';
  }
  const previous = tokens[before]?.lower ?? '';
  if (FORMER_WORDS.has(previous)) return 'former';
  // "resigned as mayor", "stepped down as chief executive": a role left.
  if (previous === 'as' && LEAVING_WORDS.has(tokens[previousWord(tokens, before)]?.lower ?? ''))
    return 'former';
  // "then-president", "who was then the mayor": "then" just before the role or its determiner.
  const beforeDeterminer = previous === 'the' ? (tokens[previousWord(tokens, before)]?.lower ?? '') : '';
  if (previous === 'then' || beforeDeterminer === 'then') return 'then';
  const last = firstTokenAt(tokens, role.end) - 1;
  const after = nextWord(tokens, last);
  const next = tokens[after]?.lower;
  if (next === 'then') return 'then';
  if (next === 'at') {
    const second = tokens[nextWord(tokens, after)]?.lower;
    const third = tokens[nextWord(tokens, nextWord(tokens, after))]?.lower;
    if ((second === 'the' || second === 'that') && third === 'time') return 'then';
  }
  return 'current';
}

/** People with each `then` role dated: the said-at of the statement it belongs to, or the narrated time. */
export function dateThenRoles(
  people: readonly Person[],
  dateAt: (offset: number) => string | null,
): Person[] {
  return people.map((person) =>
    person.roles.some((role) => role.time === 'then')
      ? {
          ...person,
          roles: person.roles.map((role) =>
            role.time === 'then' ? { ...role, at: dateAt(role.start) } : role,
          ),
        }
      : person,
  );
}
