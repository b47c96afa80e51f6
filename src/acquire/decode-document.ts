import { InputError } from '../errors.js';
import type { Document } from '../types.js';
import { sniffByteOrderMark } from './charset/byte-order-mark.js';
import { charsetParameter } from './charset/charset-parameter.js';
import { decodeBytes, encodingForLabel } from './charset/encoding-label.js';
import { chooseHtmlCharset } from './charset/html-charset.js';
import { PRESCAN_BYTES } from './charset/prescan-meta.js';
import { decodeText } from './decode-text.js';
import { type DocumentFormat, documentFormat } from './document-format.js';

export type { DocumentFormat } from './document-format.js';

export interface DecodedDocument {
  readonly text: string;
  readonly format: DocumentFormat;
  /** The character encoding the bytes were read in, as a WHATWG name (`utf-8`, `windows-1251`). */
  readonly charset: string;
}

/**
 * Turns a document's bytes into text. A web page is decoded as a browser would (byte-order mark, header,
 * meta, then detection; see chooseHtmlCharset). Plain text is kept exact (strict UTF-8, byte-order mark
 * kept, so offsets point into the user's file) unless a UTF-16 byte-order mark or an explicit non-UTF-8
 * header charset says otherwise. Empty, blank and binary inputs are refused with an InputError.
 */
export function decodeDocument(document: Document): DecodedDocument {
  const format = documentFormat(document);
  return format === 'html' ? decodeHtml(document) : decodePlainText(document);
}

function decodeHtml(document: Document): DecodedDocument {
  const { bytes, name } = document;
  if (bytes.length === 0) throw new InputError(name, 'is empty', { reason: 'empty' });
  const choice = chooseHtmlCharset(bytes, document.contentType);
  const utf16 = choice.encoding === 'utf-16le' || choice.encoding === 'utf-16be';
  // A NUL near the start is a binary file (an image or archive saved as .html); a stray one deep in a
  // page is only a parse error, which the HTML parser survives.
  const nul = utf16 ? -1 : bytes.subarray(0, PRESCAN_BYTES).indexOf(0);
  if (nul !== -1) throw new InputError(name, `looks binary: NUL byte at offset ${nul}`, { reason: 'binary' });
  const text = decodeBytes(bytes.subarray(choice.skip), choice.encoding);
  refuseBlank(name, text);
  return { text, format: 'html', charset: choice.encoding };
}

/**
 * A plain-text document's text: strict UTF-8 with its byte-order mark kept, unless a UTF-16 byte-order
 * mark or an explicit non-UTF-8 header charset says otherwise. `onrecord extract` reads its files so, as
 * ingest does.
 */
export function decodePlainText(document: Document): DecodedDocument {
  const { bytes, name } = document;
  if (bytes.length === 0) throw new InputError(name, 'is empty', { reason: 'empty' });
  const mark = sniffByteOrderMark(bytes);
  const declared = encodingForLabel(charsetParameter(document.contentType));
  const encoding =
    mark !== null && mark.encoding !== 'utf-8'
      ? mark.encoding
      : mark === null && declared !== null && declared !== 'utf-8' && !declared.startsWith('utf-16')
        ? declared
        : null;
  if (encoding === null) return { text: decodeText(document), format: 'text', charset: 'utf-8' };
  // The byte-order mark stays in the text, as decodeText keeps UTF-8's: the text is the file's characters.
  const text =
    mark === null
      ? decodeBytes(bytes, encoding)
      : new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const nul = text.indexOf('\0');
  if (nul !== -1)
    throw new InputError(name, `looks binary: NUL character at offset ${nul}`, { reason: 'binary' });
  refuseBlank(name, text);
  return { text, format: 'text', charset: encoding };
}

function refuseBlank(name: string, text: string): void {
  if (text.trim() === '') throw new InputError(name, 'holds only white space', { reason: 'empty' });
}
