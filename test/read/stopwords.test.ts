import { describe, expect, it } from 'vitest';
import { STOPWORD_LANGUAGES, STOPWORDS } from '../../src/read/stopwords.js';

describe('STOPWORDS', () => {
  it('lists each word under one language only, once, in lower case', () => {
    const seen = new Map<string, string>();
    for (const language of STOPWORD_LANGUAGES)
      for (const word of STOPWORDS[language]) {
        expect(seen.get(word), `${word} (${language})`).toBeUndefined();
        expect(word).toBe(word.toLowerCase());
        seen.set(word, language);
      }
    expect(STOPWORD_LANGUAGES).toEqual(['en', 'de', 'fr', 'es', 'uk', 'ru']);
  });
});
