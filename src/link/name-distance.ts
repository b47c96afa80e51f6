import type { PersonName } from './person-name.js';
import { MAX_WITHIN_SCRIPT, nearSpelling } from './spelling-distance.js';

/**
 * The most two full names may differ in all, summed over their words: in one script one vowel or one initial
 * ("Igor Svetlov", "Ihor Svitlov"; "J. Goldberg", "Jonah Goldberg"), in two scripts a near spelling of each.
 */
const MAX_WITHIN_SCRIPT_NAME = MAX_WITHIN_SCRIPT;
const MAX_ACROSS_SCRIPTS_NAME = 2;
/** What an initial costs against the full given name it abbreviates: a full match is preferred. */
const INITIAL_COST = 0.5;

/**
 * How far a name found in an article is from a known person's name when the two may be one name in two
 * scripts or spellings ("Игорь Светлов" and "Ihor Svitlov" 0.5), else null. The suffixes must be equal
 * ("Marten Vos Jr." is not "Marten Vos"), the family names near spellings of each other, and the given names
 * as many and each a near spelling of the other ("Hillary Clinton" is not "Bill Clinton"), or an initial of
 * the known one ("I. Svitlov" is Ihor Svitlov; a known "I. Svitlov" says too little to take "Ihor" for him).
 */
export function nameDistance(found: PersonName, known: PersonName): number | null {
  if (found.suffix !== known.suffix) return null;
  if (found.given.length === 0 || found.given.length !== known.given.length) return null;
  const across = acrossScripts(found, known);
  let total = familyDistance(found, known);
  for (const [at, word] of found.given.entries()) {
    if (total === null) return null;
    const given = givenDistance(word, found.skeleton.given[at]!, known.skeleton.given[at]!, across);
    total = given === null ? null : total + given;
  }
  const most = across ? MAX_ACROSS_SCRIPTS_NAME : MAX_WITHIN_SCRIPT_NAME;
  return total !== null && total <= most ? total : null;
}

/** How far two family names are when they may be one in two spellings ("Светлов", "Svitlov"), else null. */
export const familyDistance = (found: PersonName, known: PersonName): number | null =>
  nearSpelling(found.skeleton.family, known.skeleton.family, acrossScripts(found, known));

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Whether one name is written in Cyrillic and the other is not. */
const acrossScripts = (a: PersonName, b: PersonName): boolean =>
  CYRILLIC.test(a.key) !== CYRILLIC.test(b.key);

function givenDistance(written: string, found: string, known: string, across: boolean): number | null {
  const initial = written.length === 1;
  if (initial) return found !== '' && known.startsWith(found) ? (known === found ? 0 : INITIAL_COST) : null;
  return nearSpelling(found, known, across);
}
