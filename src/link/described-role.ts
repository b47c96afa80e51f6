import { ROLE_HEADS } from '../analyze/lexicon/roles.js';
import { roleWords } from './role-words.js';

/** Words that open a definite description of one person ("the", "its", "your transit commissioner"). */
const DEFINITE_OPENERS = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'your', 'this']);

/**
 * Words that make the role another's, or another time's: "the deputy transit commissioner" is not the
 * commissioner, "the former finance minister" not today's. `roleWords` leaves them out, so a description
 * that has one is not matched across articles at all.
 */
const OTHER_HOLDER_WORDS = new Set([
  'deputy',
  'assistant',
  'associate',
  'vice',
  'under',
  'former',
  'ex',
  'then',
  'late',
  'incoming',
  'outgoing',
  'acting',
  'interim',
  'junior',
  'new',
  'next',
  'previous',
]);

/** Where a description's role ends: a relative clause, an aside or an apposition. */
const DESCRIPTION_END = /\s*(?:[,;:(–—]|\s-\s|\s(?:who|whose|which|that)\b)/u;

/** The fewest role words a description needs to be matched across articles. */
const MIN_ROLE_WORDS = 2;

/**
 * The role words of a source that describes one person by a role alone, with no name: "The city's transit
 * commissioner", "the transit commissioner, whose office licenses the network", "Corvina's chief financial
 * officer". An article that names no one for such a source may still speak of a person the record knows
 * by that role from other articles (store: `roleHolder`). Null for a source that names someone (a capital
 * after its possessor), is indefinite ("a transit official") or plural, names another holder or time
 * ("the deputy commissioner", "the former mayor"), or has fewer than two role words: "the mayor" alone is
 * too common to tell one person apart across a whole record.
 */
export function describedRoleWords(source: string): Set<string> | null {
  const description = source.split(DESCRIPTION_END)[0]!.trim();
  const words = description.split(/\s+/u).filter((word) => word !== '');
  if (words.length < 2 || words.length > 8) return null;
  // After a possessor ("The city's", "Port Marrick's", "the workers'"), or a definite opener.
  const possessor = words.findLastIndex((word) => /(?:['’]s|s['’])$/u.test(word));
  if (possessor === -1 && !DEFINITE_OPENERS.has(words[0]!.toLowerCase())) return null;
  if (possessor !== -1 && possessor > 0 && !DEFINITE_OPENERS.has(words[0]!.toLowerCase()))
    if (!/^\p{Lu}/u.test(words[0]!)) return null;
  const role = words.slice(possessor === -1 ? 1 : possessor + 1);
  if (role.length === 0 || role.length > 5) return null;
  // Lower-case words only: a capital there is a name ("the transit commissioner Rajiv Menon") or a body.
  if (!role.every((word) => /^[\p{Ll}-]+$/u.test(word))) return null;
  if (role.some((word) => OTHER_HOLDER_WORDS.has(word))) return null;
  if (!ROLE_HEADS.has(role.at(-1)!)) return null;
  const keys = roleWords([role.join(' ')]);
  return keys.size >= MIN_ROLE_WORDS ? keys : null;
}

/** Why a described speaker is the person it was linked to, as `onrecord person` explains the link. */
export const describedReason = (words: ReadonlySet<string>, name: string): string =>
  `described as the ${[...words].join(' ')}, a role the record knows only ${name} by`;
