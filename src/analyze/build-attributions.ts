import type { Span } from '../types.js';
import type { AnalysisContext } from './context.js';
import { nextWord, previousWord } from './context.js';
import type { Cue } from './find-cues.js';
import type { Quotation } from './find-quotations.js';
import {
  nounPhraseEndingAt,
  nounPhraseStartingAt,
  skipToSourceEnd,
  type TokenRange,
} from './noun-phrases.js';

/** An attribution before speakers are resolved: token ranges and content spans. */
export interface AttributionCandidate {
  readonly cue: Cue;
  readonly source: TokenRange | null;
  readonly content: readonly Span[];
  readonly confidence: number;
}

/** How far after a cue a "that" may introduce its content ("told reporters on Monday that"). */
const THAT_REACH = 8;

/** Builds one attribution per cue that has both a source and a content. */
export function buildAttributions(context: AnalysisContext, cues: readonly Cue[]): AttributionCandidate[] {
  const candidates: AttributionCandidate[] = [];
  for (const cue of cues) {
    const candidate = cue.kind === 'verb' ? verbAttribution(context, cue) : phrasalAttribution(context, cue);
    if (candidate && candidate.content.length > 0) candidates.push(candidate);
  }
  return cutAtReportingClauses(context, candidates);
}

/** `X said (that) C`, `C, X said`, `"C," said X`, `X said, "C"`, with quotations spanning sentences. */
function verbAttribution(context: AnalysisContext, cue: Cue): AttributionCandidate | null {
  const { tokens } = context;
  const sentence = context.sentences[cue.sentence]!;
  const cueIndex = cue.range.first;
  const floor = Math.max(sentence.firstToken, lastQuotationEndBefore(context, cueIndex, sentence.firstToken));
  const sourceEnd = skipToSourceEnd(context, cueIndex, floor);
  const left = sourceEnd >= floor ? nounPhraseEndingAt(context, sourceEnd, floor) : null;
  if (left) {
    const right = rightContent(context, cue, cueIndex, sentence.lastToken);
    if (right) return { cue, source: left, content: right, confidence: quoted(context, right) ? 0.9 : 0.75 };
    const before = leftContent(context, left.first, sentence.firstToken);
    if (!before) return null;
    return {
      cue,
      source: left,
      content: withFollowingQuotation(context, before, cueIndex, sentence.lastToken),
      confidence: 0.85,
    };
  }
  // Inverted order after the content: `"...," said the minister.` / `..., said Smith, the ...`
  const previous = tokens[previousWord(tokens, cueIndex, sentence.firstToken)];
  if (
    !previous ||
    !(previous.text === ',' || context.quotationOfToken[previousWord(tokens, cueIndex)] !== -1)
  )
    return null;
  const inverted = nounPhraseStartingAt(
    context,
    nextWord(tokens, cueIndex, sentence.lastToken),
    sentence.lastToken,
  );
  if (!inverted) return null;
  const before = leftContent(context, cueIndex, sentence.firstToken);
  if (!before) return null;
  return {
    cue,
    source: inverted,
    content: withFollowingQuotation(context, before, inverted.last, sentence.lastToken),
    confidence: 0.85,
  };
}

/** `according to X, C`, `C, according to X`, `in his opinion, C`. */
function phrasalAttribution(context: AnalysisContext, cue: Cue): AttributionCandidate | null {
  const { tokens } = context;
  const sentence = context.sentences[cue.sentence]!;
  const source = cue.source;
  const phraseEnd = cue.kind === 'according' && source ? source.last : cue.range.last;
  const content: Span[] = [];
  const before = leftContent(context, cue.range.first, sentence.firstToken);
  if (before) content.push(...before);
  const comma = nextWord(tokens, phraseEnd, sentence.lastToken);
  if (tokens[comma]?.text === ',' || tokens[comma]?.text === ':' || (!before && comma < sentence.lastToken)) {
    const start =
      tokens[comma]?.text === ',' || tokens[comma]?.text === ':'
        ? nextWord(tokens, comma, sentence.lastToken)
        : comma;
    const after = contentFrom(context, start, sentence.lastToken);
    if (after) content.push(...after);
  }
  if (content.length === 0) return null;
  return { cue, source, content, confidence: 0.8 };
}

