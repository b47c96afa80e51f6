/**
 * Mozilla Readability on the same DOM, for the pages where our own selection finds too little: a second
 * opinion from a different mechanism (it removes and rescores with relaxed settings). Its article element is
 * walked like a page, so its blocks get the same kinds and filters as ours. Readability changes the DOM, so
 * this runs last.
 */
import { Readability } from '@mozilla/readability';
import type { HtmlDocument, HtmlElement } from './dom.js';
import { type BodySelection, type KnownHeader, selectBody, sumSubtrees } from './select-body.js';
import { walkPage } from './walk-page.js';

/** Readability's body as a selection, or null when it finds no article (or fails on odd markup). */
export function readWithReadability(document: HtmlDocument, known: KnownHeader): BodySelection | null {
  let article: HtmlElement | null | undefined;
  try {
    const reader = new Readability<HtmlElement>(document, {
      serializer: (node) => node as HtmlElement,
    });
    article = reader.parse()?.content;
  } catch {
    return null;
  }
  if (article == null) return null;
  const walk = walkPage(article);
  sumSubtrees(walk.containers);
  return selectBody(walk, known, 0);
}
