import type { Block, BlockKind } from '../types.js';
import { textOf } from './text-of.js';
import { bulletContentStart } from './read-bullet.js';
import { isBracketedNote, isDashHeading, isDivider, isSectionLabel } from './recognize-furniture.js';
import { isPersonName, isRoleLine } from './recognize-names.js';
import type { Line } from './split-lines.js';

/** Name and role lines of a speaker card are short. */
const MAX_CARD_LINE = 80;

/** What a single body line is when it is not part of a paragraph. */
function lineKind(line: string): BlockKind | null {
  const first = line.charCodeAt(0);
  // Cheap first-character tests before any pattern: most lines are paragraph text.
  if (first === 0x5b /* [ */ && isBracketedNote(line)) return 'header';
  if (isDashHeading(line)) return 'subtitle';
  if (bulletContentStart(line) !== null) return 'takeaway';
  if (line.length <= 30 && (isSectionLabel(line) || isDivider(line))) return 'header';
  return null;
}

/**
 * The number of lines (2 or 3) of a speaker card starting at `index`: a person's name repeated on the
 * next line, optionally followed by a role line. Zero when there is none. The repetition is what sets a
 * card apart from a one-line paragraph that happens to be a name.
 */
function speakerCardLength(text: string, lines: readonly Line[], index: number): number {
  const line = lines[index]!;
  const next = lines[index + 1];
  // Lengths first: most lines are long paragraphs, and most pairs of lines differ in length.
  if (!next || line.end - line.start > MAX_CARD_LINE || next.end - next.start !== line.end - line.start)
    return 0;
  const name = textOf(text, line);
  if (textOf(text, next) !== name || !isPersonName(name)) return 0;
  const role = lines[index + 2];
  return role && isRoleLine(textOf(text, role)) ? 3 : 2;
}

/** The kind of each line from `start` on when it stands alone, or null for a line of paragraph text. */
function lineKinds(text: string, lines: readonly Line[], start: number): (BlockKind | null)[] {
  const kinds: (BlockKind | null)[] = [];
  for (let index = start; index < lines.length;) {
    const card = speakerCardLength(text, lines, index);
    if (card > 0) {
      for (let line = 0; line < card; line++) kinds.push('speaker-card');
      index += card;
    } else {
      kinds.push(lineKind(textOf(text, lines[index]!)));
      index++;
    }
  }
  return kinds;
}

/**
 * Reads the story's lines, from `start` on, into blocks: consecutive lines of paragraph text in one group
 * are one paragraph (hard-wrapped text), while list items, speaker cards, subheadings and furniture are a
 * block each. A list item continued on more-indented lines stays one block. Kinds that depend on
 * position (lead, quote, duplicate) are decided by later steps.
 */
export function readBody(text: string, lines: readonly Line[], start: number): Block[] {
  const kinds = lineKinds(text, lines, start);
  const unwrapped = unwrappedGroups(lines, text, start);
  const blocks: Block[] = [];
  // The first line of the last block, to tell which lines continue it.
  let first: Line | null = null;
  for (let index = start; index < lines.length; index++) {
    const line = lines[index]!;
    const kind = kinds[index - start] ?? null;
    const last = blocks[blocks.length - 1];
    const continues =
      last !== undefined &&
      first?.group === line.group &&
      kind === null &&
      ((last.kind === 'paragraph' && !unwrapped.has(line.group)) ||
        (last.kind === 'takeaway' && line.indent > first.indent));
    if (last && continues) {
      blocks[blocks.length - 1] = { ...last, end: line.end };
      continue;
    }
    blocks.push({ kind: kind ?? 'paragraph', start: line.start, end: line.end });
    first = line;
  }
  return blocks;
}

/**
 * No one hard-wraps prose this wide: a line of words longer than this that another line of its group
 * follows was not wrapped.
 */
const WRAP_WIDTH = 160;

/**
 * The groups of lines (runs without a blank line between) that hold one paragraph per line: copy that
 * separates paragraphs with a single line break, which a line of words longer than any wrap width before
 * the group's last shows. Hard-wrapped text keeps every line but a paragraph's last under the width; a
 * long line with no space in it (a web address) says nothing either way.
 */
function unwrappedGroups(lines: readonly Line[], text: string, start: number): Set<number> {
  const groups = new Set<number>();
  for (let index = start; index + 1 < lines.length; index++) {
    const line = lines[index]!;
    if (
      lines[index + 1]!.group === line.group &&
      line.end - line.start > WRAP_WIDTH &&
      text.slice(line.start, line.end).includes(' ')
    )
      groups.add(line.group);
  }
  return groups;
}
