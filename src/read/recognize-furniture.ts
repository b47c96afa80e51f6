/**
 * Recognizers for lines that are part of the page rather than the story: labels, editorial notes,
 * section dividers and subheadings. Each takes a trimmed line.
 */

/** An all-capitals label of a few words, as archives mark sections: "ABSTRACT.", "FULL TEXT.", "UPDATE:". */
export function isSectionLabel(line: string): boolean {
  return (
    line.length <= 30 && /^\p{Lu}[\p{Lu}\p{N} &'’-]*\p{Lu}[.:]?$/u.test(line) && line.split(' ').length <= 4
  );
}

/** A line wholly in square brackets: an editor's note ("[Illustrative sample ...]"), not story text. */
export function isBracketedNote(line: string): boolean {
  return /^\[[^[\]]+\]\.?$/u.test(line);
}

/** A divider with no letters or digits at all: "* * *", "---", "###". */
export function isDivider(line: string): boolean {
  return !/[\p{L}\p{N}]/u.test(line);
}

/** A subheading set between dashes, as agency copy writes them: "– Ready to quiz Trump –". */
export function isDashHeading(line: string): boolean {
  return line.length <= 120 && /^[–—-]\s+\S.*\s[–—-]\.?$/u.test(line);
}
