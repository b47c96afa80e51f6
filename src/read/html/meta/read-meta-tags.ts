/**
 * All `<meta>` tags of a page in one map, read once: the key is the tag's `property`, `name`, `itemprop` or
 * `http-equiv`, lower-cased ("og:title", "dc.date", "parsely-pub-date", "content-language"); the values are
 * the `content` attributes in document order. RDFa lets `property` hold several names; each is a key.
 */
import type { PageElement } from './page-index.js';

export type MetaTags = ReadonlyMap<string, readonly string[]>;

/** Pages with more meta tags than this are generated junk; the ones that matter come first. */
const MAX_META_TAGS = 2000;
const KEY_ATTRIBUTES = ['property', 'name', 'itemprop', 'http-equiv'] as const;

export function readMetaTags(metas: readonly PageElement[]): MetaTags {
  const tags = new Map<string, string[]>();
  for (const element of metas.slice(0, MAX_META_TAGS)) {
    const content = element.getAttribute('content');
    if (content === null) continue;
    const keys = new Set<string>();
    for (const attribute of KEY_ATTRIBUTES) {
      const written = element.getAttribute(attribute);
      if (written === null) continue;
      for (const key of written.toLowerCase().split(/\s+/u))
        if (key !== '' && key.length < 100) keys.add(key);
    }
    for (const key of keys) {
      const values = tags.get(key);
      if (values === undefined) tags.set(key, [content]);
      else values.push(content);
    }
  }
  return tags;
}

/** The values of every one of `keys` the page has, key by key in the order given: candidates, most trusted first. */
export function metaValues(tags: MetaTags, keys: readonly string[]): string[] {
  return keys.flatMap((key) => tags.get(key) ?? []);
}

/** The first value of the first of `keys` present. */
export function metaValue(tags: MetaTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value !== undefined && value.trim() !== '') return value;
  }
  return null;
}
