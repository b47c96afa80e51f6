import type { AttributionType } from '../types.js';
import { isLetterOrDigit } from './letters.js';

const OPENING_DOUBLE = new Set(['“', '„', '«', '「', '『']);
const CLOSING_DOUBLE = new Set(['”', '»', '」', '』']);
const OPENING_SINGLE = new Set(['‘', '‚']);
const ANY_MARK = /["“”„«»「」『』'‘’‚]/u;

/**
 * The type of a content, by EVAL.md's rule: `direct` when every letter and digit is inside quotation marks,
 * `mixed` when it holds a quotation mark but is not wholly enclosed, `indirect` when it holds none. Single
 * quotes count only when an opening and a closing one pair up (so apostrophes do not), and a content whose
 * first double mark is a closing one starts inside a quotation. Fragments are read in order, as one text.
 */
export function classifyContentType(fragments: readonly string[]): AttributionType {
  const text = fragments.join(' ');
  // Most contents hold no mark at all: no need to look at them character by character.
  if (!ANY_MARK.test(text)) return 'indirect';
  const chars = Array.from(text);
  const inside = new Array<boolean>(chars.length).fill(false);
  let hasMark = false;

  // Double marks: find the first to decide whether the content starts inside a quotation.
  const firstDouble = chars.findIndex(
    (char) => char === '"' || OPENING_DOUBLE.has(char) || CLOSING_DOUBLE.has(char),
  );
  let open = firstDouble !== -1 && CLOSING_DOUBLE.has(chars[firstDouble]!);
  chars.forEach((char, index) => {
    if (char === '"') {
      hasMark = true;
      open = !open;
    } else if (OPENING_DOUBLE.has(char)) {
      hasMark = true;
      open = true;
    } else if (CLOSING_DOUBLE.has(char)) {
      hasMark = true;
      open = false;
    } else inside[index] = open;
  });

  // Single marks: an opening one (‘, ‚, or ' not after a letter) paired with the next closing one (’ or '
  // not before a letter).
  for (let index = 0; index < chars.length; index += 1) {
    const char = chars[index]!;
    const opens =
      OPENING_SINGLE.has(char) ||
      (char === "'" && !isLetterOrDigit(chars[index - 1]) && isLetterOrDigit(chars[index + 1]));
    if (!opens) continue;
    for (let close = index + 1; close < chars.length; close += 1) {
      const candidate = chars[close]!;
      if (
        (candidate === '’' || candidate === "'") &&
        isLetterOrDigit(chars[close - 1]) &&
        !isLetterOrDigit(chars[close + 1])
      ) {
        hasMark = true;
        for (let position = index + 1; position < close; position += 1) inside[position] = true;
        index = close;
        break;
      }
    }
  }
  if (!hasMark) return 'indirect';
  const outside = chars.some((char, index) => !inside[index] && isLetterOrDigit(char));
  return outside ? 'mixed' : 'direct';
}
