/**
 * A declared language ("uk-UA", "en_GB", "EN", "ukr", "Ukrainian", "de, en") as its primary tag, lower
 * case ("uk"), or null when the declaration names no language ("und", "mul", "zxx", "x-default") or is not
 * a tag at all.
 */
import { cleanValue, MAX_LENGTH } from './clean-value.js';

/** ISO 639-2/3 codes and English names pages write instead of the two-letter tag, for the common languages. */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['eng', 'en'],
  ['ukr', 'uk'],
  ['rus', 'ru'],
  ['deu', 'de'],
  ['ger', 'de'],
  ['fra', 'fr'],
  ['fre', 'fr'],
  ['spa', 'es'],
  ['pol', 'pl'],
  ['ita', 'it'],
  ['por', 'pt'],
  ['english', 'en'],
  ['ukrainian', 'uk'],
  ['russian', 'ru'],
  ['german', 'de'],
  ['french', 'fr'],
  ['spanish', 'es'],
  // Withdrawn tags still in old templates.
  ['iw', 'he'],
  ['in', 'id'],
  ['ji', 'yi'],
]);
const NO_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis', 'x', 'i']);

export function normalizeLanguage(value: unknown): string | null {
  const text = cleanValue(value, MAX_LENGTH.language);
  if (text === null) return null;
  const first = text.split(/[,;\s]/u)[0]!.toLowerCase();
  const primary = first.split(/[-_]/u)[0]!;
  const tag = ALIASES.get(primary) ?? primary;
  if (NO_LANGUAGE.has(tag) || !/^[a-z]{2,3}$/u.test(tag)) return null;
  return tag;
}
