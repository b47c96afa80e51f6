/**
 * Recognizers for the short lines that name people: bylines and speaker cards ("Jens Stoltenberg" above
 * "NATO External Secretary"). Shape only, no lexicon of names: a word is a name word when it is
 * capitalised or an initial, so "Ursula von der Leyen" and "J. K. Rowling" pass and a sentence does not.
 */

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}’'-]*|\p{Lu}\.(?:\p{Lu}\.)*)$/u;
/** Lower-case particles that surnames carry. */
const NAME_PARTICLES = new Set([
  'al',
  'bin',
  'da',
  'de',
  'del',
  'den',
  'der',
  'di',
  'du',
  'ibn',
  'la',
  'le',
  'van',
  'von',
]);
/** Lower-case words a title or role may hold between its capitalised words. */
const ROLE_CONNECTORS = new Set(['of', 'the', 'for', 'and', 'at', 'in', 'on', 'to', '&', 'de', 'du', 'des']);

const MAX_NAME_LENGTH = 60;
const MAX_ROLE_LENGTH = 80;
const MAX_ROLE_WORDS = 8;

/** Two to four name words, first and last capitalised, nothing else: "Jane Doe", "Ursula von der Leyen". */
export function isPersonName(line: string): boolean {
  if (line.length > MAX_NAME_LENGTH) return false;
  const words = line.split(/\s+/u);
  if (words.length < 2 || words.length > 4) return false;
  const last = words[words.length - 1]!;
  // A final period belongs to a sentence ("He left."), except after an initial.
  if (last.endsWith('.') && !/^\p{Lu}\.$/u.test(last)) return false;
  return (
    NAME_WORD.test(words[0]!) &&
    NAME_WORD.test(last) &&
    words.every((word) => NAME_WORD.test(word) || NAME_PARTICLES.has(word))
  );
}

/**
 * A short role line under a name: capitalised words with the usual connectors ("Director, Saint Brigid's
 * Hospital", "Minister of Finance"), no final period, so that a sentence is not mistaken for one.
 */
export function isRoleLine(line: string): boolean {
  if (line.length > MAX_ROLE_LENGTH || /[.!?:;]$/u.test(line)) return false;
  const words = line.split(/\s+/u);
  if (words.length > MAX_ROLE_WORDS || !/^\p{Lu}/u.test(line)) return false;
  return words.every((word) => /^[\p{Lu}\p{N}(]/u.test(word) || ROLE_CONNECTORS.has(word));
}
