import type { Span } from '../../types.js';
import type { EvalRelation } from '../types.js';
import type { MultilingualGoldAttribution } from './read-multilingual-gold.js';

/** Every start of `part` in `text`. */
function startsOf(text: string, part: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) starts.push(at);
  return starts;
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
    spans.push({ start, end: start + piece.length });
    from = start + piece.length;
  }
  return spans;
}

/** The place of `part` nearest the content (its source or cue), or null when absent. */
function nearest(text: string, part: string | null, content: readonly Span[]): Span | null {
  if (part === null || part === '') return null;
  const anchor = content[0]!.start;
  let best: number | null = null;
  for (const start of startsOf(text, part)) {
    const inside = content.some((span) => start >= span.start && start < span.end);
    if (inside) continue;
    if (best === null || Math.abs(start - anchor) < Math.abs(best - anchor)) best = start;
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
