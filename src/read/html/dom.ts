/**
 * The one DOM the HTML reader works on: linkedom's, chosen over jsdom by measurement (bench/read-html.ts).
 * Parsing happens once per page; metadata and body extraction read the same document.
 */
import { parseHTML } from 'linkedom';

export type HtmlWindow = ReturnType<typeof parseHTML>;
export type HtmlDocument = HtmlWindow['document'];
export type HtmlElement = ReturnType<HtmlDocument['createElement']>;

/**
 * Parses a page. linkedom never throws on malformed markup; it builds what a browser would, roughly. One
 * difference matters: without an `<html>` tag it makes the first element the document element and drops
 * its siblings (`<div>a</div><p>b` keeps only the div), and an empty or text-only input has none at all.
 * Such input is parsed again inside `<html>`, so that every page has a root that holds all of it.
 */
export function parseHtmlDocument(html: string): HtmlDocument {
  const document = parseHTML(html).document;
  const root = document.documentElement as HtmlDocument['documentElement'] | null;
  if (root !== null && root.localName === 'html') return document;
  return parseHTML(`<html>${html}</html>`).document;
}
