import { isSpaceCode } from '../../src/read/split-lines.js';
import { isBlockKind, type Article } from '../../src/types.js';

/** The reader's promises about any article: the problems found, as messages, so one assertion shows all. */
export function brokenPromises(input: string, article: Article): string[] {
  const problems: string[] = [];
  if (article.text !== input) problems.push('text changed');
  let previousEnd = 0;
  for (const [index, block] of article.blocks.entries()) {
    const where = `block ${String(index)} (${block.kind} ${String(block.start)}-${String(block.end)})`;
    if (!isBlockKind(block.kind)) problems.push(`${where}: unknown kind`);
    if (!Number.isInteger(block.start) || !Number.isInteger(block.end))
      problems.push(`${where}: not integers`);
    if (block.start < previousEnd) problems.push(`${where}: overlaps or out of order`);
    if (block.end <= block.start || block.end > input.length) problems.push(`${where}: out of bounds`);
    // Between blocks there is only white space: every character of content is in some block.
    for (let at = previousEnd; at < block.start; at++)
      if (!isSpaceCode(input.charCodeAt(at))) {
        problems.push(`${where}: content before it at ${String(at)} is in no block`);
        break;
      }
    if (isSpaceCode(input.charCodeAt(block.start)) || isSpaceCode(input.charCodeAt(block.end - 1)))
      problems.push(`${where}: starts or ends with white space`);
    previousEnd = block.end;
  }
  for (let at = previousEnd; at < input.length; at++)
    if (!isSpaceCode(input.charCodeAt(at))) {
      problems.push(`content after the last block at ${String(at)} is in no block`);
      break;
    }
  return problems;
}
