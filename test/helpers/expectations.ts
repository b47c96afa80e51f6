import type { Attribution, Extraction } from '../../src/types.js';

/** One attribution as the expected files (seed/*.expected.json, samples/*.expected.json) describe it. */
export interface ExpectedAttribution {
  readonly source: string | null;
  readonly cue: string | null;
  readonly content: readonly string[];
  readonly speaker: string | null;
  readonly type?: string;
  readonly source_in?: string;
  readonly cue_in?: string;
  readonly source_occurrence_after?: string;
  readonly occurrence?: number;
}

export interface ExpectedFile {
  readonly meta: { title: string; published: string; outlet: string; language: string; takeaways?: string[] };
  readonly people: readonly { name: string; aliases: string[]; roles: string[] }[];
  readonly attributions: { required: ExpectedAttribution[]; bonus: ExpectedAttribution[] };
  readonly not_attributions: readonly { span: string; why: string }[];
}

/** Contents are compared without enclosing quotation marks, surrounding white space and trailing punctuation. */
export function normalizeContent(value: string): string {
  let text = value.trim();
  for (;;) {
    const next = text
      .replace(/^["“”„«»‘’'‚\s]+/u, '')
      .replace(/["“”„«»‘’'\s]+$/u, '')
      .replace(/[.,;:!?\s]+$/u, '');
    if (next === text) return text;
    text = next;
  }
}

/**
 * A content's fragments, each normalized, joined by a space. A leading complementizer "that" is not
 * compared: PolNeAR's annotators keep it in the content (2,437 times in train, against 30 without it) and
 * onrecord follows them, while the expected files of the seed and samples leave it out.
 */
export function joinedContent(fragments: readonly string[]): string {
  return fragments
    .map(normalizeContent)
    .join(' ')
    .replace(/^that\s+/iu, '');
}

/** The first occurrence of `span` at or after `from` that is not part of a longer word ("he" not in "them"). */
function wholeWordIndex(text: string, span: string, from: number): number {
  const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  for (let at = text.indexOf(span, from); at !== -1; at = text.indexOf(span, at + 1))
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + span.length])) return at;
  return -1;
}

/** Where an expected short span is, when the expected file pins it down; null when any occurrence will do. */
function expectedStart(
  text: string,
  span: string,
  expected: ExpectedAttribution,
  locator: 'source' | 'cue',
): number | null {
  const within = locator === 'source' ? expected.source_in : expected.cue_in;
  if (within !== undefined) {
    const at = text.indexOf(within);
    if (at === -1) throw new Error(`locator not in text: ${within}`);
    return at + wholeWordIndex(within, span, 0);
  }
  if (locator === 'source' && expected.source_occurrence_after !== undefined) {
    const after = text.indexOf(expected.source_occurrence_after);
    return wholeWordIndex(text, span, after);
  }
  if (locator === 'source' && expected.occurrence !== undefined) {
    let at = -1;
    for (let count = 0; count < expected.occurrence; count += 1) at = wholeWordIndex(text, span, at + 1);
    return at;
  }
  return null;
}

/** Whether a found attribution is the expected one: same source, cue, content and speaker. */
export function matches(text: string, found: Attribution, expected: ExpectedAttribution): boolean {
  const spanMatches = (
    span: Attribution['source'],
    want: string | null,
    locator: 'source' | 'cue',
  ): boolean => {
    if (want === null) return span === null;
    if (!span || span.text !== want) return false;
    const start = expectedStart(text, want, expected, locator);
    return start === null || start === span.start;
  };
  if (!spanMatches(found.source, expected.source, 'source')) return false;
  if (!spanMatches(found.cue, expected.cue, 'cue')) return false;
  if (joinedContent(found.content.map((fragment) => fragment.text)) !== joinedContent(expected.content))
    return false;
  return (found.speaker?.name ?? null) === expected.speaker;
}

/** The closest found attribution to an expected one, to explain a miss. */
export function describeMiss(extraction: Extraction, expected: ExpectedAttribution): string {
  const want = normalizeContent(expected.content.join(' '));
  const near = extraction.attributions.find((found) => {
    const content = normalizeContent(found.content.map((fragment) => fragment.text).join(' '));
    return content.includes(want.slice(0, 30)) || want.includes(content.slice(0, 30));
  });
  if (!near) return `missing: ${expected.cue ?? '(no cue)'} "${want.slice(0, 60)}"`;
  return `near miss: found source=${JSON.stringify(near.source?.text)} cue=${JSON.stringify(near.cue?.text)} speaker=${JSON.stringify(
    near.speaker?.name,
  )} content="${near.content
    .map((fragment) => fragment.text)
    .join(' | ')
    .slice(0, 80)}"`;
}
