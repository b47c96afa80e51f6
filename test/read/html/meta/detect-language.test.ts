import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../src/read/html/meta/detect-language.js';

// Illustrative sentences written for this test.
const SAMPLES: Readonly<Record<string, string>> = {
  en: 'The minister said on Tuesday that talks on the grain corridor would continue next week, and that both delegations had agreed to meet again in Geneva.',
  uk: 'Міністр заявив у вівторок, що переговори щодо зернового коридору продовжаться наступного тижня, і обидві делегації погодилися знову зустрітися в Женеві.',
  ru: 'Министр заявил во вторник, что переговоры по зерновому коридору продолжатся на следующей неделе, и обе делегации согласились снова встретиться в Женеве.',
  de: 'Der Minister sagte am Dienstag, die Gespräche über den Getreidekorridor würden nächste Woche fortgesetzt, und beide Delegationen wollten sich erneut in Genf treffen.',
  fr: 'Le ministre a déclaré mardi que les discussions sur le corridor céréalier se poursuivraient la semaine prochaine et que les deux délégations se retrouveraient à Genève.',
  es: 'El ministro dijo el martes que las conversaciones sobre el corredor de cereales continuarán la próxima semana y que ambas delegaciones volverán a reunirse en Ginebra.',
};

describe('detectLanguage', () => {
  it('names the language of a paragraph as a two-letter tag', () => {
    for (const [language, text] of Object.entries(SAMPLES))
      expect(detectLanguage(text), language).toBe(language);
  });

  it('tells Ukrainian from Russian', () => {
    expect(detectLanguage(SAMPLES.uk!.repeat(3))).toBe('uk');
    expect(detectLanguage(SAMPLES.ru!.repeat(3))).toBe('ru');
  });

  it('gives null for text too short or without letters', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('Hello world')).toBeNull();
    expect(detectLanguage('12345 67890 '.repeat(50))).toBeNull();
    expect(detectLanguage('— · — · —'.repeat(40))).toBeNull();
  });

  it('reads only a sample of a long text', () => {
    const long = SAMPLES.en!.repeat(2000);
    const started = performance.now();
    expect(detectLanguage(long)).toBe('en');
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('detectLanguage on mixed text', () => {
  it('gives null when two related languages share the text', () => {
    expect(detectLanguage(`${SAMPLES.uk!} ${SAMPLES.ru!}`)).toBeNull();
  });
});
