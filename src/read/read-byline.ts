import { isPersonName } from './recognize-names.js';

const BYLINE = /^(?:By|BY)[ \t]+(\S.*?)\.?$/;
// Authors are listed as "A and B", "A, B and C", "A & B".
const AUTHOR_SEPARATOR = /\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/u;

/**
 * The authors a byline names (`By Jane Doe`, `By Jane Doe and John Roe`), or null when the line is not
 * a byline. Every part must look like a name, so that a sentence opening "By now, ..." or "By winning the
 * primary, ..." is not taken for one.
 */
export function readByline(line: string): string[] | null {
  const match = BYLINE.exec(line);
  if (!match) return null;
  const names = match[1]!.split(AUTHOR_SEPARATOR).map((name) => name.trim());
  return names.length > 0 && names.every(isPersonName) ? names : null;
}
