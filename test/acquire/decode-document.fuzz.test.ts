import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prescanCharset } from '../../src/acquire/charset/prescan-meta.js';
import { decodeDocument } from '../../src/acquire/decode-document.js';
import { InputError } from '../../src/errors.js';
import type { Document } from '../../src/types.js';
import { page, RUSSIAN, UKRAINIAN } from './cyrillic-texts.js';
import { encodeLegacy } from './legacy-encode.js';

const CONTENT_TYPES = [
  null,
  'text/html',
  'text/html; charset=utf-8',
  'text/html; charset="windows-1251"',
  'text/html; charset=koi8-u',
  'text/html; charset=utf-16le',
  'text/html; charset=x-user-defined',
  'text/html; charset=no-such-label',
  'text/plain; charset=iso-8859-5',
  'text/plain; charset=utf-16be',
  'application/octet-stream',
  'text/html; charset=',
  ';;charset=;',
];
const NAMES = ['page.html', 'note.txt', 'data', 'x.htm.gz', '-'];

/** A decode either gives text or refuses with an InputError; nothing else may come out of it. */
function decodesOrRefuses(document: Document): void {
  try {
    const decoded = decodeDocument(document);
    expect(typeof decoded.text).toBe('string');
    expect(decoded.text.trim()).not.toBe('');
    expect(typeof decoded.charset).toBe('string');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
  }
}

const documentOf = (bytes: Uint8Array, contentType: string | null, name: string): Document => ({
  origin: 'file',
  name,
  bytes,
  fetchedAt: '2026-01-01T00:00:00Z',
  contentType,
});

// Real pages to mutate: Cyrillic text in the encodings that detection must tell apart.
const SEEDS = [
  encodeLegacy(page(UKRAINIAN, { meta: 'windows-1251' }), 'windows-1251'),
  encodeLegacy(page(RUSSIAN), 'koi8-r'),
  Buffer.from(page(UKRAINIAN, { meta: 'utf-8' }), 'utf8'),
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page(RUSSIAN), 'utf16le')]),
];

describe('decodeDocument under fuzzing', () => {
  it('decodes or refuses arbitrary bytes under any declaration', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 3000 }),
        fc.constantFrom(...CONTENT_TYPES),
        fc.constantFrom(...NAMES),
        (bytes, contentType, name) => {
          decodesOrRefuses(documentOf(bytes, contentType, name));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('decodes or refuses truncated and byte-mutated real pages', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEEDS),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }),
        fc.constantFrom(...CONTENT_TYPES),
        (seed, cut, mutations, contentType) => {
          const bytes = Buffer.from(seed.subarray(0, seed.length - (cut % seed.length)));
          for (const [at, value] of mutations) if (bytes.length > 0) bytes[at % bytes.length] = value;
          decodesOrRefuses(documentOf(bytes, contentType, 'page.html'));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('prescans markup soup without error and in bounded time', { timeout: 20_000 }, () => {
    const piece = fc.constantFrom(
      '<meta',
      '<META ',
      ' charset=',
      'charset',
      '"',
      "'",
      '<!--',
      '-->',
      '>',
      '<',
      '</',
      '<!',
      '<?xml encoding="koi8-r"?>',
      ' content="text/html; charset=',
      ' http-equiv=content-type',
      'koi8-r',
      'utf-16',
      ' ',
      '/',
      '=',
      'a',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), (pieces) => {
        const label = prescanCharset(Buffer.from(pieces.join(''), 'latin1'));
        expect(label === null || typeof label === 'string').toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
