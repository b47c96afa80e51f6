/**
 * Authors as the page shows them to readers: byline elements (`.byline`, `[rel=author]`, `.author`,
 * `[itemprop=author]`), their author links when they have them (the link text is the name alone, without
 * "By" or the date beside it), else their text; failing those, a short line that starts with "By", "Von",
 * "Par", "Por" or "Автор" near the top of the article.
 */
import { findDescendants } from '../find-descendants.js';
import { inArticleFirst, type PageElement, type PageIndex } from './page-index.js';
import { visibleText } from './visible-text.js';

/**
 * Author links: `[rel~="author" i], a[href*="/author" i], [itemprop~="name" i]`, matched by hand with the
 * tests css-select compiles those selectors to; compiling them on every page was most of this reader's time.
 */
const AUTHOR_REL = /(?:^|\s)author(?:$|\s)/i;
const AUTHOR_HREF = /\/author/i;
const NAME_PROPERTY = /(?:^|\s)name(?:$|\s)/i;
/** "By" and its equivalents at the start of a line or of a field in it ("12.09.2025 | Автор: ..."). */
const BYLINE_START = /^(?:by|von|par|por|автор(?:ка|и|ы)?)(?![\p{L}])\s*:?\s/iu;
const FIELD_SEPARATOR = /\s*[|•·\u2022]\s*/u;
const MAX_BYLINES = 10;
const MAX_LINES = 300;
const MAX_LINE_LENGTH = 160;
/** An element with more children than this is a container of lines, not a line. */
const MAX_LINE_CHILDREN = 8;

function text(element: PageElement): string {
  return visibleText(element);
}

type BylineSources = Pick<PageIndex, 'bylines' | 'lines' | 'hasRoot'>;

/** The first byline element with text, outside asides, in the article first, then in the whole page. */
function firstByline(page: BylineSources): PageElement | null {
  return (
    inArticleFirst(page.bylines, page.hasRoot)
      .slice(0, 100)
      .find((element) => text(element).trim() !== '') ?? null
  );
}

/**
 * "By Jane Doe" as a short line near the top of the article, or as a field of one ("12.09.2025 | Автор:
 * Богдан Савчук"): the byline when no element is marked as one.
 */
function bylineLine(page: BylineSources): string | null {
  for (const element of inArticleFirst(page.lines, page.hasRoot).slice(0, MAX_LINES)) {
    if (element.childElementCount > MAX_LINE_CHILDREN) continue;
    const line = element.textContent.trim();
    if (line.length > MAX_LINE_LENGTH) continue;
    const field = line.split(FIELD_SEPARATOR).find((part) => BYLINE_START.test(part));
    if (field !== undefined) return field;
  }
  return null;
}

function attributeValue(element: PageElement, name: string): string | null {
  return element.getAttributeNode(name)?.value ?? null;
}

function isNameLink(element: PageElement): boolean {
  if (!element.hasAttributes()) return false;
  const rel = attributeValue(element, 'rel');
  if (rel !== null && AUTHOR_REL.test(rel)) return true;
  if (element.localName.toLowerCase() === 'a') {
    const href = attributeValue(element, 'href');
    if (href !== null && AUTHOR_HREF.test(href)) return true;
  }
  const itemprop = attributeValue(element, 'itemprop');
  return itemprop !== null && NAME_PROPERTY.test(itemprop);
}

/** The author links in `scope` and under it, in document order, at most `max`. */
function nameLinks(scope: PageElement, max: number): PageElement[] {
  const links = isNameLink(scope) ? [scope] : [];
  return [...links, ...findDescendants(scope, isNameLink, max - links.length)];
}

/**
 * The names in a byline's author links, each alone. When the byline found is itself one author link, its
 * short parent is read instead, so that "By <a>Jane Doe</a> and <a>John Roe</a>" gives both.
 */
function linkedNames(byline: PageElement): string[] {
  const parent = byline.parentElement as PageElement | null;
  const isLink = isNameLink(byline);
  const scope = isLink && parent !== null && text(parent).length <= MAX_LINE_LENGTH ? parent : byline;
  return nameLinks(scope, MAX_BYLINES)
    .map(text)
    .filter((name) => name.trim() !== '');
}

/**
 * Byline texts in order of trust: the names in the first byline's author links; else the byline's whole
 * text; else a "By" line. The caller splits and cleans them.
 */
export function readBylines(page: BylineSources): string[] {
  const byline = firstByline(page);
  if (byline !== null) {
    const names = linkedNames(byline);
    return names.length > 0 ? names : [text(byline)];
  }
  const line = bylineLine(page);
  return line === null ? [] : [line];
}
