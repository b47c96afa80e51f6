import type { Span } from '../types.js';
import type { Cue } from './find-cues.js';
import type { TokenRange } from './noun-phrases.js';

/** An attribution before speakers are resolved: token ranges and content spans. */
export interface AttributionCandidate {
  readonly cue: Cue;
  readonly source: TokenRange | null;
  readonly content: readonly Span[];
  readonly confidence: number;
  /** Whether the content stands before the source and cue (`C, X said`) or after them (`X said C`). */
  readonly contentSide: 'left' | 'right';
}

/**
 * Every candidate is made here, by one object literal. Candidates made at many places, several by
 * spreading another (`{ ...candidate, content }`), had eight hidden classes (V8 maps) for one shape, so the
 * functions that read them (medium, dating, speakers) were deoptimized and recompiled again and again.
 * A content fragment that trimming left empty is dropped here, whichever rule made it (a span of no
 * characters is no words, and the extraction contract has none).
 */
export function attributionCandidate(fields: AttributionCandidate): AttributionCandidate {
  return {
    cue: fields.cue,
    source: fields.source,
    content: fields.content.every(hasCharacters) ? fields.content : fields.content.filter(hasCharacters),
    confidence: fields.confidence,
    contentSide: fields.contentSide,
  };
}

const hasCharacters = (fragment: Span): boolean => fragment.end > fragment.start;

/** Drops trailing white space and sentence punctuation, but keeps a closing quotation mark. */
export function trimTrailingPunctuation(text: string, start: number, end: number): number {
  let index = end;
  while (index > start && /[\s.,;:!?…—–-]/u.test(text[index - 1]!)) index -= 1;
  return index;
}
