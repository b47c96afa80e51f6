import type { Article, BlockKind } from '../types.js';

/**
 * Blocks that make up an article's body as ../shared/EVAL.md defines it: paragraphs, subheadings, lists,
 * block quotations and key takeaways; not the headline, byline, captions or speaker cards.
 */
export const BODY_BLOCK_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>([
  'lead',
  'takeaway',
  'paragraph',
  'heading',
  'list-item',
  'quote',
]);

/** The article body alone: its body blocks' text, in order, one blank line apart. */
export function articleBody(article: Article): string {
  const parts: string[] = [];
  for (const block of article.blocks) {
    if (!BODY_BLOCK_KINDS.has(block.kind)) continue;
    const text = article.text.slice(block.start, block.end).trim();
    if (text !== '') parts.push(text);
  }
  return parts.join('\n\n');
}
