/**
 * Every address the app links to, found by following links from a few starting points over plain HTTP:
 * pages, assets (stylesheets, scripts, images) and the API documents. What a user can reach is what the
 * browser tests visit and what must carry the security headers.
 */
import { parseHTML } from 'linkedom';
import { PWNED_PATH } from './serve-app.js';

export interface Fetched {
  /** Path and query, e.g. `/search?q=x`. */
  readonly path: string;
  readonly status: number;
  readonly contentType: string;
  readonly headers: Headers;
}

export interface CrawlOptions {
  /** At most this many addresses in all. */
  readonly limit: number;
  /** At most this many `/search` pages (every facet link is one; their combinations never end). */
  readonly searchLimit: number;
}

/** Same-origin addresses an HTML page links to or loads, as path and query (no fragment). */
export function linksOf(html: string, origin: string, base: string): string[] {
  const { document } = parseHTML(html);
  const found: string[] = [];
  const selectors: readonly [string, string][] = [
    ['a[href]', 'href'],
    ['link[href]', 'href'],
    ['script[src]', 'src'],
    ['img[src]', 'src'],
    ['form[action]', 'action'],
  ];
  for (const [selector, attribute] of selectors)
    for (const element of document.querySelectorAll(selector)) {
      const value = element.getAttribute(attribute);
      if (value === null) continue;
      let url: URL;
      try {
        url = new URL(value, new URL(base, origin));
      } catch {
        continue;
      }
      if (url.origin !== origin || url.pathname.startsWith(PWNED_PATH)) continue;
      found.push(url.pathname + url.search);
    }
  return found;
}

export async function crawl(
  origin: string,
  starts: readonly string[],
  options: CrawlOptions,
): Promise<Fetched[]> {
  const seen = new Set<string>(starts);
  const queue = [...starts];
  const fetched: Fetched[] = [];
  let searches = 0;
  while (queue.length > 0 && fetched.length < options.limit) {
    const path = queue.shift() ?? '';
    const response = await fetch(origin + path, { redirect: 'manual' });
    const contentType = response.headers.get('content-type') ?? '';
    const body = await response.text();
    fetched.push({ path, status: response.status, contentType, headers: response.headers });
    const next = response.headers.get('location');
    const links = contentType.startsWith('text/html') ? linksOf(body, origin, path) : [];
    if (next !== null) links.push(...linksOf(`<a href="${next.replaceAll('"', '&quot;')}">`, origin, path));
    for (const link of links) {
      if (seen.has(link)) continue;
      if (link.startsWith('/search')) {
        if (searches >= options.searchLimit) continue;
        searches += 1;
      }
      seen.add(link);
      queue.push(link);
    }
  }
  return fetched;
}
