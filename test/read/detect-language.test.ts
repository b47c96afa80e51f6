import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/read/detect-language.js';

describe('detectLanguage', () => {
  it('names each language it knows from a few sentences', () => {
    expect(
      detectLanguage(
        'The council said on Monday that the ferry would run at night, and the mayor agreed with it.',
      ),
    ).toBe('en');
    expect(
      detectLanguage(
        'Der Stadtrat hat am Montag gesagt, dass die Fähre auch in der Nacht fahren wird, und er ist nicht allein.',
      ),
    ).toBe('de');
    expect(
      detectLanguage(
        'Le conseil a dit lundi que le bac circulera aussi la nuit, et le maire est pour cette idée avec nous.',
      ),
    ).toBe('fr');
    expect(
      detectLanguage(
        'El consejo dijo el lunes que el ferry también navegará por la noche, y el alcalde está de acuerdo con los vecinos.',
      ),
    ).toBe('es');
    expect(
      detectLanguage(
        'Міська рада в понеділок заявила, що пором також ходитиме вночі, і мер її підтримав, бо це потрібно людям.',
      ),
    ).toBe('uk');
    expect(
      detectLanguage(
        'Городской совет в понедельник заявил, что паром будет ходить и ночью, и мэр это поддержал, потому что это нужно людям.',
      ),
    ).toBe('ru');
  });

  it('reads capitalised words too', () => {
    expect(detectLanguage('THE COUNCIL SAID THAT THE FERRY WOULD RUN AT NIGHT AND THE MAYOR AGREED.')).toBe(
      'en',
    );
  });

  it('returns null when unsure', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('Ferry timetable')).toBeNull();
    expect(detectLanguage('渡轮将在夜间运行，市长表示同意。')).toBeNull();
    expect(detectLanguage('12:30 — 14:45 — 16:00')).toBeNull();
  });
});
