import type { Block } from '../types.js';

/**
 * Whether a block is a headline (a title or a subtitle), which capitalizes every word: capitals there say
 * nothing of names, and a capitalized verb there is still a verb.
 */
export const isHeadlineBlock = (block: Block | undefined): boolean =>
  block?.kind === 'title' || block?.kind === 'subtitle';
