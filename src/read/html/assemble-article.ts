/**
 * Lays out an HTML page's Article text: the headline, the subtitle and the visible byline first, then the
 * body blocks in document order, one blank line apart, each block an exact span of the text. The story's
 * first paragraph becomes the `lead`, as in plain-text articles; it keeps an opening dateline ("GENEVA,
 * Feb 18 (Wire) -"), which on a web page is part of the paragraph the reader sees.
 */
import type { Block, BlockKind } from '../../types.js';
import { BODY_BLOCK_KINDS } from '../article-body.js';
import type { BodySelection } from './select-body.js';

export interface ArticleHeader {
  readonly title: string | null;
  readonly subtitle: string | null;
}

export interface AssembledArticle {
  readonly text: string;
  readonly blocks: readonly Block[];
  /** The takeaway blocks' texts. */
  readonly takeaways: readonly string[];
  /** The body blocks' texts joined, for language detection. */
  readonly bodyText: string;
}

const SEPARATOR = '\n\n';

export function assembleArticle(header: ArticleHeader, selection: BodySelection): AssembledArticle {
  const parts: string[] = [];
  const blocks: Block[] = [];
  let length = 0;
  const add = (kind: BlockKind, value: string): void => {
    const part = value.replace(/\s+/g, ' ').trim();
    if (part === '') return;
    if (parts.length > 0) length += SEPARATOR.length;
    blocks.push({ kind, start: length, end: length + part.length });
    parts.push(part);
    length += part.length;
  };
  if (header.title !== null) add('title', header.title);
  if (header.subtitle !== null) add('subtitle', header.subtitle);
  if (selection.byline !== null) add('byline', selection.byline);
  for (const block of selection.blocks) add(block.kind, block.text);
  const text = parts.join(SEPARATOR);
  const marked = markFirstParagraphLead(blocks);
  const takeaways: string[] = [];
  const body: string[] = [];
  for (const block of marked) {
    if (block.kind === 'takeaway') takeaways.push(text.slice(block.start, block.end));
    if (BODY_BLOCK_KINDS.has(block.kind)) body.push(text.slice(block.start, block.end));
  }
  return { text, blocks: marked, takeaways, bodyText: body.join(SEPARATOR) };
}

function markFirstParagraphLead(blocks: readonly Block[]): Block[] {
  const first = blocks.findIndex((block) => block.kind === 'paragraph');
  return blocks.map((block, index) => (index === first ? { ...block, kind: 'lead' } : block));
}
