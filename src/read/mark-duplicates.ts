import type { Block, BlockKind } from '../types.js';
import { collapseWhitespace } from './collapse-whitespace.js';
import { textOf } from './text-of.js';
import { readDatedHeader } from './read-dated-header.js';

/** Kinds whose text, seen again later, makes the later block a repetition. */
const HEADING_KINDS: ReadonlySet<BlockKind> = new Set(['title', 'subtitle']);
const TEXT_KINDS: ReadonlySet<BlockKind> = new Set(['title', 'subtitle', 'paragraph', 'quote']);
/**
 * A repeated paragraph shorter than this ("Yes.", "9:15 p.m.") is more likely said twice than pasted
 * twice; a repeated headline or subtitle is a duplicate at any length.
 */
const MIN_REPEATED_PARAGRAPH = 30;
/** Headlines and subtitles are no longer than this (see recognize-title.ts). */
const MAX_HEADING_LENGTH = 200;

/**
 * Marks as `duplicate` every title, subtitle, paragraph or quote whose text (trimmed; white space
 * collapsed in heading-length lines) repeats an earlier one: page templates repeat the headline and subtitle above the body, and
 * counting a statement twice would skew the record. The first occurrence keeps its kind.
 */
export function markDuplicates(text: string, blocks: readonly Block[]): Block[] {
  const headings = new Set<string>();
  // Paragraphs seen, by length: most paragraphs differ in length, so most need neither hashing nor
  // comparing, which keeps this step cheap on long articles.
  const paragraphs = new Map<number, string[]>();
  return blocks.map((block) => {
    if (block.kind === 'header') {
      const header = readDatedHeader(textOf(text, block));
      if (header) headings.add(collapseWhitespace(header.title));
      return block;
    }
    if (!TEXT_KINDS.has(block.kind)) return block;
    const raw = textOf(text, block);
    // Only a line as short as a heading can repeat one; collapsing white space in every paragraph
    // would cost more than the rest of this step.
    const value = raw.length <= MAX_HEADING_LENGTH ? collapseWhitespace(raw) : raw;
    const repeated =
      (headings.has(value) && block.kind !== 'title') ||
      (value.length >= MIN_REPEATED_PARAGRAPH && paragraphs.get(value.length)?.includes(value) === true);
    if (repeated) return { ...block, kind: 'duplicate' };
    if (HEADING_KINDS.has(block.kind)) headings.add(value);
    if (value.length >= MIN_REPEATED_PARAGRAPH) {
      const sameLength = paragraphs.get(value.length);
      if (sameLength) sameLength.push(value);
      else paragraphs.set(value.length, [value]);
    }
    return block;
  });
}
