import type { Block } from '../types.js';
import { textOf } from './text-of.js';
import { DOUBLE_CLOSING_MARKS, pairsOpening, type QuotationPair } from '../lexicon/quotation-marks.js';

/**
 * How a paragraph stands to quotation marks: `whole` when one quotation spans it from first to last
 * character, `open` when it opens a quotation that it never closes (the convention for a quotation that
 * runs on into the next paragraph), null otherwise.
 */
type QuoteShape = { readonly kind: 'whole' | 'open'; readonly pair: QuotationPair } | null;

/** A trailing period after the closing mark, as some archives add to every line, still ends the quotation. */
function withoutFinalPeriod(value: string): string {
  return value.endsWith('.') ? value.slice(0, -1) : value;
}

/**
 * Whether a closing mark occurs inside the passage. For double marks, any style's closing mark counts,
 * since copy mixes styles. For single marks, which double as apostrophes ("don’t"), only the pair's
 * mark followed by white space counts ("‘Yes,’ he said"), so a possessive plural ("keepers’ hut") makes
 * the test fail safe: the paragraph is then not taken for a quotation.
 */
function closesInside(inner: string, pair: QuotationPair): boolean {
  if (!pair.single) return DOUBLE_CLOSING_MARKS.some((mark) => inner.includes(mark));
  for (let at = inner.indexOf(pair.close); at !== -1; at = inner.indexOf(pair.close, at + 1)) {
    const after = inner.charAt(at + pair.close.length);
    if (after === '' || /\s/u.test(after)) return true;
  }
  return false;
}

/** The shape of one paragraph, trying each style whose opening mark starts it. */
export function quoteShape(paragraph: string): QuoteShape {
  const value = withoutFinalPeriod(paragraph);
  for (const pair of pairsOpening(paragraph)) {
    const closed = value.endsWith(pair.close) && value.length > pair.open.length + pair.close.length;
    const inner = value.slice(pair.open.length, closed ? value.length - pair.close.length : value.length);
    if (!/\p{L}/u.test(inner) || closesInside(inner, pair)) continue;
    return { kind: closed ? 'whole' : 'open', pair };
  }
  return null;
}

/**
 * Marks paragraphs that are wholly a quotation as `quote`: a paragraph in quotation marks from start to
 * end, or a run of paragraphs each opening with the same mark and only the last closing it (a quotation
 * of several paragraphs). Paragraphs that only contain quotations stay paragraphs; finding speech inside
 * them is analysis, not reading.
 */
export function markQuoteParagraphs(text: string, blocks: readonly Block[]): Block[] {
  const result = [...blocks];
  // The paragraphs of a quotation still open, and the mark that opened it.
  let runStart = -1;
  let runOpen: string | null = null;
  for (let index = 0; index < result.length; index++) {
    const block = result[index]!;
    const shape = block.kind === 'paragraph' ? quoteShape(textOf(text, block)) : null;
    const continuesRun = runOpen !== null && shape?.pair.open === runOpen;
    if (shape?.kind === 'open') {
      if (!continuesRun) runStart = index;
      runOpen = shape.pair.open;
      continue;
    }
    if (shape?.kind === 'whole') {
      for (let at = continuesRun ? runStart : index; at <= index; at++)
        result[at] = { ...result[at]!, kind: 'quote' };
    }
    runStart = -1;
    runOpen = null;
  }
  return result;
}
