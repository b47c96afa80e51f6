// `Source:  online.ua` under a headline names the outlet; more than a short name is a sentence instead.
const SOURCE_LINE = /^(?:Source|SOURCE)[ \t]*:[ \t]*(\S.{0,99})$/;

/** The outlet a `Source: ...` line names, or null when the line is not one. */
export function readSourceLine(line: string): string | null {
  const match = SOURCE_LINE.exec(line);
  return match ? match[1]!.trim() : null;
}
