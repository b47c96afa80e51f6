/**
 * Guesses the language of a text when the page does not declare one. Temporary skeleton.
 */
import { franc } from 'franc-min';

export function detectLanguage(text: string): string | null {
  const code = franc(text.slice(0, 2000), { minLength: 40 });
  const map: Record<string, string> = { eng: 'en', ukr: 'uk', rus: 'ru', deu: 'de', fra: 'fr', spa: 'es' };
  return map[code] ?? null;
}
