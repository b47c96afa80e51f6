/**
 * How syndicated copies are found, whatever the engine (src/store/sqlite/syndication.ts and
 * src/store/postgres/syndication.ts): what text of an article is compared, and how many candidates are.
 * Both engines use these, so that one record gives the same copies in either.
 */
import { BODY_BLOCK_KINDS } from '../read/article-body.js';
import type { Block } from '../types.js';

/** How many earlier articles sharing a band are compared at most: wire stories are copied tens of times. */
export const MAX_COPY_CANDIDATES = 30;

/** The article body's text (its body blocks), else all of it for a text without classified blocks. */
export function bodyText(text: string, blocks: readonly Block[]): string {
  const body = blocks.filter((block) => BODY_BLOCK_KINDS.has(block.kind));
  if (body.length === 0) return text;
  return body.map((block) => text.slice(block.start, block.end)).join('\n');
}
