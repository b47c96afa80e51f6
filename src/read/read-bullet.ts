/**
 * The marks that open a list item. The em dash is left out on purpose: Ukrainian, Russian and French
 * copy opens lines of dialogue with it.
 */
const BULLETS = new Set(['•', '◦', '▪', '●', '‣', '-', '*', '–']);

/**
 * Where a bulleted line's content starts (after the mark and the white space after it), or null when
 * the line is not a list item. A bullet is followed by white space and then by content that does not
 * start in lower case, so "-5 degrees", "* * *" and a line broken after a hyphen ("- exchange during
 * ...") are not items.
 */
export function bulletContentStart(line: string): number | null {
  if (!BULLETS.has(line.charAt(0))) return null;
  const space = /^\s+/u.exec(line.slice(1));
  if (!space) return null;
  const start = 1 + space[0].length;
  const content = line.slice(start);
  return /^[^\p{Ll}]/u.test(content) && /[\p{L}\p{N}]/u.test(content) ? start : null;
}
