/**
 * One walk over the page that finds every element a metadata reader looks at, and where each sits.
 * linkedom answers each `querySelectorAll` with a walk of its own, and the readers needed a dozen, plus an
 * ancestor climb per candidate to tell the article from its surroundings: on a page of a thousand elements
 * that was most of the reader's time. Here the walk carries each element's region down from its parents.
 *
 * Regions: bylines, dates and headlines of other stories (related links, most read, comments with their
 * commenters' names and times) look exactly like the article's own; only their place tells them apart. An
 * element is `aside` inside `<aside>`, `<nav>`, a region named like a comment thread or a list of other
 * stories, or the page's footer (an article's own footer often carries its byline and dates). The article
 * root is the first `<article>`, `<main>` or `[role=main]` that is not aside.
 */
import type { HtmlDocument } from '../dom.js';

/** An element as queries return it (linkedom's HtmlElement type is the narrower one createElement makes). */
export type PageElement = NonNullable<ReturnType<HtmlDocument['querySelector']>>;

export interface PlacedElement {
  readonly element: PageElement;
  /** In a comment thread, a list of other stories, a sidebar, navigation or the page's footer. */
  readonly aside: boolean;
  /** Inside the article root. */
  readonly inRoot: boolean;
}

export interface PageIndex {
  readonly html: PageElement | null;
  readonly title: PageElement | null;
  /** The first `<h1>` in the article root, else the first on the page. */
  readonly heading: PageElement | null;
  readonly hasRoot: boolean;
  readonly metas: readonly PageElement[];
  readonly canonicalLinks: readonly PageElement[];
  readonly jsonLdScripts: readonly PageElement[];
  readonly dataScripts: readonly PageElement[];
  /** Elements with an `itemprop`. */
  readonly itemprops: readonly PlacedElement[];
  /** `<time>` and elements whose class names a date, a time or publication. */
  readonly dates: readonly PlacedElement[];
  /** Elements marked as a byline or an author. */
  readonly bylines: readonly PlacedElement[];
  /** Logos and links to the home page. */
  readonly logos: readonly PageElement[];
  /** Paragraph-like elements, where an unmarked "By ..." line may sit. */
  readonly lines: readonly PlacedElement[];
}

const ASIDE_TAGS = new Set(['aside', 'nav']);
/** Class and id words of regions that hold other stories or other people's words. */
const ASIDE_NAMES =
  /(?:^|[\s_-])(?:comments?|commentlist|replies|reply|related|recommend(?:ed|ations)?|sidebar|promo|newsletter|teasers?|more-stories|most-read|popular|trending|outbrain|taboola|widget)(?:$|[\s_-])/iu;
const DATE_CLASS = /date|time|publish/iu;
const BYLINE_CLASS = /byline|(?:^|\s)(?:author|author-name|article-author)(?:$|\s)/iu;
const LINE_TAGS = new Set(['p', 'span', 'div', 'address']);
const ROOT_TAGS = new Set(['article', 'main']);

/** Caps per list: pages with more are generated junk, and the elements that matter come first. */
const MAX_ELEMENTS = 50_000;
const MAX = {
  metas: 2000,
  scripts: 50,
  itemprops: 200,
  dates: 200,
  bylines: 100,
  logos: 20,
  lines: 600,
} as const;

interface Context {
  readonly aside: boolean;
  readonly inArticle: boolean;
  readonly pageFooter: boolean;
  readonly inRoot: boolean;
}

/**
 * An attribute's value as written. linkedom answers `getAttribute('class')` by building a DOMTokenList and
 * joining it again, which was the walk's largest cost; the attribute node holds the same text.
 */
function attribute(element: PageElement, name: string): string | null {
  return element.getAttributeNode(name)?.value ?? null;
}

function hasToken(value: string | null, token: string): boolean {
  return value !== null && value.toLowerCase().split(/\s+/u).includes(token);
}

interface Lists {
  metas: PageElement[];
  canonicalLinks: PageElement[];
  jsonLdScripts: PageElement[];
  dataScripts: PageElement[];
  itemprops: PlacedElement[];
  dates: PlacedElement[];
  bylines: PlacedElement[];
  logos: PageElement[];
  lines: PlacedElement[];
}

function push<T>(list: T[], item: T, max: number): void {
  if (list.length < max) list.push(item);
}

/**
 * The lists an element belongs to, by its tag (`localName`: the parser lower-cases tags, and `tagName`
 * upper-cases them again on every call) and attributes.
 */
