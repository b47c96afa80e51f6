/**
 * Every metadata value comes from the page, so none is trusted: each is tidied and capped the same way
 * before it is compared or returned.
 */
import { decodeEntities } from './decode-entities.js';

/** Longest values kept, in UTF-16 code units; beyond these a "title" is a page of text, not a title. */
export const MAX_LENGTH = {
  title: 500,
  subtitle: 1000,
  author: 200,
  outlet: 200,
  url: 2048,
  date: 200,
  language: 100,
} as const;

// Control characters, zero-width spaces and joiners, and the byte-order mark: invisible, never meaningful
// in a title or a name, and a common leftover of copy-paste in CMS fields.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]/gu;
const SPACES = /[\s\u00a0]+/gu;

/**
 * Decodes entities left over from double escaping ("Ports &amp;amp; rails" parses to "Ports &amp; rails"),
 * trims, removes invisible characters, collapses runs of white space to one space and cuts the value at
 * `maxLength` (at a word boundary when one is near). Returns null for anything that is not a non-empty
 * string after tidying.
 */
export function cleanValue(value: unknown, maxLength: number): string | null {
  if (typeof value !== 'string') return null;
  // Huge attributes are cut before the regular expressions run over them.
  const bounded = value.length > maxLength * 4 ? value.slice(0, maxLength * 4) : value;
  const tidy = decodeEntities(bounded).replace(INVISIBLE, '').replace(SPACES, ' ').trim();
  if (tidy === '') return null;
  if (tidy.length <= maxLength) return tidy;
  const cut = tidy.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > maxLength * 0.8 ? cut.slice(0, lastSpace) : cut).trim();
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
/**
 * Keys computed while one page's metadata is read (`withComparisonKeys`): choosing the title and
 * deduplicating authors compare the same few strings with each other many times over, and the Unicode
 * pattern is slow. Scoped to one page, so nothing is kept between pages.
 */
let pageKeys: Map<string, string> | null = null;

/** Runs `read` with comparison keys remembered until it returns. */
export function withComparisonKeys<T>(read: () => T): T {
  const outer = pageKeys;
  pageKeys = new Map();
  try {
    return read();
  } finally {
    pageKeys = outer;
  }
}

/** A comparison key: letters and digits only, lower-cased, so "The Example Times" matches "the-example-times". */
export function comparisonKey(value: string): string {
  const known = pageKeys?.get(value);
  if (known !== undefined) return known;
  const key = value.toLowerCase().replace(NOT_LETTER_OR_DIGIT, '');
  pageKeys?.set(value, key);
  return key;
}
