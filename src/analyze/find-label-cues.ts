import type { Span } from '../types.js';
import { trimmedEnd } from './spans.js';
import type { AttributionCandidate } from './build-attributions.js';
import {
  ANALYZED_BLOCK_KINDS,
  firstTokenAt,
  nextWord,
  previousWord,
  type AnalysisContext,
} from './context.js';
import { isCapitalized, type Token } from './tokenize.js';

/** Dashes that set a speaker's name after a quotation ("… ― Julie Martinez"). */
const ATTRIBUTION_DASHES = new Set(['―', '—', '–']);
const MAX_NAME_WORDS = 5;

/**
 * Attributions marked by layout rather than by words: a transcript's speaker label opening a paragraph
 * ("WALLACE: Let's start with ..."), and a quotation signed with a dash and a name ("“…” ― Julie
 * Martinez"). The label or the dash is the cue, as PolNeAR's annotators mark it.
 */
export function findLabelAttributions(context: AnalysisContext): AttributionCandidate[] {
  const found: AttributionCandidate[] = [];
  for (const block of context.blocks) {
    if (!ANALYZED_BLOCK_KINDS.has(block.kind)) continue;
    const label = transcriptLabel(context, block);
    if (label) found.push(label);
    found.push(...signedQuotations(context, block));
  }
  return found;
}

/** `NAME: words` at the start of a paragraph, the name in capitals or one to three capitalized words. */
function transcriptLabel(context: AnalysisContext, block: Span): AttributionCandidate | null {
  const { tokens } = context;
  let first = firstTokenAt(tokens, block.start);
  if (tokens[first]?.kind === 'punct' && context.quotationOfToken[first] !== -1) first += 1;
  let last = first;
  let words = 0;
  while (tokens[last] && tokens[last]!.end <= block.end && tokens[last]!.text !== ':') {
    const token = tokens[last]!;
    if (token.kind === 'word') {
      if (!isCapitalized(token) || ++words > 3) return null;
    } else if (token.kind === 'punct' && token.text !== '.') return null;
    last += 1;
  }
  const colon = last;
  if (words === 0 || tokens[colon]?.text !== ':') return null;
  const nameTokens = wordsBetween(tokens, first, colon);
  // A label is in capitals (WALLACE) or a short name; "Update:" or "Editor's Note:" are not speakers.
  const allCaps = nameTokens.every((token) => token.text === token.text.toUpperCase());
  if (!allCaps && nameTokens.length < 2) return null;
  const contentStart = nextWord(tokens, colon);
  if (!tokens[contentStart] || tokens[contentStart].start >= block.end) return null;
  const sentence = context.sentenceOfToken[colon]!;
  return {
    cue: { kind: 'label', sentence, range: { first: colon, last: colon }, source: null, verb: null },
    source: { first, last: previousWord(tokens, colon) },
    content: [{ start: tokens[contentStart].start, end: trimmedEnd(context.text, block) }],
    confidence: 0.7,
    contentSide: 'right',
  };
}

/** `“…” ― Name` or `“…” — Name, role`: quotations closing on a dash and a capitalized name (several per block). */
function signedQuotations(context: AnalysisContext, block: Span): AttributionCandidate[] {
  const { tokens } = context;
  const end = trimmedEnd(context.text, block);
  const found: AttributionCandidate[] = [];
  for (
    let dash = firstTokenAt(tokens, block.start);
    dash < tokens.length && tokens[dash]!.start < end;
    dash += 1
  ) {
    if (!ATTRIBUTION_DASHES.has(tokens[dash]!.text) || context.quotationOfToken[dash] !== -1) continue;
    const quotation = context.quotations[context.quotationOfToken[previousWord(tokens, dash)] ?? -1];
    if (!quotation) continue;
    const name = signature(tokens, nextWord(tokens, dash), end);
    if (!name) continue;
    found.push({
      cue: {
        kind: 'label',
        sentence: context.sentenceOfToken[dash]!,
        range: { first: dash, last: dash },
        source: null,
        verb: null,
      },
      source: name,
      content: [...quotation.fragments],
      confidence: 0.7,
      contentSide: 'left',
    });
  }
  return found;
}

/** The capitalized name after a signing dash, up to a comma or the end of its line. */
function signature(
  tokens: readonly Token[],
  first: number,
  end: number,
): { first: number; last: number } | null {
  let last = -1;
  let words = 0;
  for (let index = first; index < tokens.length && tokens[index]!.start < end; index += 1) {
    const token = tokens[index]!;
    if (token.text === ',' || (token.kind === 'space' && token.text.includes('\n'))) break;
    if (token.kind !== 'word') continue;
    if (!isCapitalized(token) || ++words > MAX_NAME_WORDS) return null;
    last = index;
  }
  return last === -1 ? null : { first, last };
}

function wordsBetween(tokens: readonly Token[], from: number, to: number): Token[] {
  return tokens.slice(from, to).filter((token) => token.kind === 'word');
}
