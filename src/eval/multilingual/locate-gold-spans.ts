import type { Span } from '../../types.js';
import type { EvalRelation } from '../types.js';
import type { MultilingualGoldAttribution } from './read-multilingual-gold.js';

/** Every start of `part` in `text`. */
function startsOf(text: string, part: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) starts.push(at);
  return starts;
}

const OPENING_MARKS = new Set(['“', '«', '„', '»', '‚', '‘', '"', '‹', '›']);
const CLOSING_MARKS = new Set(['”', '»', '“', '«', '‘', '’', '"', '›', '‹']);
const SPACE = /[\s\u00a0\u202f]/u;

/**
 * A quoted piece with its enclosing marks: the gold gives the words alone, and onrecord's contents, as
 * PolNeAR's, hold the marks (EVAL.md's exact match counts them). French spaces inside « » are taken too.
 */
function withMarks(text: string, span: Span): Span {
  let before = span.start - 1;
  while (before >= 0 && SPACE.test(text[before]!)) before -= 1;
  let after = span.end;
  while (after < text.length && SPACE.test(text[after]!)) after += 1;
  return before >= 0 && OPENING_MARKS.has(text[before]!) && CLOSING_MARKS.has(text[after] ?? '')
    ? { start: before, end: after + 1 }
    : span;
}

/**
 * The content pieces of a gold attribution as spans: the `occurrence`-th place of the first piece, each
 * later piece at its first place after the previous one. Null when a piece is not in the text.
 */
export function locateContentPieces(text: string, gold: MultilingualGoldAttribution): Span[] | null {
  const pieces = typeof gold.content === 'string' ? [gold.content] : gold.content;
  const spans: Span[] = [];
  let from = -1;
  for (const [index, piece] of pieces.entries()) {
    const start =
      index === 0 ? (startsOf(text, piece)[(gold.occurrence ?? 1) - 1] ?? -1) : text.indexOf(piece, from);
    if (start === -1 || piece === '') return null;
    const span = { start, end: start + piece.length };
    spans.push(gold.type === 'indirect' ? span : withMarks(text, span));
    from = start + piece.length;
  }
  return spans;
}

/** The place of `part` nearest the content (its source or cue), or null when absent. */
function nearest(text: string, part: string | null, content: readonly Span[]): Span | null {
  if (part === null || part === '') return null;
  // The occurrence nearest an edge of the content: a cue after a quotation is nearer its end.
  const distance = (start: number): number =>
    Math.min(
      ...content.flatMap((span) => [
        Math.abs(start - span.start),
        Math.abs(start + part.length - span.start),
        Math.abs(start - span.end),
      ]),
    );
  let best: number | null = null;
  for (const start of startsOf(text, part)) {
    const inside = content.some((span) => start >= span.start && start < span.end);
    if (inside) continue;
    if (best === null || distance(start) < distance(best)) best = start;
  }
  return best === null ? null : { start: best, end: best + part.length };
}

/** The gold attribution as an EVAL.md relation of its article, or null when its content is not there. */
export function goldRelation(
  text: string,
  gold: MultilingualGoldAttribution,
  id: string,
): EvalRelation | null {
  const content = locateContentPieces(text, gold);
  if (content === null) return null;
  return {
    id,
    source: nearest(text, gold.source, content),
    cue: nearest(text, gold.cue, content),
    content,
    type: gold.type,
  };
}