function classify(
  element: PageElement,
  aside: boolean,
  inRoot: boolean,
  tag: string,
  className: string,
  homeHref: string | null,
  lists: Lists,
): void {
  if (tag === 'meta') {
    push(lists.metas, element, MAX.metas);
    return;
  }
  if (tag === 'link') {
    if (hasToken(attribute(element, 'rel'), 'canonical')) push(lists.canonicalLinks, element, 5);
    return;
  }
  if (tag === 'script') {
    const type = (attribute(element, 'type') ?? '').trim().toLowerCase();
    if (/^application\/ld\+json\s*(?:;|$)/u.test(type)) push(lists.jsonLdScripts, element, MAX.scripts);
    else if (type === 'application/json' || attribute(element, 'id') === '__NEXT_DATA__')
      push(lists.dataScripts, element, 5);
    return;
  }
  // Most elements carry no attributes: one check spares the look-ups (linkedom walks a list for each).
  const attributed = element.hasAttributes();
  const itemprop = attributed ? attribute(element, 'itemprop') : null;
  const rel = attributed ? attribute(element, 'rel') : null;
  const dated = tag === 'time' || DATE_CLASS.test(className);
  const byline =
    attributed &&
    (BYLINE_CLASS.test(className) ||
      hasToken(rel, 'author') ||
      hasToken(itemprop, 'author') ||
      attribute(element, 'data-testid') === 'byline');
  const line = LINE_TAGS.has(tag);
  if (itemprop !== null || dated || byline || line) {
    // One object per element, made only for those that go into a list of placed elements.
    const placed: PlacedElement = { element, aside, inRoot };
    if (itemprop !== null) push(lists.itemprops, placed, MAX.itemprops);
    if (dated) push(lists.dates, placed, MAX.dates);
    if (byline) push(lists.bylines, placed, MAX.bylines);
    if (line) push(lists.lines, placed, MAX.lines);
  }
  if (
    (attributed && (/logo/iu.test(className) || /logo/iu.test(attribute(element, 'id') ?? ''))) ||
    (tag === 'a' &&
      (hasToken(rel, 'home') || isHomeLink(attributed ? attribute(element, 'href') : null, homeHref)))
  )
    push(lists.logos, element, MAX.logos);
}

function isHomeLink(href: string | null, homeHref: string | null): boolean {
  return href === '/' || (href !== null && homeHref !== null && href === homeHref);
}

function homeOf(base: string | null): string | null {
  if (base === null) return null;
  try {
    return new URL('/', base).href;
  } catch {
    return null;
  }
}

export function indexPage(document: HtmlDocument, base: string | null = null): PageIndex {
  const lists: Lists = {
    metas: [],
    canonicalLinks: [],
    jsonLdScripts: [],
    dataScripts: [],
    itemprops: [],
    dates: [],
    bylines: [],
    logos: [],
    lines: [],
  };
  const homeHref = homeOf(base);
  let html: PageElement | null = null;
  let title: PageElement | null = null;
  let firstHeading: PageElement | null = null;
  let rootHeading: PageElement | null = null;
  let root: PageElement | null = null;
  const top: Context = { aside: false, inArticle: false, pageFooter: false, inRoot: false };
  // Pre-order, forward: linkedom finds a next sibling in constant time, a previous one by walking back.
  // `parents` holds, for each open element, its children's context.
  const parents: Context[] = [];
  let context = top;
  let element = document.firstElementChild;
  let seen = 0;
  while (element !== null && seen++ < MAX_ELEMENTS) {
    const tag = element.localName;
    const attributed = element.hasAttributes();
    const className = attributed ? (attribute(element, 'class') ?? '') : '';
    const id = attributed ? (attribute(element, 'id') ?? '') : '';
    const names = `${className} ${id}`;
    const aside =
      context.aside || ASIDE_TAGS.has(tag) || (attributed && names.length < 1000 && ASIDE_NAMES.test(names));
    const isRootTag = ROOT_TAGS.has(tag) || (attributed && attribute(element, 'role') === 'main');
    const inArticle = context.inArticle || isRootTag;
    const pageFooter = context.pageFooter || (tag === 'footer' && !context.inArticle);
    const isAside = aside || (pageFooter && !inArticle);
    if (root === null && isRootTag && !isAside) root = element;
    const inRoot = context.inRoot || element === root;
    if (tag === 'html') html ??= element;
    else if (tag === 'title') title ??= element;
    else if (tag === 'h1') {
      firstHeading ??= element;
      if (inRoot) rootHeading ??= element;
    }
    classify(element, isAside, inRoot, tag, className, homeHref, lists);
    const child = element.firstElementChild;
    if (child !== null) {
      const same =
        aside === context.aside &&
        inArticle === context.inArticle &&
        pageFooter === context.pageFooter &&
        inRoot === context.inRoot;
      parents.push(context);
      context = same ? context : { aside, inArticle, pageFooter, inRoot };
      element = child;
      continue;
    }
    // No children: the next sibling, else the next sibling of the nearest ancestor that has one.
    let next = element.nextElementSibling;
    while (next === null && parents.length > 0) {
      element = element.parentElement;
      if (element === null) break;
      context = parents.pop()!;
      next = element.nextElementSibling;
    }
    element = next;
  }
  return { html, title, heading: rootHeading ?? firstHeading, hasRoot: root !== null, ...lists };
}

/** The candidates outside asides, those in the article root when it has any. */
export function inArticleFirst(placed: readonly PlacedElement[], hasRoot: boolean): PageElement[] {
  const outside = placed.filter((item) => !item.aside);
  const inRoot = hasRoot ? outside.filter((item) => item.inRoot) : [];
  return (inRoot.length > 0 ? inRoot : outside).map((item) => item.element);
}
