/**
 * Glosses: a quotation given in the language it was said in and at once in the article's language, in
 * parentheses or after a dash (`he said in Ukrainian: «Ми не відступимо» (“We will not retreat.”)`). Either
 * quotation may be the one the engine attributed; the other has no cue of its own and is the same speaker's
 * words, once as said and once as the reporter translated them. Each is reported as a direct attribution of
 * its own, with the one attribution's source, cue, speaker and time; a content that took both is split.
 */
import type { Attribution, Span, TextSpan } from '../types.js';
import { quotationLanguage } from './quotation-language.js';

/** Opening quotation marks and the marks that close them. */
const CLOSING: Readonly<Record<string, string>> = {
  '“': '”',
  '«': '»',
  '„': '“”',
  '"': '"',
  '‘': '’',
  '‹': '›',
  '»': '«',
};
const OPENERS = new Set(Object.keys(CLOSING));
const CLOSERS = new Set(Object.values(CLOSING).join(''));
/** What stands between a quotation and its gloss, on one line: a dash, or the parenthesis the gloss opens. */
const GAP_AFTER = /^[ \t\u00a0\u202f]*(?:[—–-][ \t\u00a0\u202f]*|\([ \t\u00a0\u202f]*)/u;
const GAP_BEFORE = /[ \t\u00a0\u202f]*(?:[—–-]|\()?[ \t\u00a0\u202f]*$/u;
/** Longest quotation looked for, in characters. */
const MAX_QUOTATION = 600;

/** A quotation in marks: its extent from the opening mark to the closing one, inclusive. */
type Quotation = Span;

/** The quotation that opens at `open` (an opening mark), within its paragraph. */
function quotationAt(text: string, open: number): Quotation | null {
  const closers = CLOSING[text[open] ?? ''];
  if (closers === undefined) return null;
  for (let index = open + 1; index < Math.min(text.length, open + MAX_QUOTATION); index += 1) {
    if (text[index] === '\n') return null;
    if (closers.includes(text[index]!)) return index === open + 1 ? null : { start: open, end: index + 1 };
  }
  return null;
}

/** The quotation that closes at `close - 1` (a closing mark), within its paragraph. */
function quotationEndingAt(text: string, close: number): Quotation | null {
  const closer = text[close - 1] ?? '';
  if (!CLOSERS.has(closer)) return null;
  for (let index = close - 2; index >= Math.max(0, close - MAX_QUOTATION); index -= 1) {
    if (text[index] === '\n') return null;
    if (CLOSING[text[index]!]?.includes(closer))
      return index === close - 2 ? null : { start: index, end: close };
  }
  return null;
}

/** The gloss right after a quotation that ends at `end`, or right before one that starts at `start`. */
function glossAfter(text: string, end: number): Quotation | null {
  const gap = GAP_AFTER.exec(text.slice(end, end + 8));
  return gap && OPENERS.has(text[end + gap[0].length] ?? '') ? quotationAt(text, end + gap[0].length) : null;
}
function glossBefore(text: string, start: number): Quotation | null {
  if (start <= 0) return null;
  // Within eight characters before the quotation: a dash, or the parenthesis the translation opens with.
  const gap = GAP_BEFORE.exec(text.slice(Math.max(0, start - 8), start))!;
  if (!/[—–(-]/u.test(gap[0])) return null;
  return quotationEndingAt(text, start - gap[0].length);
}

/** The quotations a content holds, where it holds two joined as a quotation and its gloss. */
function splitPair(text: string, fragment: TextSpan): [Quotation, Quotation] | null {
  const first = OPENERS.has(text[fragment.start] ?? '') ? quotationAt(text, fragment.start) : null;
  if (!first || first.end >= fragment.end) return null;
  const second = glossAfter(text, first.end);
  return second && second.end <= fragment.end + 1 ? [first, second] : null;
}

/** Whether two spans of quoted words are in two languages (null standing for the article's). */
function inTwoLanguages(text: string, first: Span, second: Span, language: string | null): boolean {
  return (
    quotationLanguage(text.slice(first.start, first.end), language) !==
    quotationLanguage(text.slice(second.start, second.end), language)
  );
}

/** The attributions with each quotation's gloss (or original) added, in text order. */
export function addGlosses(
  text: string,
  attributions: readonly Attribution[],
  language: string | null,
): Attribution[] {
  let nextId =
    1 + Math.max(0, ...attributions.map((attribution) => Number(/\d+$/u.exec(attribution.id)?.[0] ?? 0)));
  const taken: Span[] = attributions.flatMap((attribution) => attribution.content);
  const free = (span: Span) => !taken.some((other) => other.start < span.end && span.start < other.end);
  const added: Attribution[] = [];
  const result = attributions.map((attribution): Attribution => {
    if (attribution.type !== 'direct' || attribution.content.length !== 1) return attribution;
    const fragment = attribution.content[0]!;
    const withMarks = OPENERS.has(text[fragment.start] ?? '');
    const asContent = (quotation: Quotation): TextSpan => {
      const span = withMarks ? quotation : { start: quotation.start + 1, end: quotation.end - 1 };
      return { ...span, text: text.slice(span.start, span.end) };
    };
    const copy = (quotation: Quotation): Attribution => ({
      ...attribution,
      id: `a${nextId++}`,
      content: [asContent(quotation)],
      via: null,
      confidence: attribution.confidence * 0.9,
    });
    // A gloss is the same words in another language: two quotations in one language are two remarks.
    const pair = withMarks ? splitPair(text, fragment) : null;
    if (pair && !inTwoLanguages(text, pair[0], pair[1], language)) return attribution;
    if (pair) {
      added.push(copy(pair[1]));
      return { ...attribution, content: [asContent(pair[0])] };
    }
    const start = withMarks ? fragment.start : fragment.start - 1;
    const end = withMarks ? fragment.end : fragment.end + 1;
    for (const other of [glossAfter(text, end), glossBefore(text, start)])
      if (other && free(other) && inTwoLanguages(text, fragment, other, language)) {
        taken.push(other);
        added.push(copy(other));
      }
    return attribution;
  });
  return [...result, ...added].sort((a, b) => (a.content[0]?.start ?? 0) - (b.content[0]?.start ?? 0));
}
