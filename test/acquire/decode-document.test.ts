import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../src/acquire/decode-document.js';
import type { Document, DocumentHints } from '../../src/types.js';
import { page, RUSSIAN, UKRAINIAN, UKRAINIAN_HEADLINE } from './cyrillic-texts.js';
import { encodeLegacy } from './legacy-encode.js';

const document = (
  bytes: Uint8Array,
  options: { name?: string; contentType?: string; hints?: DocumentHints } = {},
): Document => ({
  origin: 'file',
  name: options.name ?? 'page.html',
  bytes,
  fetchedAt: '2026-01-01T00:00:00Z',
  ...(options.contentType === undefined ? {} : { contentType: options.contentType }),
  ...(options.hints === undefined ? {} : { hints: options.hints }),
});

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

describe('decodeDocument: Cyrillic pages in legacy encodings', () => {
  const cases = [
    { language: 'Ukrainian', text: UKRAINIAN, encoding: 'windows-1251' },
    { language: 'Russian', text: RUSSIAN, encoding: 'windows-1251' },
    { language: 'Ukrainian', text: UKRAINIAN, encoding: 'koi8-u' },
    { language: 'Russian', text: RUSSIAN, encoding: 'koi8-r' },
    { language: 'Russian', text: RUSSIAN, encoding: 'iso-8859-5' },
    { language: 'Russian', text: RUSSIAN, encoding: 'ibm866' },
  ];

  for (const { language, text, encoding } of cases) {
    it(`reads ${language} in ${encoding} declared by a meta element`, () => {
      const decoded = decodeDocument(document(encodeLegacy(page(text, { meta: encoding }), encoding)));
      expect(decoded).toMatchObject({ format: 'html', charset: encoding });
      expect(decoded.text).toContain(text);
    });

    it(`reads ${language} in ${encoding} declared nowhere, by detection`, () => {
      const decoded = decodeDocument(document(encodeLegacy(page(text), encoding)));
      expect(decoded.charset).toBe(encoding);
      expect(decoded.text).toContain(text);
    });
  }

  it('detects the encoding of a short headline amid markup', () => {
    for (const encoding of ['windows-1251', 'koi8-u']) {
      const decoded = decodeDocument(
        document(encodeLegacy(page(UKRAINIAN_HEADLINE, { title: 'x' }), encoding)),
      );
      expect(decoded.text).toContain(UKRAINIAN_HEADLINE);
    }
  });

  it('follows the Content-Type header before the meta element', () => {
    const bytes = encodeLegacy(page(RUSSIAN, { meta: 'windows-1251' }), 'koi8-r');
    const decoded = decodeDocument(document(bytes, { contentType: 'text/html; charset="KOI8-R"' }));
    expect(decoded.charset).toBe('koi8-r');
    expect(decoded.text).toContain(RUSSIAN);
  });

  it('maps WHATWG labels: x-cp1251 is windows-1251, iso-8859-1 is windows-1252', () => {
    const cyrillic = decodeDocument(
      document(encodeLegacy(page(UKRAINIAN), 'windows-1251'), { contentType: 'text/html; charset=x-cp1251' }),
    );
    expect(cyrillic.charset).toBe('windows-1251');
    expect(cyrillic.text).toContain(UKRAINIAN);
    // 0x93 and 0x94 are curly quotation marks in windows-1252, control codes in true ISO-8859-1.
    const latin = decodeDocument(
      document(Buffer.from('<p>\x93Fine,\x94 she said, \xe0 la fran\xe7aise.</p>', 'latin1'), {
        contentType: 'text/html; charset=iso-8859-1',
      }),
    );
    expect(latin).toMatchObject({
      charset: 'windows-1252',
      text: '<p>“Fine,” she said, à la française.</p>',
    });
  });

  it('passes over an unknown label to the meta element, then to detection', () => {
    const bytes = encodeLegacy(page(RUSSIAN, { meta: 'koi8-r' }), 'koi8-r');
    expect(decodeDocument(document(bytes, { contentType: 'text/html; charset=no-such-thing' })).charset).toBe(
      'koi8-r',
    );
    const undeclared = encodeLegacy(page(RUSSIAN, { meta: 'no-such-thing' }), 'windows-1251');
    expect(decodeDocument(document(undeclared)).text).toContain(RUSSIAN);
  });

  it('detects instead of trusting a UTF-8 declaration the bytes break', () => {
    const bytes = encodeLegacy(page(UKRAINIAN, { meta: 'utf-8' }), 'windows-1251');
    const decoded = decodeDocument(document(bytes, { contentType: 'text/html; charset=utf-8' }));
    expect(decoded.charset).toBe('windows-1251');
    expect(decoded.text).toContain(UKRAINIAN);
  });

  it('reads Cyrillic text in the encoding it is in when the declaration is plainly wrong', () => {
    const serverDefault = decodeDocument(
      document(encodeLegacy(page(UKRAINIAN, { meta: 'windows-1251' }), 'windows-1251'), {
        contentType: 'text/html; charset=ISO-8859-1',
      }),
    );
    expect(serverDefault.charset).toBe('windows-1251');
    expect(serverDefault.text).toContain(UKRAINIAN);
    const wrongCyrillic = decodeDocument(
      document(encodeLegacy(page(RUSSIAN, { meta: 'koi8-r' }), 'windows-1251')),
    );
    expect(wrongCyrillic.charset).toBe('windows-1251');
    expect(wrongCyrillic.text).toContain(RUSSIAN);
    const ukrainianAsKoi8r = decodeDocument(
      document(encodeLegacy(page(UKRAINIAN, { meta: 'koi8-r' }), 'koi8-u')),
    );
    expect(ukrainianAsKoi8r.charset).toBe('koi8-u');
    expect(ukrainianAsKoi8r.text).toContain(UKRAINIAN);
    // A Western page under the same server default stays as declared.
    const french = decodeDocument(
      document(Buffer.from('<p>Cr\xe8me br\xfbl\xe9e \x96 \xe0 la fran\xe7aise.</p>', 'latin1'), {
        contentType: 'text/html; charset=ISO-8859-1',
      }),
    );
    expect(french).toMatchObject({ charset: 'windows-1252', text: '<p>Crème brûlée – à la française.</p>' });
  });

  it('reads valid UTF-8 as UTF-8 even under a stale legacy declaration', () => {
    const decoded = decodeDocument(document(utf8(page(UKRAINIAN, { meta: 'windows-1251' }))));
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.text).toContain(UKRAINIAN);
  });

  it('does not take accented Latin text for Cyrillic', () => {
    const bytes = Buffer.from(
      '<html><body><p>Le caf\xe9 de la gare a rouvert: cr\xe8me br\xfbl\xe9e, g\xe2teau et th\xe9 glac\xe9 pour les voyageurs \xe0 l\x92heure.</p></body></html>',
      'latin1',
    );
    const decoded = decodeDocument(document(bytes));
    expect(decoded.text).toContain('Le café de la gare a rouvert: crème brûlée, gâteau et thé glacé');
  });
});

