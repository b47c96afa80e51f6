/**
 * A feed item's HTML, read from the XML element itself. The parser's own `content` and `description`
 * decode HTML entities once more after XML has (`&amp;lt;` in the feed, `&lt;` in the HTML, becomes `<`),
 * which turns text into markup; the element's text is the HTML exactly as the feed carries it.
 */
import type { parseFeed } from '@rowanmanning/feed-parser';

type ParsedItem = ReturnType<typeof parseFeed>['items'][number];
type XmlElement = ParsedItem['element'];

export interface ItemHtml {
  /** The article as the item carries it: `content:encoded` (RSS, RDF) or `content` (Atom). */
  readonly content: string | null;
  /** The summary: `description` (RSS, RDF) or `summary` (Atom). */
  readonly summary: string | null;
}

export function itemHtml(item: ParsedItem, isAtom: boolean): ItemHtml {
  const element = item.element;
  if (isAtom) {
    const content = ownChild(element, 'content');
    return {
      // XHTML content is markup inside a div, which the parser serializes; text and html are text.
      content: content?.getAttribute('type') === 'xhtml' ? item.content : textAsHtml(content),
      summary: textAsHtml(ownChild(element, 'summary')),
    };
  }
  const encoded = element.findElementsWithName('encoded').find((child) => child.namespace === 'content');
  return {
    content: textAsHtml(encoded ?? null),
    summary: textAsHtml(ownChild(element, 'description')),
  };
}

/** A child in the feed's own namespace (not `media:content` or `media:description`). */
function ownChild(element: XmlElement, name: string): XmlElement | null {
  return (
    element
      .findElementsWithName(name)
      .find((child) => typeof child.namespace === 'symbol' || child.namespace === 'atom') ?? null
  );
}

/** The element's text as HTML: Atom's `type="text"` is plain text, escaped; anything else is HTML. */
function textAsHtml(element: XmlElement | null): string | null {
  if (element === null) return null;
  const text = element.textContent.trim();
  if (text === '') return null;
  return element.getAttribute('type') === 'text' ? escapeHtml(text) : text;
}

const escapeHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
