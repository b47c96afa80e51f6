import type { Document } from '../types.js';
import { sniffByteOrderMark } from './charset/byte-order-mark.js';
import { mimeEssence } from './charset/charset-parameter.js';

/** What a document's bytes are: a web page or plain text. */
export type DocumentFormat = 'html' | 'text';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const TEXT_TYPES = new Set(['text/plain']);

/**
 * Whether a document is a web page or plain text, from the surest sign to the weakest: what its container
 * says, its Content-Type, its file extension (a `.gz` wrapper aside), then how it begins.
 */
export function documentFormat(document: Document): DocumentFormat {
  const hinted = document.hints?.format;
  if (hinted !== undefined) return hinted;
  const type = mimeEssence(document.contentType);
  if (type !== null && HTML_TYPES.has(type)) return 'html';
  if (type !== null && TEXT_TYPES.has(type)) return 'text';
  const extension = /\.([a-z]+)(?:\.gz)?$/i.exec(document.name)?.[1]?.toLowerCase();
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html';
  if (extension === 'txt' || extension === 'text') return 'text';
  return startsLikeMarkup(document.bytes) ? 'html' : 'text';
}

/**
 * Elements a page begins with, after white space and comments. Plain text beginning with `<p` is rare
 * enough, and plain text beginning with `<b>` or `<3` is not taken for markup.
 */
const LEADING_MARKUP =
  /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|\?xml|html|head|body|article|main|section|div|p|meta|title|link|script|style|h[1-6])[\s/>]/i;

function startsLikeMarkup(bytes: Uint8Array): boolean {
  const mark = sniffByteOrderMark(bytes);
  const encoding = mark?.encoding === 'utf-16le' || mark?.encoding === 'utf-16be' ? mark.encoding : 'latin1';
  const head = new TextDecoder(encoding).decode(bytes.subarray(mark?.length ?? 0, 2048));
  return LEADING_MARKUP.test(head);
}
