/**
 * Authors as the page shows them to readers: byline elements (`.byline`, `[rel=author]`, `.author`,
 * `[itemprop=author]`), their author links when they have them (the link text is the name alone, without
 * "By" or the date beside it), else their text; failing those, a short line that starts with "By", "Von",
 * "Par", "Por" or "Автор" near the top of the article.
 */
import type { HtmlDocument } from '../dom.js';
import { articleRoot, isInAside, type PageElement } from './page-regions.js';
import { visibleText } from './visible-text.js';

const BYLINE_SELECTOR = [
  '.byline',
  '.article-byline',
  '.byline__name',
  '[class*="byline" i]',
  '[rel~="author" i]',
  '[itemprop~="author" i]',
  '.author-name',
  '.article-author',
  '.author',
  '[data-testid="byline"]',
].join(', ');
const NAME_LINKS = '[rel~="author" i], a[href*="/author" i], a[href*="/authors/" i], [itemprop~="name" i]';
/** "By" and its equivalents at the start of a line or of a field in it ("12.09.2025 | Автор: ..."). */
const BYLINE_START = /^(?:by|von|par|por|автор(?:ка|и|ы)?)(?![\p{L}])\s*:?\s/iu;
const FIELD_SEPARATOR = /\s*[|•·\u2022]\s*/u;
const LINE_TAGS = 'p, span, div, address';
const MAX_BYLINES = 10;
const MAX_LINES = 300;
const MAX_LINE_LENGTH = 160;

function text(element: PageElement): string {
  return visibleText(element);
}

/** The first byline region outside asides, searched in the article first, then in the whole page. */
function firstByline(document: HtmlDocument): PageElement | null {
  const root = articleRoot(document);
  for (const scope of root === document ? [document] : [root, document]) {
    for (const element of [...scope.querySelectorAll(BYLINE_SELECTOR)].slice(0, 100)) {
      if (!isInAside(element) && text(element).trim() !== '') return element;
    }
  }
  return null;
}

/**
 * "By Jane Doe" as a short line near the top of the article, or as a field of one ("12.09.2025 | Автор:
 * Богдан Савчук"): the byline when no element is marked as one.
 */
function bylineLine(document: HtmlDocument): string | null {
  const elements = [...articleRoot(document).querySelectorAll(LINE_TAGS)].slice(0, MAX_LINES);
  for (const element of elements) {
    const line = text(element).trim();
    if (line.length > MAX_LINE_LENGTH) continue;
    const field = line.split(FIELD_SEPARATOR).find((part) => BYLINE_START.test(part));
    if (field !== undefined && !isInAside(element)) return field;
  }
  return null;
}

/**
 * The names in a byline's author links, each alone. When the byline found is itself one author link, its
 * short parent is read instead, so that "By <a>Jane Doe</a> and <a>John Roe</a>" gives both.
 */
function linkedNames(byline: PageElement): string[] {
  const parent = byline.parentElement as PageElement | null;
  const isLink = byline.matches(NAME_LINKS);
  const scope = isLink && parent !== null && text(parent).length <= MAX_LINE_LENGTH ? parent : byline;
  const links = [...(scope.matches(NAME_LINKS) ? [scope] : []), ...scope.querySelectorAll(NAME_LINKS)];
  return links
    .slice(0, MAX_BYLINES)
    .map(text)
    .filter((name) => name.trim() !== '');
}

/**
 * Byline texts in order of trust: the names in the first byline's author links; else the byline's whole
 * text; else a "By" line. The caller splits and cleans them.
 */
export function readBylines(document: HtmlDocument): string[] {
  const byline = firstByline(document);
  if (byline !== null) {
    const names = linkedNames(byline);
    return names.length > 0 ? names : [text(byline)];
  }
  const line = bylineLine(document);
  return line === null ? [] : [line];
}