describe('decodeDocument: byte-order marks and declarations', () => {
  it('lets a byte-order mark outrank the header', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(page(RUSSIAN))]);
    const decoded = decodeDocument(document(bytes, { contentType: 'text/html; charset=windows-1251' }));
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.text.startsWith('<!doctype html>')).toBe(true);
  });

  it('reads UTF-16 pages and texts that carry a byte-order mark', () => {
    const html = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page(UKRAINIAN), 'utf16le')]);
    const decoded = decodeDocument(document(html));
    expect(decoded).toMatchObject({ format: 'html', charset: 'utf-16le' });
    expect(decoded.text).toContain(UKRAINIAN);
    const big = Buffer.from(Buffer.from(`\uFEFF${RUSSIAN}\n`, 'utf16le')).swap16();
    const text = decodeDocument(document(big, { name: 'note.txt' }));
    expect(text).toEqual({ text: `\uFEFF${RUSSIAN}\n`, format: 'text', charset: 'utf-16be' });
  });

  it('finds the meta charset after a long head, and not inside comments or other attributes', () => {
    const filler = `<script>${'var x = 1;\n'.repeat(150)}</script>`;
    const bytes = encodeLegacy(
      `<html><head>${filler}<!-- <meta charset="koi8-r"> --><link title='<meta charset=iso-8859-5>'>` +
        `<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>${RUSSIAN}</body></html>`,
      'windows-1251',
    );
    const decoded = decodeDocument(document(bytes));
    expect(decoded.charset).toBe('windows-1251');
    expect(decoded.text).toContain(RUSSIAN);
  });
});

