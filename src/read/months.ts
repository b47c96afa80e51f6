/**
 * The one home of month names for reading dates in datelines and headers. English only for now; another
 * language is another list here, not a second table elsewhere. Abbreviations include the AP style ones
 * ("Sept.") and are matched without their period.
 */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/** The month number (1-12) of a full or abbreviated month name, in any letter case, with or without a final period. */
export function monthNumber(word: string): number | null {
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  return MONTH_BY_NAME.get(bare.toLowerCase()) ?? null;
}
