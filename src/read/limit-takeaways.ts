import type { Block, BlockKind } from '../types.js';

/** Story text: what a list has to come before to be the article's key points. */
const STORY_KINDS: ReadonlySet<BlockKind> = new Set(['lead', 'paragraph', 'quote']);
/** Key points sit above the story or right under its lead; a list further down is part of the story. */
const MAX_STORY_BLOCKS_BEFORE = 1;

/** Turns list items found deeper in the story than key points sit back into `paragraph` blocks. */
export function limitTakeaways(_text: string, blocks: readonly Block[]): Block[] {
  let storyBlocks = 0;
  return blocks.map((block) => {
    if (STORY_KINDS.has(block.kind)) storyBlocks++;
    return block.kind === 'takeaway' && storyBlocks > MAX_STORY_BLOCKS_BEFORE
      ? { ...block, kind: 'paragraph' }
      : block;
  });
}
