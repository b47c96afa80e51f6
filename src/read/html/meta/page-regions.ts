/**
 * Where on the page an element sits. Bylines, dates and headlines of other stories (related links, most
 * read, comments with their commenters' names and times) look exactly like the article's own; only their
 * place tells them apart.
 */
import type { HtmlDocument } from '../dom.js';

/** An element as queries return it (linkedom's HtmlElement type is the narrower one createElement makes). */
export type PageElement = NonNullable<ReturnType<HtmlDocument['querySelector']>>;

const ASIDE_TAGS = new Set(['ASIDE', 'NAV']);
/** Class and id words of regions that hold other stories or other people's words. */
const ASIDE_NAMES =
  /(?:^|[\s_-])(?:comments?|commentlist|replies|reply|related|recommend(?:ed|ations)?|sidebar|promo|newsletter|teasers?|more-stories|most-read|popular|trending|outbrain|taboola|widget)(?:$|[\s_-])/iu;
const MAX_ANCESTORS = 40;

/** Whether the element sits in a comment thread, a list of other stories, a sidebar or the page's footer. */
export function isInAside(element: PageElement): boolean {
  let inArticle = false;
  const footers: PageElement[] = [];
  let current: PageElement | null = element;
  for (let depth = 0; current !== null && depth < MAX_ANCESTORS; depth++) {
    const tag = current.tagName;
    if (ASIDE_TAGS.has(tag)) return true;
    if (tag === 'ARTICLE' || tag === 'MAIN') inArticle = true;
    if (tag === 'FOOTER') footers.push(current);
    const names = `${current.getAttribute('class') ?? ''} ${current.getAttribute('id') ?? ''}`;
    if (names.length < 1000 && ASIDE_NAMES.test(names)) return true;
    current = current.parentElement;
  }
  // An article's own footer often carries its byline and dates; the page's footer never does.
  return footers.length > 0 && !inArticle;
}

/**
 * The element the article most likely sits in: the first `<article>` or `<main>` outside asides, else the
 * document. Searching it first keeps another story's byline out when the page has both.
 */
export function articleRoot(document: HtmlDocument): HtmlDocument | PageElement {
  for (const element of document.querySelectorAll('article, main, [role="main"]')) {
    if (!isInAside(element)) return element;
  }
  return document;
}
