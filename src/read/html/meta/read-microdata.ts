/**
 * schema.org microdata in the page's markup: `itemprop="headline"`, `datePublished`, `dateModified` and
 * `author` on visible elements or `<meta>` tags. The value is the `content` or `datetime` attribute, else
 * the element's text; an author with its own `itemscope` gives its `itemprop="name"`. Elements in asides
 * (a related story's microdata) are left out.
 */
import { findDescendant } from '../find-descendants.js';
import type { PageElement, PageIndex } from './page-index.js';

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

function hasProperty(element: PageElement, property: string): boolean {
  return (element.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/u).includes(property);
}

function itemsOf(page: Pick<PageIndex, 'itemprops'>, property: string): PageElement[] {
  return page.itemprops
    .filter((item) => !item.aside && hasProperty(item.element, property))
    .slice(0, MAX_ITEMS)
    .map((item) => item.element);
}

function valuesOf(page: Pick<PageIndex, 'itemprops'>, property: string): string[] {
  return itemsOf(page, property)
    .map(valueOf)
    .filter((value): value is string => value !== null);
}

/** `[itemprop~="name" i]`, with the test css-select compiles it to. */
const NAME_PROPERTY = /(?:^|\s)name(?:$|\s)/i;
const isNameProperty = (element: PageElement): boolean => {
  const itemprop = element.getAttributeNode('itemprop')?.value;
  return itemprop !== undefined && NAME_PROPERTY.test(itemprop);
};

function authorOf(element: PageElement): string | null {
  if (element.hasAttribute('itemscope')) {
    const name = findDescendant(element, isNameProperty);
    return name === null ? null : valueOf(name);
  }
  return valueOf(element);
}

export function readMicrodata(page: Pick<PageIndex, 'itemprops'>): MicrodataFacts {
  return {
    headline: valuesOf(page, 'headline')[0] ?? null,
    published: valuesOf(page, 'datepublished'),
    modified: valuesOf(page, 'datemodified'),
    authors: itemsOf(page, 'author')
      .map(authorOf)
      .filter((value): value is string => value !== null),
  };
}
