import type { Block, Diagnostic, Span } from '../types.js';
import { isLetterOrDigit } from './letters.js';
import { trimmedEnd } from './spans.js';
import {
  CLOSERS_OF,
  DOUBLE_MARKS as DOUBLE_QUOTE_MARKS,
  OPENING_ONLY_MARKS,
  SINGLE_MARKS as SINGLE_QUOTE_MARKS,
} from '../lexicon/quotation-marks.js';
import type { Token } from './tokenize.js';

/** A stretch of quoted words, marks included. A quotation over several paragraphs has one fragment each. */
export interface Quotation extends Span {
  readonly fragments: readonly Span[];
  /** Nesting depth: 0 for an outermost quotation. */
  readonly depth: number;
  readonly openMark: string;
  /** False when the closing mark was missing and the quotation was closed at the end of its paragraph. */
  readonly closed: boolean;
}

interface OpenQuote {
  readonly mark: string;
  readonly depth: number;
  readonly fragments: Span[];
  fragmentStart: number;
}

const TYPEWRITER_QUOTE = "''";

const isOpeningContext = (char: string | undefined): boolean =>
  char === undefined || /[\s([{\-—–/]/u.test(char) || CLOSERS_OF.has(char);
const isClosingContext = (char: string | undefined): boolean =>
  char === undefined ||
  /[\s)\]}.,;:!?…\-—–]/u.test(char) ||
  DOUBLE_QUOTE_MARKS.has(char) ||
  SINGLE_QUOTE_MARKS.has(char);

/**
 * Finds quotations in the given blocks for every common style of marks (straight and curly, German low-high,
 * guillemets both ways, corner brackets), nested ones included. A quotation whose closing mark is missing at
 * the end of a paragraph continues into the next paragraph when that one opens with a quotation mark (news
 * style for quotations over several paragraphs); otherwise it is closed there with a warning.
 */
