/**
 * Author names from what pages write in bylines and author fields: "By Jane Doe and John Roe", "Von Anna
 * Beispiel und Max Muster", "Par Jeanne Exemple et Paul Modèle", "Автор: Олена Приклад і Петро Зразок",
 * "Jane Doe, John Roe & Max Sample", "Jane Doe | Updated March 12".
 *
 * Judgement kept simple on purpose, in a few rules:
 * - dropped: roles ("Staff Writer", "Correspondent", "der Redaktion"), dates, addresses (URL, e-mail),
 *   anything in parentheses ("Jane Doe (Kyiv Ledger)"), credits that are not authorship ("Editing by",
 *   "Photos by"), degrees and suffixes ("Ph.D.", "Jr."), and the page's own outlet ("Jane Doe, Kyiv Ledger");
 * - a one-word part beside a full name is an affiliation or a place, not a co-author ("Jane Doe, Reuters",
 *   "Олена Приклад, Київ"), and is dropped; alone, it is the author ("By Reuters", "AFP");
 * - anything else that looks like a name (letters, a capital, at most ten words, no digits) is kept.
 */
import { cleanValue, comparisonKey, MAX_LENGTH } from './clean-value.js';

export interface AuthorOptions {
  /** The outlet's names (site name, publisher): a byline part equal to one is an affiliation, not an author. */
  readonly outlets?: readonly string[];
}

const PREFIX = new RegExp(
  String.raw`^(?:(?:written|reported|reporting|words|story|text|texte|texto|fotos?|photos?)\s+)?` +
    String.raw`(?:by|von|par|por|door|av|af|автор(?:ка|и|ы)?|author(?:s)?|text|texte|texto|текст)\s*[:\-\u2013\u2014]?\s+`,
  'iu',
);
const LABEL_ONLY = /^(?:by|von|par|por|автор(?:ка|и|ы)?|authors?)\s*:?$/iu;

/** Separators between the fields of a byline line: its names, its date, its outlet. */
const FIELD_SEPARATOR = /\s*(?:[|•·/\n\u2022]|\s[\u2013\u2014-]\s)\s*/u;
/** Credits in a byline that name people who did not write the story ("Reporting by A; Editing by B"). */
const OTHER_CREDIT =
  /^(?:editing|edited|graphics|photos?|photographs?|photography|illustrations?|video|additional reporting|compiled|fact-checking)\s+by\b/iu;
const PARENTHESES = /\s*\([^()]{0,200}\)/gu;
/** Not names, though capitalised: degrees and suffixes, and the credits of unsigned stories. */
const NOT_NAME =
  /^(?:ph\.?\s?d\.?|m\.?d\.?|jr\.?|sr\.?|esq\.?|(?:from\s+)?(?:staff|wire|news)(?:\s+and\s+wire)?\s+(?:reports?|services?)|agencies|wires?)$/iu;
/** Separators between names within the field that holds them. */
const NAME_SEPARATOR =
  /\s*[,;]\s*(?:(?:and|und|et|y|і|и|та)\s+)?|\s+(?:and|und|et|y|e|і|и|та|й|&|with|mit|avec)\s+|\s*&\s*/iu;

const ROLE = new RegExp(
  String.raw`^(?:(?:the|der|die|la|le|el|les|los)\s+)?(?:(?:senior|chief|political|foreign|business|special|staff|contributing|deputy|managing|science|health|sports?)\s+)*` +
    String.raw`(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|staff|photographer|producer|` +
    String.raw`analyst|redaktion|rédaction|redacción|редакція|редакция|кореспондент|корреспондент|журналіст|журналист)s?` +
    String.raw`(?:\s+(?:writer|reporter|editor))?$`,
  'iu',
);
const LOCATION_SUFFIX =
  /^((?:\S+\s+){1,4}\S+)\s+(?:in|aus|à|en|в|у|з|из)\s+\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?$/u;
const ADDRESS = /@|https?:\/\/|^www\.|\.(?:com|org|net)\b/iu;
/** An e-mail or web address written beside a name, with the brackets around it: "Jane Doe (jane@x.example)". */
const ADDRESS_BESIDE_NAME =
  /[([<]?\s*(?:mailto:)?[^\s@()<>[\]]+@[^\s@()<>[\]]+\s*[)\]>]?|[([<]?\s*https?:\/\/[^\s()<>[\]]+\s*[)\]>]?/giu;

