/**
 * schema.org microdata in the page's markup: `itemprop="headline"`, `datePublished`, `dateModified` and
 * `author` on visible elements or `<meta>` tags. The value is the `content` or `datetime` attribute, else
 * the element's text; an author with its own `itemscope` gives its `itemprop="name"`.
 */
import type { HtmlDocument } from '../dom.js';
import { isInAside, type PageElement } from './page-regions.js';

export interface MicrodataFacts {
  readonly headline: string | null;
  readonly published: readonly string[];
  readonly modified: readonly string[];
  readonly authors: readonly string[];
}

const MAX_ITEMS = 20;

function valueOf(element: PageElement): string | null {
  return (
    element.getAttribute('content') ??
    element.getAttribute('datetime') ??
    (element.tagName === 'META' ? null : element.textContent)
  );
}

function itemsOf(document: HtmlDocument, property: string): PageElement[] {
  return [...document.querySelectorAll(`[itemprop~="${property}" i]`)]
    .filter((element) => !isInAside(element))
    .slice(0, MAX_ITEMS);
}

function valuesOf(document: HtmlDocument, property: string): string[] {
  return itemsOf(document, property)
    .map(valueOf)
    .filter((value): value is string => value !== null);
}

function authorOf(element: PageElement): string | null {
  if (element.hasAttribute('itemscope')) {
    const name = element.querySelector('[itemprop~="name" i]');
    return name === null ? null : valueOf(name);
  }
  return valueOf(element);
}

export function readMicrodata(document: HtmlDocument): MicrodataFacts {
  return {
    headline: valuesOf(document, 'headline')[0] ?? null,
    published: valuesOf(document, 'datePublished'),
    modified: valuesOf(document, 'dateModified'),
    authors: itemsOf(document, 'author')
      .map(authorOf)
      .filter((value): value is string => value !== null),
  };
}