export function findQuotations(
  text: string,
  tokens: readonly Token[],
  blocks: readonly Block[],
): { quotations: Quotation[]; diagnostics: Diagnostic[] } {
  const quotations: Quotation[] = [];
  const diagnostics: Diagnostic[] = [];
  const stack: OpenQuote[] = [];
  let tokenIndex = 0;
  let continuationMark = -1; // offset of an opening mark already consumed as a continuation

  const finish = (open: OpenQuote, end: number, closed: boolean): void => {
    const fragments = [...open.fragments, { start: open.fragmentStart, end }];
    quotations.push({
      start: fragments[0]!.start,
      end,
      fragments,
      depth: open.depth,
      openMark: open.mark,
      closed,
    });
  };

  blocks.forEach((block, blockIndex) => {
    while (tokenIndex < tokens.length && tokens[tokenIndex]!.start < block.start) tokenIndex += 1;
    for (; tokenIndex < tokens.length && tokens[tokenIndex]!.end <= block.end; tokenIndex += 1) {
      const token = tokens[tokenIndex]!;
      if (
        token.kind !== 'punct' ||
        !(
          CLOSERS_OF.has(token.text) ||
          SINGLE_QUOTE_MARKS.has(token.text) ||
          DOUBLE_QUOTE_MARKS.has(token.text)
        )
      )
        continue;
      // The mark that reopened a continued quotation (both apostrophes of a typewriter one) is consumed.
      if (
        token.start === continuationMark ||
        (token.start === continuationMark + 1 && token.text === "'" && text[continuationMark] === "'")
      )
        continue;
      // Typewriter double quotes, two apostrophes (''…'', as the New York Times archive writes them), are
      // one double mark: it closes an open one, or opens where a quotation can open.
      const second = tokens[tokenIndex + 1];
      if (token.text === "'" && second?.text === "'" && second.start === token.end) {
        const outer = stack.findLastIndex((open) => open.mark === TYPEWRITER_QUOTE);
        const after = text[second.end];
        if (outer !== -1 && isClosingContext(after)) {
          stack.length = outer + 1;
          finish(stack.pop()!, second.end, true);
        } else if (isOpeningContext(text[token.start - 1]) && !/\s/u.test(after ?? ' ')) {
          stack.push({
            mark: TYPEWRITER_QUOTE,
            depth: stack.length,
            fragments: [],
            fragmentStart: token.start,
          });
        }
        tokenIndex += 1;
        continue;
      }
      const mark = token.text;
      const before = text[token.start - 1];
      const after = text[token.end];
      const single = SINGLE_QUOTE_MARKS.has(mark);
      // An apostrophe inside a word (don't, NATO's) is never a quotation mark.
      if (single && isLetterOrDigit(before) && isLetterOrDigit(after)) continue;
      // A double mark that closes an outer quotation ends the single ones left open inside it (an
      // apostrophe taken for an opening mark, or a nested quotation closed with the wrong mark).
      // Copy mixes styles (“... FBI," he said): a double mark that can only close here, after a word or
      // punctuation and before a space or punctuation, closes the open double quotation whatever its style.
      // Not after a digit: 55" and 6'2" are inches.
      const onlyCloses =
        !single && !isOpeningContext(before) && isClosingContext(after) && !/\p{N}/u.test(before ?? '');
      const closesStyle = (open: OpenQuote): boolean =>
        (CLOSERS_OF.get(open.mark) ?? '').includes(mark) ||
        (onlyCloses && !SINGLE_QUOTE_MARKS.has(open.mark) && open.mark !== TYPEWRITER_QUOTE);
      if (!single && isClosingContext(after)) {
        const outer = stack.findLastIndex((open) => !SINGLE_QUOTE_MARKS.has(open.mark));
        if (outer !== -1 && outer < stack.length - 1 && closesStyle(stack[outer]!)) stack.length = outer + 1;
      }
      const top = stack.at(-1);
      const closes = top !== undefined && closesStyle(top);
      // A mark that only ever opens (「, „) needs no context: CJK text has no space before it.
      const opensHere =
        CLOSERS_OF.has(mark) &&
        (isOpeningContext(before) || OPENING_ONLY_MARKS.has(mark)) &&
        !/\s/u.test(after ?? ' ');
      if (closes && !(opensHere && !isClosingContext(after) && mark !== top.mark && !single)) {
        stack.pop();
        finish(top, token.end, true);
        continue;
      }
      if (opensHere && !(single && isLetterOrDigit(before))) {
        stack.push({ mark, depth: stack.length, fragments: [], fragmentStart: token.start });
        continue;
      }
      if (!single && isClosingContext(after)) {
        diagnostics.push({
          severity: 'warning',
          rule: 'unbalanced-quote',
          message: `closing quotation mark ${mark} without an opening one`,
          start: token.start,
          end: token.end,
        });
      }
    }

    // End of a paragraph: unclosed single marks were apostrophes or typos; an unclosed double quotation
    // either continues into the next paragraph or ends here.
    while (stack.length > 0 && SINGLE_QUOTE_MARKS.has(stack.at(-1)!.mark)) stack.pop();
    if (stack.length === 0) return;
    const contentEnd = trimmedEnd(text, block);
    const nextOpening = openingMarkAt(text, tokens, tokenIndex, blocks[blockIndex + 1]);
    if (nextOpening !== undefined && stack.length === 1 && reopens(stack[0]!.mark, nextOpening, text)) {
      const open = stack[0]!;
      open.fragments.push({ start: open.fragmentStart, end: contentEnd });
      open.fragmentStart = nextOpening.start;
      continuationMark = nextOpening.start;
      return;
    }
    while (stack.length > 0) {
      const open = stack.pop()!;
      finish(open, contentEnd, false);
      diagnostics.push({
        severity: 'warning',
        rule: 'unbalanced-quote',
        message: `quotation opened with ${open.mark} is not closed by the end of its paragraph`,
        start: open.fragmentStart,
        end: open.fragmentStart + open.mark.length,
      });
    }
  });
  quotations.sort((a, b) => a.start - b.start || b.end - a.end);
  return { quotations, diagnostics };
}

/**
 * Whether a paragraph's opening mark can continue a quotation left open with `mark`: news style repeats
 * the quotation's own opening mark (or, in older French and German copy, its closing one). Another style
 * opens a quotation of its own: after an excerpt set off with a straight `"` that is never closed, a
 * paragraph that opens with `“` is someone's words, not more of the excerpt.
 */
function reopens(mark: string, opening: Token, text: string): boolean {
  const reopening = opening.text === "'" ? text.slice(opening.start, opening.start + 2) : opening.text;
  return reopening === mark || (CLOSERS_OF.get(mark) ?? '').includes(reopening);
}

/** The opening quotation mark that starts a block, if it starts with one. */
function openingMarkAt(
  text: string,
  tokens: readonly Token[],
  from: number,
  block: Block | undefined,
): Token | undefined {
  if (!block) return undefined;
  let index = from;
  while (index < tokens.length && (tokens[index]!.start < block.start || tokens[index]!.kind === 'space'))
    index += 1;
  const token = tokens[index];
  if (!token || token.start >= block.end) return undefined;
  // Typewriter quotes reopen a paragraph with two apostrophes; the mark then ends after the second.
  const typewriter =
    token.text === "'" && tokens[index + 1]?.text === "'" && tokens[index + 1]!.start === token.end;
  if (!typewriter && !DOUBLE_QUOTE_MARKS.has(token.text)) return undefined;
  const after = text[typewriter ? token.end + 1 : token.end];
  return isLetterOrDigit(after) || /\p{P}/u.test(after ?? '') ? token : undefined;
}
