/**
 * The article's authors from the sources that name them (already split into names), most trusted first:
 * JSON-LD, microdata, meta tags (author, parsely, sailthru, Dublin Core), OpenGraph `article:author`, the
 * visible byline. The first source that gives a name wins, with one exception: a source that names only
 * the outlet itself (a CMS crediting "Example News" for every story) gives way to a later source that
 * names people, and is kept only when none does.
 */
import { comparisonKey } from './clean-value.js';
import { dedupeNames } from './split-authors.js';

const MAX_AUTHORS = 20;

/** `sources` is read in order and no further than needed: a generator's later sources are never computed. */
export function chooseAuthors(sources: Iterable<readonly string[]>, outlets: readonly string[]): string[] {
  const outletKeys = new Set(outlets.map(comparisonKey));
  let outletOnly: string[] | null = null;
  for (const source of sources) {
    const names = dedupeNames(source).slice(0, MAX_AUTHORS);
    if (names.length === 0) continue;
    if (!names.every((name) => outletKeys.has(comparisonKey(name)))) return names;
    outletOnly ??= names;
  }
  return outletOnly ?? [];
}
