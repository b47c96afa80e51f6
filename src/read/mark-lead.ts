import type { Block } from '../types.js';
import { textOf } from './text-of.js';
import { readDateline } from './read-dateline.js';

/**
 * Marks the story's first paragraph as the `lead`. A dateline opening it ("WASHINGTON, Jan. 24, 2024
 * (Reuters) - ...") becomes a `dateline` block of its own, and the lead starts after it: blocks may split
 * a line, and both keep exact offsets. A paragraph that is nothing but a dateline stays a dateline and
 * the lead is the next paragraph.
 */
export function markLead(text: string, blocks: readonly Block[]): Block[] {
  const result: Block[] = [];
  let found = false;
  for (const block of blocks) {
    if (found || block.kind !== 'paragraph') {
      result.push(block);
      continue;
    }
    const dateline = readDateline(textOf(text, block));
    if (!dateline) {
      result.push({ ...block, kind: 'lead' });
      found = true;
      continue;
    }
    result.push({ kind: 'dateline', start: block.start, end: block.start + dateline.end });
    if (dateline.restStart !== null) {
      result.push({ kind: 'lead', start: block.start + dateline.restStart, end: block.end });
      found = true;
    }
  }
  return result;
}
