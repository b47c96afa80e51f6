/** A quotation in another language than its article's says which (src/analyze/quotation-language.ts). */
import { describe, expect, it } from 'vitest';
import { quotationLanguage } from '../../src/analyze/quotation-language.js';
import { extract } from '../../src/extract.js';

describe('quotationLanguage', () => {
  it('names the language of words quoted in another language, and nothing for the article’s own', () => {
    expect(quotationLanguage('«Ми не відступимо. Місто матиме тепло»', 'en')).toBe('uk');
    expect(quotationLanguage('«Мы не отступим, у города будет тепло»', 'en')).toBe('ru');
    expect(quotationLanguage('« La turbine est réparable et les pièces sont en route »', 'en')).toBe('fr');
    expect(quotationLanguage('“We will not retreat, the city will have heat”', 'en')).toBeNull();
    expect(quotationLanguage('«Ми не відступимо»', 'uk')).toBeNull();
  });

  it('tells short French, Spanish and German quotations by the letters only they write', () => {
    expect(quotationLanguage('« Le pont tiendra »', 'en')).toBeNull();
    expect(quotationLanguage('« Le pont est réparé »', 'en')).toBe('fr');
    expect(quotationLanguage('«Lo que vi aquí es valentía, no miedo»', 'en')).toBe('es');
    expect(quotationLanguage('„Wir müssen das prüfen“', 'en')).toBe('de');
    // One foreign name in English words is not a language.
    expect(quotationLanguage('“I told José the bridge is safe and he agreed”', 'en')).toBeNull();
    expect(quotationLanguage('“We thank Señor Gómez.”', 'en')).toBeNull();
  });

  it('is set on the attribution of an English article that quotes Ukrainian words', () => {
    const text = ` date 2026-03-02 Mayor keeps the bridge plan\nMayor keeps the bridge plan\n\nSource:  test.example\n\nAt the meeting the mayor, Taras Hnatiuk, said in Ukrainian: «Ми не зупинимо будівництво, і гроші вже є».\n\n“We will not stop the work,” Hnatiuk later told reporters in English.\n`;
    const quoted = extract(text, { file: 'test.txt' }).attributions.map((attribution) => [
      attribution.content[0]!.text.slice(0, 3),
      attribution.language ?? null,
    ]);
    expect(quoted).toContainEqual(['«Ми', 'uk']);
    expect(quoted).toContainEqual(['“We', null]);
  });
});
