const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether a character (one code point; undefined past either end of a text) is a letter or a digit. ASCII,
 * most of an English text, is decided by its code: a regular-expression test cost about ten times as much,
 * and typing a content tests every character of it.
 */
export function isLetterOrDigit(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(char);
}
