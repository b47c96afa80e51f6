/**
 * The one DOM the HTML reader works on: linkedom's, chosen over jsdom by measurement (bench/read-html.ts).
 * Parsing happens once per page; metadata and body extraction read the same document.
 */
import { parseHTML } from 'linkedom';

export type HtmlWindow = ReturnType<typeof parseHTML>;
export type HtmlDocument = HtmlWindow['document'];
export type HtmlElement = ReturnType<HtmlDocument['createElement']>;

/** Parses a page. linkedom never throws on malformed markup; it builds what a browser would, roughly. */
export function parseHtmlDocument(html: string): HtmlDocument {
  return parseHTML(html).document;
}
