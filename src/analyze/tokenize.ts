import type { Span } from '../types.js';

export const TOKEN_KINDS = ['word', 'space', 'punct'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

export interface Token extends Span {
  readonly kind: TokenKind;
  /** The token's text, as in the article. */
  readonly text: string;
  /** Lower-cased text, for lexicon look-ups. */
  readonly lower: string;
}

// Words are runs of letters, marks and digits (as EVAL.md counts tokens); white space runs are kept as
// tokens so that the tokens rebuild the text exactly; anything else is a one-character token.
const TOKEN_PATTERN = /([\p{L}\p{M}\p{N}]+)|(\s+)|([\s\S])/gu;

/** Splits the text into tokens that partition it exactly. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN_PATTERN.exec(text)) !== null) {
    const value = match[0];
    const kind: TokenKind = match[1] !== undefined ? 'word' : match[2] !== undefined ? 'space' : 'punct';
    tokens.push({
      start: match.index,
      end: match.index + value.length,
      kind,
      text: value,
      lower: value.toLowerCase(),
    });
  }
  return tokens;
}

/** Whether a word token starts with an upper-case letter. */
export const isCapitalized = (token: Token): boolean =>
  token.kind === 'word' && token.text[0] !== token.lower[0] && /\p{Lu}/u.test(token.text[0] ?? '');
