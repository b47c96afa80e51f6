/**
 * An element's text as a reader sees its lines: `<br>` and block boundaries become line breaks, the
 * source's own white space becomes single spaces. `textContent` joins "By JANE DOE<br>Staff Writer" into
 * "By JANE DOEStaff Writer"; this keeps the two lines apart, and a byline's fields with them.
 */
import type { PageElement } from './page-index.js';

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Enough for any byline or date; a huge element is cut rather than walked to its end. */
const MAX_LENGTH = 2000;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function visibleText(element: PageElement): string {
  let text = '';
  const walk = (node: PageElement): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (text.length >= MAX_LENGTH) return;
      if (child.nodeType === TEXT_NODE) text += (child.textContent ?? '').replace(/\s+/gu, ' ');
      else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as PageElement).tagName;
        if (SKIPPED_TAGS.has(tag)) continue;
        if (tag === 'BR' || BLOCK_TAGS.has(tag)) text += '\n';
        walk(child as PageElement);
        if (BLOCK_TAGS.has(tag)) text += '\n';
      }
    }
  };
  walk(element);
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n')
    .slice(0, MAX_LENGTH);
}
