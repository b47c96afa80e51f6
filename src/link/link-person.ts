import { familyDistance, nameDistance } from './name-distance.js';
import { sameNameOtherOrder } from './name-order.js';
import type { PersonName } from './person-name.js';
import { isAnyGivenName } from '../analyze/lexicon/given-names.js';

/**
 * Deciding which known person a person found in one article is: precision first. A full name is one person
 * with everyone of the same full name (suffix included: "Marten Vos Jr." is not "Marten Vos"; given names
 * included: "Ruth Okafor" is not "Lena Okafor"), written in any script or spelling ("Остап Вербицький",
 * "Ostap Werbyzkyj"; name-distance.ts): the nearest such known person, when only one is nearest. A family
 * name alone ("Okafor", "Вербицький") joins a known person only when the evidence points to exactly one of
 * those who bear it in any spelling: a shared role word, or people mentioned with both. Otherwise it stays a
 * person of its own, which a user can merge by hand.
 */
export interface KnownPerson {
  readonly id: number;
  readonly name: PersonName;
  /** The words of the roles the record holds for the person ("mayor", "finance", "minister"). */
  readonly roleWords: ReadonlySet<string>;
  /** People the record has seen in the same articles as this person. */
  readonly companions: ReadonlySet<number>;
}

export interface FoundPerson {
  readonly name: PersonName;
  readonly roleWords: ReadonlySet<string>;
  /** The known people the same article mentions (already linked). */
  readonly companions: ReadonlySet<number>;
}

export type PersonDecision =
  | { readonly kind: 'known'; readonly id: number; readonly reason: string }
  | { readonly kind: 'new'; readonly reason: string };

/**
 * `sameName`: the known person with this exact name key, if any; `sameFamily`: known people whose family
 * name has the same coarse key (`PersonName.familyKey`), of whom those whose names are near spellings of
 * the found one are the candidates.
 */
export function decidePerson(
  found: FoundPerson,
  sameName: KnownPerson | null,
  sameFamily: readonly KnownPerson[],
): PersonDecision {
  const byName: PersonDecision | null = sameName
    ? { kind: 'known', id: sameName.id, reason: `same name "${found.name.key}"` }
    : null;
  const compound = !byName && isCompoundFamilyName(found.name);
  if (found.name.given.length > 0 && !compound) return byName ?? bySpelling(found, sameFamily);
  // A family name alone: only people with given names are candidates (a suffixed name is a different
  // person from the unsuffixed one, so a bare family name is not evidence for either). Two family names
  // alone ("López Obrador", "Carvajal Ortega") are of those whose names end on both.
  const candidates = compound
    ? sameFamily.filter((known) => endsOnName(known.name, found.name))
    : sameFamily.filter(
        (known) => known.name.given.length > 0 && familyDistance(found.name, known.name) !== null,
      );
  if (compound && candidates.length === 0) return bySpelling(found, sameFamily);
  const supported = candidates.flatMap((known) => {
    const why = evidenceFor(found, known);
    return why === null ? [] : [{ known, why }];
  });
  if (supported.length === 1) {
    const { known, why } = supported[0]!;
    return { kind: 'known', id: known.id, reason: `"${aloneOf(found)}" is ${known.name.key}: ${why}` };
  }
  // The only person of that name the record knows, unless their roles say otherwise.
  if (candidates.length === 1 && !rolesConflict(found, candidates[0]!)) {
    const known = candidates[0]!;
    return {
      kind: 'known',
      id: known.id,
      reason: `"${aloneOf(found)}" is ${known.name.key}, the only one known`,
    };
  }
  if (byName) return byName;
  if (candidates.length === 0) return { kind: 'new', reason: `first seen as "${found.name.key}"` };
  return {
    kind: 'new',
    reason: `"${aloneOf(found)}" could be ${candidates.map((known) => known.name.key).join(' or ')}; no evidence decides`,
  };
}

/**
 * Two words, the first of which no register holds as a given name: two family names written alone, as
 * Spanish and Portuguese names are ("López Obrador", "Carvajal Ortega"), not a given and a family name.
 */
export function isCompoundFamilyName(name: PersonName): boolean {
  return name.given.length === 1 && name.suffix === null && !isAnyGivenName(name.given[0]!);
}

/**
 * Whether a name is a family name written alone, one ("Okafor") or two ("Carvajal Ortega"): linked on
 * evidence to a known person whose name ends on it, not by its spelling alone.
 */
export const isWrittenAlone = (name: PersonName): boolean =>
  name.given.length === 0 || isCompoundFamilyName(name);

/** Whether a known name has given names of its own before the found one's words ("Inés Carvajal Ortega"). */
function endsOnName(known: PersonName, found: PersonName): boolean {
  const words = [...known.given, known.family];
  const ending = [...found.given, found.family];
  return (
    known.suffix === null &&
    words.length > ending.length &&
    ending.every((word, index) => words[words.length - ending.length + index] === word)
  );
}

/** The known person whose name is nearest the found full name in another spelling, when only one is. */
function bySpelling(found: FoundPerson, sameFamily: readonly KnownPerson[]): PersonDecision {
  const near = sameFamily.flatMap((known) => {
    const distance = spellingOrOrderDistance(found.name, known.name);
    return distance === null ? [] : [{ known, distance }];
  });
  const nearest = Math.min(...near.map(({ distance }) => distance));
  const best = near.filter(({ distance }) => distance === nearest);
  if (best.length === 1) {
    const { known } = best[0]!;
    return {
      kind: 'known',
      id: known.id,
      reason: `"${found.name.key}" is ${known.name.key} spelled otherwise`,
    };
  }
  if (best.length === 0) return { kind: 'new', reason: `first seen as "${found.name.key}"` };
  return {
    kind: 'new',
    reason: `"${found.name.key}" could be ${best.map(({ known }) => known.name.key).join(' or ')}; no spelling decides`,
  };
}

/**
 * What a name written in the other order costs against a near spelling: a known person whose name is a
 * near spelling in the same order is nearer.
 */
const OTHER_ORDER_COST = 1;

/**
 * How far a found name is from a known one: as spelled (name-distance.ts), else as the same name in the other
 * order ("Hung Nguyen" and "Nguyễn Văn Hùng", name-order.ts); null when neither.
 */
export const spellingOrOrderDistance = (found: PersonName, known: PersonName): number | null =>
  nameDistance(found, known) ?? (sameNameOtherOrder(found, known) ? OTHER_ORDER_COST : null);

/** The family name or names a found person is written by alone. */
const aloneOf = (found: FoundPerson): string => [...found.name.given, found.name.family].join(' ');

/** Both have roles and share no word of them ("Mayor Okafor" and a known Okafor who is a judge). */
function rolesConflict(found: FoundPerson, known: KnownPerson): boolean {
  if (found.roleWords.size === 0 || known.roleWords.size === 0) return false;
  return ![...found.roleWords].some((word) => known.roleWords.has(word));
}

/** Why a bare family name is this known person, or null when nothing says so. */
function evidenceFor(found: FoundPerson, known: KnownPerson): string | null {
  const roles = [...found.roleWords].filter((word) => known.roleWords.has(word));
  if (roles.length > 0) return `same role (${roles.join(' ')})`;
  const companions = [...found.companions].filter((id) => known.companions.has(id));
  if (companions.length > 0) return `mentioned with the same people before`;
  return null;
}
