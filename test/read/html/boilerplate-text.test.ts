import { describe, expect, it } from 'vitest';
import { isBoilerplateText, isDateLine } from '../../../src/read/html/boilerplate-text.js';

describe('isBoilerplateText', () => {
  it('recognizes labels, notices and calls to action', () => {
    for (const text of [
      'Advertisement',
      'ADVERTISEMENT',
      'Anzeige',
      'Share this article',
      'Read more:',
      'We use cookies to improve your experience. Accept all cookies to continue.',
      'Sign up for our morning newsletter',
      '© 2025 Example Media. All rights reserved.',
      'Jo Park: 555-0100-222, jpark@example.org',
      'Нашли опечатку? Выделите текст и нажмите Ctrl+Enter',
    ]) {
      expect(isBoilerplateText(text), text).toBe(true);
    }
  });

  it('keeps story sentences that start alike', () => {
    for (const text of [
      'Shares in the ferry company fell 4% on Monday.',
      'Comments by the minister drew criticism from the opposition.',
      'Live music will return to the square in June, the council said.',
      'Advertising revenue at the paper fell by a third last year, its owners said.',
    ]) {
      expect(isBoilerplateText(text), text).toBe(false);
    }
  });
});

describe('isDateLine', () => {
  it('recognizes publication lines and bare time stamps', () => {
    expect(isDateLine('Updated 5 March 2025, 10:41', false)).toBe(true);
    expect(isDateLine('16:48 Uhr', false)).toBe(true);
    expect(isDateLine('March 3, 2025 at 10:42', true)).toBe(true);
    expect(isDateLine('On Monday he resigned.', true)).toBe(false);
    expect(isDateLine('The update came on Monday.', false)).toBe(false);
  });
});
