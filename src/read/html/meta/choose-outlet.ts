/**
 * The outlet's name: og:site_name, else the JSON-LD publisher, else the JSON-LD WebSite's name, else the
 * `application-name` meta tag, else the host of the canonical URL (or of the page's URL) without "www.".
 */
import { cleanValue, MAX_LENGTH } from './clean-value.js';

export function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\d*\./u, '');
    return host === '' ? null : host;
  } catch {
    return null;
  }
}

export function chooseOutlet(names: readonly unknown[], urls: readonly (string | null)[]): string | null {
  for (const name of names) {
    const outlet = cleanValue(name, MAX_LENGTH.outlet);
    // A URL given as a site name says the host, and says it better as a host.
    if (outlet !== null && !/^https?:\/\//iu.test(outlet)) return outlet;
  }
  for (const url of urls) {
    const host = hostOf(url);
    if (host !== null) return host;
  }
  return null;
}
