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
// tokens so that the tokens rebuild the text exactly; anything else is a one-character token (a surrogate
// pair stays whole). Scanned by character code: ASCII is decided by ranges, the rest by these classes.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE_CHAR = /\s/u;

const enum CharClass {
  Word,
  Space,
  Other,
}

function classOf(text: string, index: number): CharClass {
  const code = text.charCodeAt(index);
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57))
      return CharClass.Word;
    if (code === 32 || (code >= 9 && code <= 13)) return CharClass.Space;
    return CharClass.Other;
  }
  const char = String.fromCodePoint(text.codePointAt(index)!);
  if (WORD_CHAR.test(char)) return CharClass.Word;
  return SPACE_CHAR.test(char) ? CharClass.Space : CharClass.Other;
}

/**
 * A straight or curly apostrophe, as in a possessive ("Obama's") or a contraction ("they've"): one
 * punctuation token, since the tokenizer makes each such character a token of its own.
 */
export const isApostrophe = (token: Token | undefined): boolean => token?.text === "'" || token?.text === '’';

/** Splits the text into tokens that partition it exactly. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let start = 0;
  while (start < length) {
    const kind = classOf(text, start);
    let end = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
    if (kind !== CharClass.Other) {
      while (end < length && classOf(text, end) === kind) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
    }
    const value = text.slice(start, end);
    tokens.push({
      start,
      end,
      kind: kind === CharClass.Word ? 'word' : kind === CharClass.Space ? 'space' : 'punct',
      text: value,
      lower: kind === CharClass.Word ? value.toLowerCase() : value,
    });
    start = end;
  }
  return tokens;
}

/** Whether a word token starts with an upper-case letter. */
export const isCapitalized = (token: Token): boolean =>
  token.kind === 'word' && token.text[0] !== token.lower[0] && /\p{Lu}/u.test(token.text[0] ?? '');

/**
 * Whether the mark at `index` joins the tokens on either side, with no space between, into one written
 * word that the tokens split: "367,491" and "58.9" (a comma or a stop between digits), "U.S." (a stop
 * after an initial), "Times/CBS", "AT&T", "O'Reilly", "U.S.-born" (a slash, an ampersand, an apostrophe
 * or a hyphen after a word or an initial's stop, before a word).
 */
export function joinsWrittenWord(tokens: readonly Token[], index: number): boolean {
  const mark = tokens[index];
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (!mark || mark.kind !== 'punct' || !before || !after) return false;
  if (before.kind === 'space' || after.kind === 'space') return false;
  const digits = /\p{N}$/u.test(before.text) && /^\p{N}/u.test(after.text);
  if (mark.text === ',') return digits;
  if (mark.text === '.') return digits || isInitialLetter(before);
  if (!WORD_JOINING_MARKS.has(mark.text) || after.kind !== 'word') return false;
  return before.kind === 'word' || (before.text === '.' && isInitialLetter(tokens[index - 2]));
}

const WORD_JOINING_MARKS = new Set(['-', '/', '&', "'", '’']);

/** One capital letter, as in "John F. Kennedy" or "F.A.A.". */
export const isInitialLetter = (token: Token | undefined): boolean =>
  token !== undefined && token.kind === 'word' && /^\p{Lu}$/u.test(token.text);
