import { ROLE_MODIFIERS } from '../analyze/lexicon/roles.js';
import { matchKey } from './match-key.js';

const FILLERS = new Set([
  'the',
  'a',
  'an',
  'of',
  'for',
  'to',
  'and',
  'in',
  'at',
  'on',
  'who',
  'was',
  'is',
  'her',
  'his',
  'their',
  'its',
]);

/** The words of a role that identify it ("the former finance minister" -> finance, minister). */
export function roleWords(roles: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const role of roles)
    for (const word of matchKey(role).split(/[^\p{L}\p{N}]+/u))
      if (word.length > 1 && !FILLERS.has(word) && !ROLE_MODIFIERS.has(word)) words.add(word);
  return words;
}
