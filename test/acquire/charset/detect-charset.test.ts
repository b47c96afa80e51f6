import { describe, expect, it } from 'vitest';
import { detectCyrillicEncoding } from '../../../src/acquire/charset/cyrillic-encoding.js';
import { detectCharset } from '../../../src/acquire/charset/detect-charset.js';
import { RUSSIAN, UKRAINIAN } from '../cyrillic-texts.js';
import { encodeLegacy } from '../legacy-encode.js';

describe('detectCyrillicEncoding', () => {
  it('tells the Cyrillic encodings apart by the text each makes', () => {
    expect(detectCyrillicEncoding(encodeLegacy(UKRAINIAN, 'windows-1251'))).toBe('windows-1251');
    expect(detectCyrillicEncoding(encodeLegacy(UKRAINIAN, 'koi8-u'))).toBe('koi8-u');
    expect(detectCyrillicEncoding(encodeLegacy(RUSSIAN, 'koi8-r'))).toBe('koi8-r');
    expect(detectCyrillicEncoding(encodeLegacy(RUSSIAN, 'iso-8859-5'))).toBe('iso-8859-5');
    expect(detectCyrillicEncoding(encodeLegacy(RUSSIAN, 'ibm866'))).toBe('ibm866');
  });

  it('names KOI8-R text KOI8-R, and KOI8-U only when the Ukrainian letters are there', () => {
    // Russian has no і ї є ґ: the same bytes are valid in both, and KOI8-R is what was written.
    expect(detectCyrillicEncoding(encodeLegacy(RUSSIAN, 'koi8-u'))).toBe('koi8-r');
  });

  it('leaves accented Latin text and ASCII alone', () => {
    const french = Buffer.from(
      'Le caf\xe9 a rouvert: cr\xe8me br\xfbl\xe9e et th\xe9 glac\xe9 \xe0 volont\xe9.',
      'latin1',
    );
    expect(detectCyrillicEncoding(french)).toBeNull();
    expect(detectCyrillicEncoding(Buffer.from('Plain ASCII only.'))).toBeNull();
  });
});

describe('detectCharset', () => {
  it('finds Cyrillic text after a long ASCII head of scripts', () => {
    const script = `<script>${'window.analytics.push({event: "view"});\n'.repeat(2000)}</script>`;
    const bytes = Buffer.concat([Buffer.from(script), encodeLegacy(`<p>${UKRAINIAN}</p>`, 'koi8-u')]);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    expect(detectCharset(bytes)).toBe('koi8-u');
  });

  it('falls back to chardet for other scripts, always naming an encoding TextDecoder knows', () => {
    const french = Buffer.from(
      'Le caf\xe9 de la gare a rouvert ses portes: cr\xe8me br\xfbl\xe9e, g\xe2teau et th\xe9 glac\xe9 pour les voyageurs.',
      'latin1',
    );
    expect(detectCharset(french)).toBe('windows-1252');
    for (const bytes of [Uint8Array.of(0xff, 0xfe, 0xfd), Uint8Array.of(0x80), Uint8Array.of(0x41, 0xc3)])
      expect(new TextDecoder(detectCharset(bytes)).encoding).toBe(detectCharset(bytes));
  });
});
