import type { Article, ArticleMeta, Block, BlockKind, Diagnostic } from '../types.js';
import { findFamilyNames } from './family-names.js';
import { findQuotations, type Quotation } from './find-quotations.js';
import { segmentSentences, type Sentence } from './segment-sentences.js';
import { tokenize, type Token } from './tokenize.js';

/** Blocks whose sentences can hold attributions; headers, duplicates and cards are read for other things. */
export const ANALYZED_BLOCK_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>([
  'title',
  'subtitle',
  'lead',
  'takeaway',
  'paragraph',
  'list-item',
  'quote',
  'caption',
]);

/** What every analysis step reads: the text cut into tokens, sentences and quotations, computed once. */
export interface AnalysisContext {
  readonly text: string;
  /** The article's metadata: its publication date anchors relative times. */
  readonly meta: ArticleMeta;
  readonly blocks: readonly Block[];
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Outermost quotations, in text order. */
  readonly quotations: readonly Quotation[];
  /** For each token, the index of the outermost quotation it lies in, or -1. */
  readonly quotationOfToken: Int32Array;
  /** For each token, the index of its sentence. */
  readonly sentenceOfToken: Int32Array;
  /** Words the article uses as family names that would otherwise read as verbs or titles (see `findFamilyNames`). */
  readonly familyNames: ReadonlySet<string>;
  readonly diagnostics: Diagnostic[];
}

export function buildContext(article: Article): AnalysisContext {
  const { text, blocks } = article;
  const tokens = tokenize(text);
  const sentences = segmentSentences(text, tokens, blocks);
  const analyzed = blocks.filter((block) => ANALYZED_BLOCK_KINDS.has(block.kind));
  const found = findQuotations(text, tokens, analyzed);
  const quotations = found.quotations.filter((quotation) => quotation.depth === 0);

  const quotationOfToken = new Int32Array(tokens.length).fill(-1);
  let tokenIndex = 0;
  quotations.forEach((quotation, quotationIndex) => {
    for (const fragment of quotation.fragments) {
      tokenIndex = firstTokenAt(tokens, fragment.start, tokenIndex);
      for (let index = tokenIndex; index < tokens.length && tokens[index]!.start < fragment.end; index += 1)
        quotationOfToken[index] = quotationIndex;
    }
  });
  const sentenceOfToken = new Int32Array(tokens.length);
  sentences.forEach((sentence, sentenceIndex) => {
    const next = sentences[sentenceIndex + 1]?.firstToken ?? tokens.length;
    sentenceOfToken.fill(sentenceIndex, sentence.firstToken, next);
  });
  return {
    text,
    meta: article.meta,
    blocks,
    tokens,
    sentences,
    quotations,
    quotationOfToken,
    sentenceOfToken,
    familyNames: findFamilyNames(tokens, sentences, blocks),
    diagnostics: found.diagnostics,
  };
}

/** Index of the first token that starts at or after `offset` (binary search from `from`). */
export function firstTokenAt(tokens: readonly Token[], offset: number, from = 0): number {
  let low = from;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether the sentence lies in a block that can hold attributions. */
export function isAnalyzedSentence(context: AnalysisContext, sentence: Sentence): boolean {
  const block = context.blocks[sentence.block];
  return block !== undefined && ANALYZED_BLOCK_KINDS.has(block.kind);
}

/** The next token index after `index` that is not white space (or `limit`). */
export function nextWord(tokens: readonly Token[], index: number, limit = tokens.length): number {
  let next = index + 1;
  while (next < limit && tokens[next]!.kind === 'space') next += 1;
  return next;
}

/**
 * The first word of a sentence, past opening quotation marks and brackets; the sentence's last token where
 * it has no word before it.
 */
export function firstWordOfSentence(context: AnalysisContext, sentenceIndex: number): number {
  const sentence = context.sentences[sentenceIndex]!;
  let index = sentence.firstToken;
  while (index < sentence.lastToken && context.tokens[index]!.kind !== 'word') index += 1;
  return index;
}

/** The previous token index before `index` that is not white space (or `floor - 1`). */
export function previousWord(tokens: readonly Token[], index: number, floor = 0): number {
  let previous = index - 1;
  while (previous >= floor && tokens[previous]!.kind === 'space') previous -= 1;
  return previous;
}
