/**
 * What the walker reads off an element besides its tag: the names it goes by (class, id, component, custom
 * tag), whether those names make it furniture, whether it is hidden, whether it holds a quotation.
 */
import type { HtmlElement } from './dom.js';
import { findDescendant } from './find-descendants.js';
import { CONTENT_NAME, FURNITURE_NAME } from './element-patterns.js';

export const attribute = (element: HtmlElement, name: string): string | null =>
  element.getAttributeNode(name)?.value ?? null;

const CAMEL_HUMP = /(\p{Ll})(\p{Lu})/gu;
/** A capital or any character beyond ASCII: the names that camelCase splitting or lower-casing may change. */
const NOT_PLAIN_LOWER = /[A-Z\u0080-\uffff]/;

/** Attributes besides class and id that name what a box is. */
const NAMING_ATTRIBUTES = ['data-component', 'data-qa', 'data-testid'];

/** Class and id together, lower case: what the name patterns are matched against. */
export function elementName(element: HtmlElement, tag: string): string {
  const className = attribute(element, 'class');
  const id = attribute(element, 'id');
  // Component frameworks name their boxes in data-component ("byline-block", "text-block"), and React
  // sites in their test hooks ("article-body-ad", "interstitial-link").
  let name = className ?? '';
  if (id !== null) name = name === '' ? id : `${name} ${id}`;
  for (const hook of NAMING_ATTRIBUTES) {
    const value = attribute(element, hook);
    if (value !== null) name = name === '' ? value : `${name} ${value}`;
  }
  // Custom elements name what they are (`amp-ad`, `share-bar`).
  if (tag.includes('-')) name = name === '' ? tag : `${name} ${tag}`;
  // Most names are ASCII without capitals already: nothing to split or lower-case.
  if (!NOT_PLAIN_LOWER.test(name)) return name;
  // camelCase names are words too: `relatedStories` as `related-stories`, `ArticleBody_share` likewise.
  return name.replace(CAMEL_HUMP, '$1-$2').toLowerCase();
}

/**
 * What a name says the box is: its BEM or CSS-module element (`article__about-station`, `post__donate`,
 * `article-body_related-links`), or its last word
 * (`sdc-article-factbox`, `article-share`), except layout words: `content-with-sidebar` wraps the article
 * and the sidebar together.
 */
/** Words that say what kind of box, not what it holds: `share-bar`, `related-links`, `promo-container`. */
const GENERIC_WORD =
  /^(?:bar|box|container|wrapper|wrap|list|links|buttons|tools|module|block|section|area|panel|inner|outer|items?|group|holder|content)$/;

/** The last word of a name that says what the box holds (`story-share-bar`: share). */
function lastMeaningfulWord(name: string): string {
  const words = name.split(/[_-]+/).filter((word) => word !== '');
  for (let index = words.length - 1; index > 0; index -= 1) {
    if (!GENERIC_WORD.test(words[index]!)) return words[index]!;
  }
  return '';
}
const HASH_SUFFIX = /[_-]+[a-z0-9]*\d[a-z0-9]*$/;
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
    // CSS-module names end in a hash (`article-body_related-links__x3f2a`): it says nothing.
    const named = part.replace(HASH_SUFFIX, '');
    const element = named.lastIndexOf('_');
    if (element !== -1) {
      const segment = named.slice(element + 1);
      if (FURNITURE_NAME.test(segment) && !CONTENT_NAME.test(segment)) return true;
    }
    const last = lastMeaningfulWord(named);
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
  findDescendant(element, isQuotation) !== null;

/** `blockquote, q` as css-select matches it in an HTML document: by lower-cased local name. */
function isQuotation(element: HtmlElement): boolean {
  const name = element.localName.toLowerCase();
  return name === 'blockquote' || name === 'q';
}
