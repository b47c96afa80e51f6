/**
 * The language of a quotation, when it is not the article's: English reports quote Ukrainian words as they
 * were said («Ми не відступимо»), German ones keep a French remark. The article's language is known; a
 * quotation is short, so fewer function words suffice than for a whole article (see detect-language.ts).
 */
import { detectLanguage } from '../read/detect-language.js';
import type { Attribution } from '../types.js';

/** Function words (or letters only one Cyrillic language has) a quotation needs to be given a language. */
const MIN_QUOTATION_HITS = 2;

export function quotationLanguage(words: string, articleLanguage: string | null): string | null {
  const detected = detectLanguage(words, MIN_QUOTATION_HITS);
  const article = articleLanguage?.toLowerCase().split('-')[0] ?? null;
  return detected === null || detected === article ? null : detected;
}

/** The attributions with the language of each quotation in another language than the article's. */
export function markQuotationLanguages(
  attributions: readonly Attribution[],
  articleLanguage: string | null,
): Attribution[] {
  return attributions.map((attribution) => {
    if (attribution.type === 'indirect') return attribution;
    const language = quotationLanguage(
      attribution.content.map((fragment) => fragment.text).join(' '),
      articleLanguage,
    );
    return language === null ? attribution : { ...attribution, language };
  });
}
