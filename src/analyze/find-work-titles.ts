import type { AnalysisContext } from './context.js';
import { firstTokenAt, previousWord } from './context.js';
import { TITLE_INTRODUCERS, WORK_NOUNS } from './lexicon/works.js';

/**
 * Quotations that name a work rather than report words: right after a work noun or "titled"
 * ("his memoirs, \"On My Watch.\"", "a report titled \"Cold Money\""), with the words in title case.
 */
export function findWorkTitles(context: AnalysisContext): Set<number> {
  const { tokens } = context;
  const titles = new Set<number>();
  context.quotations.forEach((quotation, index) => {
    const open = firstTokenAt(tokens, quotation.start);
    let before = previousWord(tokens, open);
    if (tokens[before]?.text === ',' || tokens[before]?.text === ':') before = previousWord(tokens, before);
    const word = tokens[before];
    if (!word || word.kind !== 'word') return;
    if (!(WORK_NOUNS.has(word.lower) || TITLE_INTRODUCERS.has(word.lower))) return;
    const inner = context.text.slice(quotation.start, quotation.end).match(/[\p{L}\p{N}]+/gu) ?? [];
    const capitalized = inner.filter((part) => /^\p{Lu}/u.test(part)).length;
    // Title case: most words capitalized, and short, as titles are.
    if (inner.length > 0 && inner.length <= 12 && capitalized * 2 >= inner.length) titles.add(index);
  });
  return titles;
}
