/**
 * The page's canonical address: `<link rel="canonical">` (resolved against the page's URL when relative),
 * else og:url, else the JSON-LD article's url. Only http and https addresses count; anything else
 * (`javascript:`, a relative path with no page URL to resolve it against) gives null.
 */
import { cleanValue, MAX_LENGTH } from './clean-value.js';
import type { PageIndex } from './page-index.js';

/** An absolute http(s) URL from a written one, resolved against `base` when given; null otherwise. */
export function resolveHttpUrl(written: unknown, base: string | null): string | null {
  // An address longer than the cap is refused, not cut: a cut address points somewhere else.
  if (typeof written !== 'string' || written.trim().length > MAX_LENGTH.url) return null;
  const text = cleanValue(written, MAX_LENGTH.url);
  if (text === null) return null;
  let url: URL;
  try {
    url = base === null ? new URL(text) : new URL(text, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '') return null;
  return url.href.length <= MAX_LENGTH.url ? url.href : null;
}

/** The page's URL when it is a usable base for resolving links. */
export function baseUrl(url: string | null | undefined): string | null {
  return url == null ? null : resolveHttpUrl(url, null);
}

export function readCanonical(
  page: Pick<PageIndex, 'canonicalLinks'>,
  base: string | null,
  fallbacks: readonly (string | null)[],
): string | null {
  for (const link of page.canonicalLinks.slice(0, 5)) {
    const href = resolveHttpUrl(link.getAttribute('href'), base);
    if (href !== null) return href;
  }
  for (const fallback of fallbacks) {
    const href = resolveHttpUrl(fallback, base);
    if (href !== null) return href;
  }
  return null;
}
