import type { Token } from '../tokenize.js';
import { codesOf, shapeOf } from './word-codes.js';
import { wordClassCode, wordClasses } from './word-classes.js';

/**
 * Every token's codes as the taggers' features read them, one typed array per code, indexed by token:
 * `codesOf` of its lower-cased text, its shape and its WordNet class. Arrays rather than an object per
 * token, so that a long article allocates nine arrays and not thousands of objects, and so that the role
 * tagger, which reads a sentence again for each of its cues, looks nothing up twice.
 */
export interface TokenCodes {
  readonly word: Int32Array;
  readonly suffix2: Int32Array;
  readonly suffix3: Int32Array;
  readonly suffix4: Int32Array;
  readonly prefix3: Int32Array;
  readonly lex: Uint8Array;
  readonly lemma: Int32Array;
  readonly shape: Uint8Array;
  readonly wordClass: Uint16Array;
}

/** The codes of every token, white space included (so that any token index may be asked for). */
export function codesOfTokens(tokens: readonly Token[]): TokenCodes {
  const count = tokens.length;
  const codes: TokenCodes = {
    word: new Int32Array(count),
    suffix2: new Int32Array(count),
    suffix3: new Int32Array(count),
    suffix4: new Int32Array(count),
    prefix3: new Int32Array(count),
    lex: new Uint8Array(count),
    lemma: new Int32Array(count),
    shape: new Uint8Array(count),
    wordClass: new Uint16Array(count),
  };
  const classes = wordClasses();
  for (let index = 0; index < count; index += 1) {
    const token = tokens[index]!;
    const word = codesOf(token.lower);
    codes.word[index] = word.word;
    codes.suffix2[index] = word.suffix2;
    codes.suffix3[index] = word.suffix3;
    codes.suffix4[index] = word.suffix4;
    codes.prefix3[index] = word.prefix3;
    codes.lex[index] = word.lex;
    codes.lemma[index] = word.lemma;
    codes.shape[index] = shapeOf(token);
    codes.wordClass[index] = wordClassCode(classes, word.word);
  }
  return codes;
}

const codesByContext = new WeakMap<object, TokenCodes>();

/**
 * The article's token codes, computed in one pass on first use and shared by the cue and the role tagger:
 * read in text order, the tokens and their strings come from memory in a stream.
 */
export function tokenCodes(context: { readonly tokens: readonly Token[] }): TokenCodes {
  let codes = codesByContext.get(context);
  if (!codes) {
    codes = codesOfTokens(context.tokens);
    codesByContext.set(context, codes);
  }
  return codes;
}
