import type { Document } from '../types.js';
import { decodeText } from './decode-text.js';

/** What a document's bytes are: a web page or plain text. */
export type DocumentFormat = 'html' | 'text';

export interface DecodedDocument {
  readonly text: string;
  readonly format: DocumentFormat;
  /** The character encoding the bytes were read in, as a WHATWG label (`utf-8`, `windows-1251`). */
  readonly charset: string;
}

// TEMPORARY (lead, issue 5): UTF-8 only and a crude format sniff; the acquire helper replaces this file
// with charset detection (BOM, header, meta, then detection).
export function decodeDocument(document: Document): DecodedDocument {
  const text = decodeText(document);
  const format =
    document.hints?.format ??
    (/html/i.test(document.contentType ?? '') || /\.x?html?$/i.test(document.name) || /^\s*</.test(text)
      ? 'html'
      : 'text');
  return { text, format, charset: 'utf-8' };
}
