import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/acquire/decode-text.js';
import type { Document } from '../../src/types.js';

const document = (bytes: Uint8Array): Document => ({
  origin: 'file',
  name: 'a.txt',
  bytes,
  fetchedAt: '2026-01-01T00:00:00Z',
});

describe('decodeText', () => {
  it('keeps the text exactly, byte-order mark and line endings included', () => {
    const bytes = Buffer.from('\uFEFFTitle\r\n\r\nShe said: «Ça va.»\r\n', 'utf8');
    expect(decodeText(document(bytes))).toBe('\uFEFFTitle\r\n\r\nShe said: «Ça va.»\r\n');
  });

  it('names the first bad byte of invalid UTF-8', () => {
    expect(() => decodeText(document(Buffer.from('Caf\xe9 owners', 'latin1')))).toThrow(
      'a.txt: is not valid UTF-8 (first bad byte at offset 3)',
    );
    expect(() => decodeText(document(Buffer.from([0x61, 0x62, 0xff, 0x63])))).toThrow(
      'first bad byte at offset 2',
    );
    expect(() => decodeText(document(Buffer.from([0x61, 0xe2, 0x82])))).toThrow('first bad byte at offset 1');
  });

  it('refuses empty, blank and binary input', () => {
    expect(() => decodeText(document(new Uint8Array()))).toThrow('a.txt: is empty');
    expect(() => decodeText(document(Buffer.from(' \n\t ')))).toThrow('holds only white space');
    expect(() => decodeText(document(Buffer.from([0x61, 0x00, 0x62])))).toThrow(
      'looks binary: NUL byte at offset 1',
    );
  });
});