describe('decodeDocument: format', () => {
  const plain = utf8('<p> is how a paragraph starts, the manual said.\n');

  it('takes the container hint first, then the Content-Type, then the extension, then the content', () => {
    expect(decodeDocument(document(plain, { hints: { format: 'text' } })).format).toBe('text');
    expect(decodeDocument(document(plain, { name: 'a', contentType: 'text/plain' })).format).toBe('text');
    expect(decodeDocument(document(plain, { name: 'a', contentType: 'application/xhtml+xml' })).format).toBe(
      'html',
    );
    expect(decodeDocument(document(plain, { name: 'notes.txt' })).format).toBe('text');
    expect(decodeDocument(document(utf8('Plain words.'), { name: 'story.HTM' })).format).toBe('html');
    expect(decodeDocument(document(utf8('Plain words.'), { name: 'story.html.gz' })).format).toBe('html');
    expect(
      decodeDocument(document(utf8('\n <!-- saved --> <!DOCTYPE html><p>Hi</p>'), { name: 'a' })).format,
    ).toBe('html');
    expect(decodeDocument(document(utf8('<article>\n<p>Hi</p>'), { name: 'a' })).format).toBe('html');
    expect(decodeDocument(document(utf8('<3 to all readers'), { name: 'a' })).format).toBe('text');
    expect(decodeDocument(document(utf8('Plain words.'), { name: '-' })).format).toBe('text');
  });
});

describe('decodeDocument: plain text and refusals', () => {
  it('keeps plain text exact and strict, as decodeText does', () => {
    const decoded = decodeDocument(
      document(utf8('\uFEFFTitle\r\n\r\nShe said: «Ça va.»\r\n'), { name: 'a.txt' }),
    );
    expect(decoded).toEqual({
      text: '\uFEFFTitle\r\n\r\nShe said: «Ça va.»\r\n',
      format: 'text',
      charset: 'utf-8',
    });
    expect(() =>
      decodeDocument(document(Buffer.from('Caf\xe9 owners', 'latin1'), { name: 'a.txt' })),
    ).toThrow('a.txt: is not valid UTF-8 (first bad byte at offset 3)');
  });

  it('reads plain text in the charset an HTTP header names', () => {
    const decoded = decodeDocument(
      document(encodeLegacy(RUSSIAN, 'koi8-r'), { name: 'a', contentType: 'text/plain; charset=koi8-r' }),
    );
    expect(decoded).toEqual({ text: RUSSIAN, format: 'text', charset: 'koi8-r' });
  });

  it('refuses empty, blank and binary input in either format', () => {
    for (const name of ['a.txt', 'a.html']) {
      expect(() => decodeDocument(document(new Uint8Array(), { name }))).toThrow(`${name}: is empty`);
      expect(() => decodeDocument(document(utf8(' \n\t '), { name }))).toThrow('holds only white space');
      expect(() => decodeDocument(document(Uint8Array.of(0x3c, 0x70, 0x3e, 0, 1, 2), { name }))).toThrow(
        'looks binary: NUL byte at offset 3',
      );
    }
  });
});
