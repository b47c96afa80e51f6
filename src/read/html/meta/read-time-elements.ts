/**
 * `<time>` elements and the date-classed elements CMS templates print ("Published 12 March 2024",
 * "Updated 10:00, 13 березня 2024"), each sorted into published or modified by what surrounds it: its own
 * and its parents' class names and the words just before it. A date with no such word is taken as the
 * published date when it is the first in the article.
 */
import { inArticleFirst, type PageElement, type PageIndex } from './page-index.js';

export interface TimeFacts {
  readonly published: readonly string[];
  readonly modified: readonly string[];
}

const MODIFIED_WORDS =
  /updat|modif|edited|revised|aktualisiert|geändert|mis à jour|mise à jour|actualiz|оновл|обновл|змін|измен/iu;
const PUBLISHED_WORDS = /publi|posted|created|veröffentlicht|erschienen|опубл/iu;
/** Longer than this, a "date" element is a container (a timeline, a list of updates), not a date. */
const MAX_TEXT_LENGTH = 120;
const MAX_ELEMENTS = 30;
const MAX_ANCESTORS = 3;

type DateKind = 'published' | 'modified' | null;

const SPACES = /\s+/;

/**
 * What linkedom's `getAttribute('class')` gives (its class list: each class once, single spaces), without
 * building the DOMTokenList it builds for that.
 */
function classList(element: PageElement): string {
  const written = element.getAttributeNode('class')?.value;
  if (written === undefined) return '';
  const classes = new Set<string>();
  for (const name of written.split(SPACES)) if (name !== '') classes.add(name);
  return [...classes].join(' ');
}

/** What the element's and its close parents' class names, ids and itemprops say it is. */
function kindFromNames(element: PageElement): DateKind {
  // HTML5 drafts marked the publication time with a `pubdate` attribute; old templates still write it.
  if (element.hasAttribute('pubdate')) return 'published';
  let current: PageElement | null = element;
  for (let depth = 0; current !== null && depth <= MAX_ANCESTORS; depth++) {
    const names =
      `${classList(current)} ${current.getAttribute('id') ?? ''} ${current.getAttribute('itemprop') ?? ''} ${current.getAttribute('data-testid') ?? ''}`.slice(
        0,
        500,
      );
    if (MODIFIED_WORDS.test(names)) return 'modified';
    if (/publi|posted|created/iu.test(names)) return 'published';
    current = current.parentElement;
  }
  return null;
}

/** What the text just before the element ("Updated:", "Оновлено") or at its start says it is. */
function kindFromWords(element: PageElement): DateKind {
  const before = (element.previousSibling?.textContent ?? '').slice(-40);
  const own = element.textContent.slice(0, 40);
  for (const words of [before, own]) {
    if (MODIFIED_WORDS.test(words)) return 'modified';
    if (PUBLISHED_WORDS.test(words)) return 'published';
  }
  return null;
}

interface DateValue {
  readonly value: string;
  /** Written for machines (`datetime`, `content`) rather than for readers. */
  readonly machine: boolean;
}

function valueOf(element: PageElement): DateValue | null {
  const attribute = element.getAttribute('datetime') ?? element.getAttribute('content');
  if (attribute !== null) return { value: attribute, machine: true };
  return { value: element.textContent, machine: false };
}

/** Attributes written for machines first, then text written for people, each in document order. */
function ordered(values: readonly DateValue[]): string[] {
  return [...values.filter((date) => date.machine), ...values.filter((date) => !date.machine)].map(
    (date) => date.value,
  );
}

function candidates(page: Pick<PageIndex, 'dates' | 'hasRoot'>): PageElement[] {
  return inArticleFirst(page.dates, page.hasRoot)
    .slice(0, MAX_ELEMENTS * 4)
    .filter((element) => element.tagName === 'TIME' || element.textContent.length <= MAX_TEXT_LENGTH)
    .slice(0, MAX_ELEMENTS);
}

export function readTimeElements(page: Pick<PageIndex, 'dates' | 'hasRoot'>): TimeFacts {
  const published: DateValue[] = [];
  const modified: DateValue[] = [];
  const unmarked: DateValue[] = [];
  for (const element of candidates(page)) {
    const value = valueOf(element);
    if (value === null) continue;
    const kind = kindFromNames(element) ?? kindFromWords(element);
    if (kind === 'modified') modified.push(value);
    else if (kind === 'published') published.push(value);
    else unmarked.push(value);
  }
  return {
    published: [...ordered(published), ...ordered(unmarked).slice(0, 1)],
    modified: ordered(modified),
  };
}
