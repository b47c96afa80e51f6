/**
 * Hand-made relations for the eval unit tests: spans are found by their words in a small text, so that
 * every expected figure can be worked out by hand from EVAL.md.
 */
import { prepareRelations } from '../../src/eval/prepare-relations.js';
import { tokenizeForEval } from '../../src/eval/tokenize-eval.js';
import type { EvalRelation, TokenRelation } from '../../src/eval/types.js';
import type { AttributionType, Span } from '../../src/types.js';

/** The span of the `occurrence`-th (1-based) appearance of `words` in `text`. */
export function spanOf(text: string, words: string, occurrence = 1): Span {
  let start = -1;
  for (let seen = 0; seen < occurrence; seen += 1) {
    start = text.indexOf(words, start + 1);
    if (start === -1) throw new Error(`${JSON.stringify(words)} #${occurrence} is not in the text`);
  }
  return { start, end: start + words.length };
}

export interface RelationWords {
  readonly source?: string | Span | null;
  readonly cue?: string | Span | null;
  readonly content: readonly (string | Span)[];
  readonly type?: AttributionType;
  readonly id?: string;
}

/** A relation from words of the text (first occurrences) or explicit spans. */
export function relation(text: string, words: RelationWords): EvalRelation {
  const span = (value: string | Span): Span => (typeof value === 'string' ? spanOf(text, value) : value);
  return {
    id: words.id ?? null,
    source: words.source ? span(words.source) : null,
    cue: words.cue ? span(words.cue) : null,
    content: words.content.map(span),
    type: words.type ?? 'indirect',
  };
}

export function tokenRelations(text: string, relations: readonly EvalRelation[]): TokenRelation[] {
  return prepareRelations(tokenizeForEval(text), relations);
}
