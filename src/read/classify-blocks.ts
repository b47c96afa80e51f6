import type { Block } from '../types.js';
import { limitTakeaways } from './limit-takeaways.js';
import { markDuplicates } from './mark-duplicates.js';
import { markLead } from './mark-lead.js';
import { markQuoteParagraphs } from './mark-quote-paragraphs.js';
import { readBody } from './read-body.js';
import { readHead } from './read-head.js';
import type { Line } from './split-lines.js';

/**
 * The steps that refine block kinds once the lines are read, in order. Duplicates are found before the
 * lead is chosen, so that a repeated subtitle is never taken for the lead; takeaways are limited last,
 * since they depend on where the lead is.
 */
const BLOCK_STEPS: readonly ((text: string, blocks: readonly Block[]) => Block[])[] = [
  markQuoteParagraphs,
  markDuplicates,
  markLead,
  limitTakeaways,
];

/** Classifies the non-blank lines of a text into blocks, in text order and without overlaps. */
export function classifyBlocks(text: string, lines: readonly Line[]): Block[] {
  const head = readHead(text, lines);
  const initial = [...head.blocks, ...readBody(text, lines, head.bodyStart)];
  return BLOCK_STEPS.reduce<Block[]>((blocks, step) => step(text, blocks), initial);
}
