/**
 * A feed's bytes as text. XML says how: a byte-order mark, else the Content-Type's charset, else the XML
 * declaration's encoding, else UTF-8 (XML's default). Feeds in windows-1251 or KOI8-R read correctly.
 */

import { decodeBytes, encodingForLabel } from '../charset/encoding-label.js';

const BOMS: readonly (readonly [readonly number[], string])[] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

export function decodeFeedBytes(bytes: Uint8Array, contentType: string | null = null): string {
  const encoding = bomEncoding(bytes) ?? headerCharset(contentType) ?? declaredEncoding(bytes) ?? 'utf-8';
  return decodeBytes(bytes, encodingForLabel(encoding) ?? 'utf-8');
}

function bomEncoding(bytes: Uint8Array): string | null {
  for (const [mark, encoding] of BOMS)
    if (mark.every((byte, index) => bytes[index] === byte)) return encoding;
  return null;
}

function headerCharset(contentType: string | null): string | null {
  const charset = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1];
  return charset !== undefined && isKnownEncoding(charset) ? charset : null;
}

/** `<?xml version="1.0" encoding="windows-1251"?>`, read as ASCII from the first bytes. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 256)).toString('latin1');
  const encoding = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  return encoding !== undefined && isKnownEncoding(encoding) ? encoding : null;
}

const isKnownEncoding = (label: string): boolean => encodingForLabel(label) !== null;