/** "RUTH ABERNATHY Northwire": a name set in capitals (two words or more), then a wire credit in ordinary case. */
const CAPITALS_THEN_CREDIT =
  /^((?:\p{Lu}[\p{Lu}'’.-]*\s+)+\p{Lu}[\p{Lu}'’.-]+)(?:\s+\p{Lu}\p{Ll}[\p{L}\s]*)?$/u;

/** "ABERNATHY" as "Abernathy", "JEAN-PAUL O'NEIL" as "Jean-Paul O'Neil". */
function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s'’.-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * Templates that set bylines in capitals write the name that way ("By JANE DOE"), sometimes with the
 * wire service after it in ordinary case. The name is given in ordinary case and the credit dropped.
 * One word in capitals ("AFP", "BBC") is an acronym and stays as it is.
 */
function fromCapitals(part: string): string {
  const match = CAPITALS_THEN_CREDIT.exec(part);
  return match ? titleCase(match[1]!) : part;
}

/** Whether a cleaned part reads as a person's or an organisation's name. */
function looksLikeName(part: string): boolean {
  if (/\d/u.test(part) || ADDRESS.test(part) || ROLE.test(part) || NOT_NAME.test(part)) return false;
  if (!/\p{L}/u.test(part) || part.split(' ').length > 10) return false;
  // Lower case without any capital ("staff", "updated") is a label; scripts without case are let through.
  return !(/\p{Ll}/u.test(part) && !/\p{Lu}/u.test(part));
}

/** A conjunction left at either end of a part when a line break fell between two names. */
const LOOSE_CONJUNCTION = /^(?:and|und|et|y|і|и|та|&)\s+|\s+(?:and|und|et|y|і|и|та|&)$/giu;

function tidyName(part: string): string {
  const trimmed = part
    .replace(LOOSE_CONJUNCTION, '')
    .replace(/^the\s+/u, '')
    .replace(/\s+special to\b.*$/iu, '')
    .replace(/^[\s"'“”«»„([:,.-]+|[\s"'“”«»)\],:;-]+$/gu, '');
  const located = LOCATION_SUFFIX.exec(trimmed);
  return located ? located[1]! : trimmed;
}

/** A single name as given (a JSON-LD Person or Organization name): prefix removed, checked, never split. */
export function cleanAuthorName(value: unknown): string | null {
  const text = cleanValue(value, MAX_LENGTH.author * 2);
  if (text === null || LABEL_ONLY.test(text)) return null;
  const name = cleanValue(tidyName(text.replace(PREFIX, '')), MAX_LENGTH.author);
  return name !== null && looksLikeName(name) ? name : null;
}

/** Names in a byline or an author field, split at "and", commas and their equivalents, in order, once each. */
export function splitAuthors(value: unknown, options: AuthorOptions = {}): string[] {
  // Capped before the address pattern runs: it scans each word, and a page can send a megabyte of one.
  // Line breaks separate fields ("By JANE DOE" / "Staff Writer"), so they become field separators first.
  const capped = cleanValue(
    typeof value === 'string' ? value.slice(0, 8000).replace(/\s*[\r\n]+\s*/gu, ' | ') : value,
    2000,
  );
  const text =
    capped === null
      ? null
      : cleanValue(capped.replace(ADDRESS_BESIDE_NAME, ' ').replace(PARENTHESES, ' '), 2000);
  if (text === null) return [];
  const outletKeys = new Set((options.outlets ?? []).map(comparisonKey).filter((key) => key !== ''));
  const names: string[] = [];
  for (const field of text.split(FIELD_SEPARATOR))
    for (const clause of field.split(/\s*;\s*/u)) {
      if (OTHER_CREDIT.test(clause)) continue;
      const unprefixed = clause.replace(PREFIX, '');
      if (LABEL_ONLY.test(unprefixed)) continue;
      for (const part of unprefixed.split(NAME_SEPARATOR)) {
        const name = cleanValue(fromCapitals(tidyName(part)), MAX_LENGTH.author);
        if (name !== null && looksLikeName(name)) names.push(name);
      }
    }
  return dedupeNames(withoutAffiliations(names, outletKeys));
}

/**
 * The names without the outlet's own and without one-word parts beside a full name (affiliations and
 * places); when that would leave nothing, the names as they were: a byline of only "Reuters" names the author.
 */
function withoutAffiliations(names: readonly string[], outletKeys: ReadonlySet<string>): string[] {
  const hasFullName = names.some((name) => name.includes(' '));
  const people = names.filter(
    (name) => !outletKeys.has(comparisonKey(name)) && (!hasFullName || name.includes(' ')),
  );
  return people.length > 0 ? people : [...names];
}

/** Names once each, compared without case and punctuation, in the order first seen. */
export function dedupeNames(names: Iterable<string>): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const name of names) {
    const key = comparisonKey(name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    unique.push(name);
  }
  return unique;
}