/** The content after a cue: after "that" if it comes soon, after a comma or colon, or straight on. */
function rightContent(context: AnalysisContext, cue: Cue, cueIndex: number, limit: number): Span[] | null {
  const { tokens } = context;
  let start = nextWord(tokens, cueIndex, limit);
  if (start >= limit || isTerminal(tokens[start]!.text)) return null;
  // A quotation set off after a comma or colon in the right side is the content ("said on Twitter, “...”").
  const quotation = quotationAfterComma(context, start, limit);
  const that = findThat(context, start, limit);
  if (that !== -1 && (!quotation || tokens[that]!.start < quotation.start))
    start = nextWord(tokens, that, limit);
  else if (quotation && tokens[start]!.start <= quotation.start)
    return fragmentsOf(quotation, context, limit);
  else if (tokens[start]!.text === ',' || tokens[start]!.text === ':') start = nextWord(tokens, start, limit);
  if (start >= limit || isTerminal(tokens[start]!.text)) return null;
  if (cue.verb?.needsQuote) {
    // "what he calls NATO's “paradoxical approach”": the content ends with the quoted words.
    const quoted = context.quotations[context.quotationOfToken[nextQuotedToken(context, start, limit)] ?? -1];
    if (quoted) return [{ start: tokens[start]!.start, end: quoted.end }];
  }
  return contentFrom(context, start, limit);
}

/** Content from token `start` to the end of the sentence, or further if a quotation runs on. */
function contentFrom(context: AnalysisContext, start: number, limit: number): Span[] | null {
  const { tokens, text } = context;
  if (start >= limit) return null;
  let end = tokens[limit - 1]!.end;
  const fragments: Span[] = [];
  let fragmentStart = tokens[start]!.start;
  // A quotation that starts inside the content and runs past the sentence carries the content with it.
  const lastQuotation = context.quotations[context.quotationOfToken[limit - 1] ?? -1];
  if (lastQuotation && lastQuotation.start >= fragmentStart) {
    for (const fragment of lastQuotation.fragments.slice(0, -1)) {
      if (fragment.end <= fragmentStart) continue;
      fragments.push({ start: fragmentStart, end: fragment.end });
      fragmentStart = lastQuotation.fragments[lastQuotation.fragments.indexOf(fragment) + 1]!.start;
    }
    end = Math.max(end, lastQuotation.end);
  }
  end = trimTrailingPunctuation(text, fragmentStart, end);
  if (end <= fragmentStart) return null;
  fragments.push({ start: fragmentStart, end });
  return fragments;
}

/**
 * The content before a source: from the sentence start to the comma (or the quotation) before `sourceFirst`.
 * A quotation that ends there is taken whole, whichever sentence or paragraph it began in.
 */
function leftContent(context: AnalysisContext, sourceFirst: number, floor: number): Span[] | null {
  const { tokens, text } = context;
  let end = previousWord(tokens, sourceFirst, floor);
  while (
    end >= floor &&
    (tokens[end]!.text === ',' || tokens[end]!.text === '—' || tokens[end]!.text === '–')
  )
    end = previousWord(tokens, end, floor);
  if (end < floor) {
    // The sentence starts with the reporting clause: the content may be the quotation that ends right before.
    return null;
  }
  const quotation = context.quotations[context.quotationOfToken[end] ?? -1];
  if (quotation && tokens[end]!.end === quotation.end) {
    const firstWord = nextWord(tokens, floor - 1);
    // `"C," he said` or `He told them "C," she said` with the quotation opening the content.
    if (quotation.start <= tokens[firstWord]!.start) return fragmentsOf(quotation, context, end + 1);
    return [{ start: tokens[firstWord]!.start, end: quotation.end }];
  }
  const start = tokens[nextWord(tokens, floor - 1)]!.start;
  const contentEnd = trimTrailingPunctuation(text, start, tokens[end]!.end);
  return contentEnd > start ? [{ start, end: contentEnd }] : null;
}

