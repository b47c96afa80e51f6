import type { LanguageRules } from './language-rules.js';
import { GERMAN } from './lexicon/de.js';
import { SPANISH } from './lexicon/es.js';
import { FRENCH } from './lexicon/fr.js';
import { RUSSIAN } from './lexicon/ru.js';
import { UKRAINIAN } from './lexicon/uk.js';

const RULES: ReadonlyMap<string, LanguageRules> = new Map(
  [UKRAINIAN, RUSSIAN, GERMAN, FRENCH, SPANISH].map((rules) => [rules.code, rules]),
);

/** The rules of a language by its tag (`uk`, `de-AT`), or null for English and languages not covered. */
export function rulesFor(language: string | null): LanguageRules | null {
  if (language === null) return null;
  return RULES.get(language.toLowerCase().split('-')[0]!) ?? null;
}
