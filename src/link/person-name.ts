import { HONORIFICS, ROLE_HEADS } from '../analyze/lexicon/roles.js';
import { matchKey } from './match-key.js';
import { familyKeyOf, nameSkeleton } from './name-skeleton.js';

/**
 * A person's name cut into what identity rests on: given names, the family name and a generational suffix.
 * "Marten Vos Jr." and "Marten Vos" differ by their suffix; "Hillary Clinton" and "Bill Clinton" by their
 * given names; "Clinton" alone has no given name and is matched with care (see link-person.ts).
 */
export interface PersonName {
  /** The given names as written, folded ("остап", "élise"). */
  readonly given: readonly string[];
  /** The family name as written, folded. */
  readonly family: string;
  readonly suffix: string | null;
  /** Given names, family name and suffix, folded: equal keys are the same name as written. */
  readonly key: string;
  /** How the given names and the family name sound, whatever the script (name-skeleton.ts). */
  readonly skeleton: { readonly given: readonly string[]; readonly family: string };
  /** The coarse key of the family name: the people this name may be another spelling of share it. */
  readonly familyKey: string;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v']);

export function parsePersonName(name: string): PersonName | null {
  const words = matchKey(name)
    .replace(/[.,]/gu, ' ')
    .split(' ')
    .filter((word) => word !== '');
  // Titles before the name ("Mayor", "Dr.") are not part of it.
  while (words.length > 1 && (HONORIFICS.has(words[0]!) || ROLE_HEADS.has(words[0]!))) words.shift();
  // "M. Svitlov": French writes Monsieur as "M." before a family name alone; a single initial with no given
  // name beside it is read as that title, not as a given name that would tell two people apart.
  if (words.length === 2 && words[0] === 'm' && /^\s*M\.\s/u.test(name)) words.shift();
  const suffix = words.length > 1 && SUFFIXES.has(words.at(-1)!) ? words.pop()! : null;
  const family = words.pop();
  if (family === undefined) return null;
  return personName(words, family, suffix);
}

/** A name of these given names, family name and suffix, folded. */
export function personName(given: readonly string[], family: string, suffix: string | null): PersonName {
  const familySkeleton = nameSkeleton(family);
  return {
    given,
    family,
    suffix,
    key: [...given, family, ...(suffix ? [suffix] : [])].join(' '),
    skeleton: { given: given.map(nameSkeleton), family: familySkeleton },
    familyKey: familyKeyOf(familySkeleton),
  };
}

/** Whether a name has no given name: "Okafor", "Biden". */
export const isFamilyNameOnly = (name: PersonName): boolean => name.given.length === 0;