/** `"A," he said, "B."`: a quotation right after the reporting clause continues the content. */
function withFollowingQuotation(
  context: AnalysisContext,
  content: Span[],
  after: number,
  limit: number,
): Span[] {
  const { tokens } = context;
  const comma = nextWord(tokens, after, limit);
  if (tokens[comma]?.text !== ',' && tokens[comma]?.text !== ':') return content;
  const next = nextWord(tokens, comma);
  const quotation = context.quotations[context.quotationOfToken[next] ?? -1];
  const firstFragment = content[0];
  if (!quotation || !firstFragment || !context.quotations.some((q) => q.start === firstFragment.start))
    return content;
  return [...content, ...quotation.fragments];
}

function fragmentsOf(quotation: Quotation, context: AnalysisContext, _limit: number): Span[] {
  void context;
  return [...quotation.fragments];
}

/** A quotation in the right side that follows a comma or colon: that quotation is what was said. */
function quotationAfterComma(context: AnalysisContext, from: number, limit: number): Quotation | null {
  const { tokens } = context;
  for (let index = from; index < limit; index = nextWord(tokens, index, limit)) {
    const quotationIndex = context.quotationOfToken[index]!;
    if (quotationIndex !== -1) {
      const previous = tokens[previousWord(tokens, index)];
      const quotation = context.quotations[quotationIndex]!;
      return index === from || previous?.text === ',' || previous?.text === ':' ? quotation : null;
    }
    if (isTerminal(tokens[index]!.text)) return null;
  }
  return null;
}

function findThat(context: AnalysisContext, from: number, limit: number): number {
  const { tokens } = context;
  let words = 0;
  for (let index = from; index < limit && words < THAT_REACH; index = nextWord(tokens, index, limit)) {
    const token = tokens[index]!;
    if (context.quotationOfToken[index] !== -1 || /[.;:!?]/u.test(token.text)) return -1;
    if (token.lower === 'that') return index;
    if (token.kind === 'word') words += 1;
  }
  return -1;
}

function nextQuotedToken(context: AnalysisContext, from: number, limit: number): number {
  for (let index = from; index < limit; index += 1) if (context.quotationOfToken[index] !== -1) return index;
  return -1;
}

function lastQuotationEndBefore(context: AnalysisContext, index: number, floor: number): number {
  for (let position = index - 1; position >= floor; position -= 1)
    if (context.quotationOfToken[position] !== -1) return position + 1;
  return floor;
}

/**
 * A content running to the end of the sentence stops before another attribution's reporting clause
 * ("As Biden said, C, the former Secretary General admitted"): that clause is not part of what was said.
 */
function cutAtReportingClauses(
  context: AnalysisContext,
  candidates: AttributionCandidate[],
): AttributionCandidate[] {
  const { tokens, text } = context;
  return candidates.map((candidate) => {
    const content = candidate.content.map((fragment) => {
      let end = fragment.end;
      for (const other of candidates) {
        if (other === candidate || !other.source) continue;
        const sourceStart = tokens[other.source.first]!.start;
        const cueStart = tokens[other.cue.range.first]!.start;
        if (sourceStart <= fragment.start || sourceStart >= end || cueStart < sourceStart) continue;
        const comma = previousWord(tokens, other.source.first);
        if (tokens[comma]?.text === ',')
          end = trimTrailingPunctuation(text, fragment.start, tokens[comma]!.start);
      }
      return { start: fragment.start, end };
    });
    return { ...candidate, content };
  });
}

function quoted(context: AnalysisContext, content: readonly Span[]): boolean {
  return content.some((fragment) =>
    context.quotations.some((q) => q.start >= fragment.start && q.end <= fragment.end),
  );
}

const isTerminal = (value: string): boolean => value === '.' || value === '!' || value === '?';

/** Drops trailing white space and sentence punctuation, but keeps a closing quotation mark. */
export function trimTrailingPunctuation(text: string, start: number, end: number): number {
  let index = end;
  while (index > start && /[\s.,;:!?…—–-]/u.test(text[index - 1]!)) index -= 1;
  return index;
}
