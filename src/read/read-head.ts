import type { Block, BlockKind } from '../types.js';
import { collapseWhitespace } from './collapse-whitespace.js';
import { textOf } from './text-of.js';
import { readByline } from './read-byline.js';
import { readDatedHeader } from './read-dated-header.js';
import { readDateline } from './read-dateline.js';
import { readSourceLine } from './read-source-line.js';
import { isBracketedNote, isDivider, isSectionLabel } from './recognize-furniture.js';
import { announcesSubtitle, isSubtitleLine, isTitleLine } from './recognize-title.js';
import type { Line } from './split-lines.js';

/** How many lines after a candidate headline to search for the story it stands above. */
const TITLE_LOOKAHEAD = 3;

/** The blocks above the story, and the index of the first line of the story. */
export interface Head {
  readonly blocks: readonly Block[];
  readonly bodyStart: number;
}

/**
 * What a line in the head is, when it is one of the head's own kinds: a source line, a byline, a
 * dateline standing alone, or furniture (labels, notes, dividers), which is kept as `header`. A dateline
 * that opens a paragraph is not a head line: that paragraph is the lead, and the lead step splits it.
 */
function headLineKind(line: string): BlockKind | null {
  if (readSourceLine(line) !== null) return 'source-line';
  if (readByline(line) !== null) return 'byline';
  if (readDateline(line)?.restStart === null) return 'dateline';
  if (isSectionLabel(line) || isBracketedNote(line) || isDivider(line)) return 'header';
  return null;
}

/** Whether the line runs on into the next line of its group, as the first line of a wrapped paragraph does. */
function isWrapped(text: string, lines: readonly Line[], index: number): boolean {
  const next = lines[index + 1];
  return next?.group === lines[index]!.group && headLineKind(textOf(text, next)) === null;
}

/** Whether the line can be the headline when no dated header names it. */
function startsAsTitle(text: string, lines: readonly Line[], index: number): boolean {
  const line = lines[index]!;
  const value = textOf(text, line);
  if (headLineKind(value) !== null || readDateline(value) !== null) return false;
  const next = lines[index + 1];
  const nextInGroup = next?.group === line.group ? textOf(text, next) : null;
  const following = lines.slice(index + 1, index + 1 + TITLE_LOOKAHEAD);
  return isTitleLine(value, nextInGroup, Math.max(0, ...following.map((later) => later.end - later.start)));
}

/**
 * Reads the lines above the story: a dated header (` date 2025-11-09 Title`), the headline, a subtitle,
 * then any source lines, bylines, datelines and labels, in whatever order they come. Stops at the first
 * line that is none of these: the story starts there.
 */
export function readHead(text: string, lines: readonly Line[]): Head {
  const blocks: Block[] = [];
  const push = (kind: BlockKind, line: Line): void => {
    blocks.push({ kind, start: line.start, end: line.end });
  };
  let index = 0;
  let title: string | null = null;
  const first = lines[0];
  const header = first ? readDatedHeader(textOf(text, first)) : null;
  if (first && header) {
    push('header', first);
    title = collapseWhitespace(header.title);
    index = 1;
  }
  // Under a dated header, the headline is the next line only when it repeats the header's title: one
  // rule, so that the repeated line is the `title` and the header line stays `header`.
  const titleLine = lines[index];
  const isTitle =
    titleLine !== undefined &&
    (header ? collapseWhitespace(textOf(text, titleLine)) === title : startsAsTitle(text, lines, index));
  if (titleLine && isTitle) {
    push('title', titleLine);
    title = collapseWhitespace(textOf(text, titleLine));
    index++;
    const next = lines[index];
    if (next && next.group === titleLine.group && announcesSubtitle(textOf(text, titleLine))) {
      push('subtitle', next);
      index++;
    }
  }
  let subtitleAllowed = title !== null && blocks[blocks.length - 1]?.kind !== 'subtitle';
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    const value = textOf(text, line);
    const kind = headLineKind(value);
    if (kind !== null) push(kind, line);
    else if (
      subtitleAllowed &&
      !isWrapped(text, lines, index) &&
      isSubtitleLine(collapseWhitespace(value), title)
    )
      push('subtitle', line);
    else break;
    // The subtitle sits right under the headline; further down, a short line is story text.
    subtitleAllowed = false;
  }
  return { blocks, bodyStart: index };
}
