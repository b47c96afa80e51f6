/**
 * What the walker reads off an element besides its tag: the names it goes by (class, id, component, custom
 * tag), whether those names make it furniture, whether it is hidden, whether it holds a quotation.
 */
import type { HtmlElement } from './dom.js';
import { CONTENT_NAME, FURNITURE_NAME } from './element-patterns.js';

export const attribute = (element: HtmlElement, name: string): string | null =>
  element.getAttributeNode(name)?.value ?? null;

/** Class and id together, lower case: what the name patterns are matched against. */
export function elementName(element: HtmlElement, tag: string): string {
  const className = attribute(element, 'class');
  const id = attribute(element, 'id');
  // Component frameworks name their boxes in data-component ("byline-block", "text-block").
  const component = attribute(element, 'data-component');
  let name = className ?? '';
  if (id !== null) name = name === '' ? id : `${name} ${id}`;
  if (component !== null) name = name === '' ? component : `${name} ${component}`;
  // Custom elements name what they are (`amp-ad`, `share-bar`).
  if (tag.includes('-')) name = name === '' ? tag : `${name} ${tag}`;
  return name.toLowerCase();
}

/**
 * What a name says the box is: its BEM element (`article__about-station`, `post__donate`), or its last word
 * (`sdc-article-factbox`, `article-share`), except layout words: `content-with-sidebar` wraps the article
 * and the sidebar together.
 */
const LAST_WORD = /[_-]([a-z0-9]+)$/;
const LAYOUT_WORD =
  /^(?:sidebar\w*|rail|nav\w*|menu\w*|footer\w*|header|main|wrap\w*|layout|container|column|col)$/;

/**
 * Furniture when one of its names (class names, id) is a furniture word without a content word:
 * `callfn-widget` prunes `sdc-article-widget callfn-widget`, while `content-with-sidebar` alone does not.
 */
export function isFurnitureName(name: string): boolean {
  if (!FURNITURE_NAME.test(name)) return false;
  for (const part of name.split(' ')) {
    if (part === '' || !FURNITURE_NAME.test(part)) continue;
    if (!CONTENT_NAME.test(part)) return true;
    const element = part.lastIndexOf('__');
    if (element !== -1) {
      const segment = part.slice(element + 2);
      if (FURNITURE_NAME.test(segment) && !CONTENT_NAME.test(segment)) return true;
    }
    const last = LAST_WORD.exec(part)?.[1] ?? '';
    if (FURNITURE_NAME.test(last) && !LAYOUT_WORD.test(last)) return true;
  }
  return false;
}

/** Hidden from readers: the `hidden` attribute, aria-hidden, or an inline style that hides it. */
export function isHidden(element: HtmlElement): boolean {
  if (element.getAttributeNode('hidden') !== null) return true;
  if (attribute(element, 'aria-hidden') === 'true') return true;
  const style = attribute(element, 'style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** An aside or figure holding a quotation is a pull quote or a quote box, not furniture. */
export const containsQuotation = (element: HtmlElement): boolean =>
  element.querySelector('blockquote, q') !== null;
