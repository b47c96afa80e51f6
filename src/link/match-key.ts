/**
 * Text as compared for case-insensitive matching (names, aliases, searched words): Unicode-normalized
 * (NFKC), lower-cased, white space collapsed to single spaces and trimmed. Stored beside the text it
 * comes from, so that every engine matches with plain equality or substring search.
 */
export function matchKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}
